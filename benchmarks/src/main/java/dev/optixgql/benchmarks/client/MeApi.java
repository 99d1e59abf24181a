package dev.optixgql.benchmarks.client;

import dev.optixgql.runtime.GraphQLClient;
import dev.optixgql.runtime.GraphQLOperation;
import dev.optixgql.runtime.TokenKind;
import java.util.concurrent.CompletableFuture;

/** The client the call benchmarks drive: {@code me}, synchronously and asynchronously. */
@GraphQLClient(schema = "optix/organization.graphqls", token = TokenKind.ORGANIZATION)
public interface MeApi {
  @GraphQLOperation("Me")
  MeQuery.Data me();

  @GraphQLOperation("Me")
  CompletableFuture<MeQuery.Data> meAsync();
}
