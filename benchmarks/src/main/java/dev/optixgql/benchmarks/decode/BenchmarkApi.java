package dev.optixgql.benchmarks.decode;

import dev.optixgql.runtime.GraphQLClient;
import dev.optixgql.runtime.GraphQLOperation;
import dev.optixgql.runtime.TokenKind;

/** Binds the benchmarked operation so the optixgql processor generates its decoder here. */
@GraphQLClient(schema = "optix/organization.graphqls", token = TokenKind.ORGANIZATION)
public interface BenchmarkApi {
  @GraphQLOperation("BookingsPage")
  BookingsPageQuery.Data bookingsPage(Integer limit, Integer page);
}
