package dev.optixgql.spring.app;

import dev.optixgql.runtime.GraphQLClient;
import dev.optixgql.runtime.testing.PingQuery;

/**
 * An application's client interface (its implementation written by hand, as the processor would).
 */
@GraphQLClient(schema = "optix/organization.graphqls")
public interface PingApi {
  PingQuery.Data ping();
}
