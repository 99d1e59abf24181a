package dev.optixgql.spring.app;

import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.testing.PingQuery;

/** What the processor generates for {@link PingApi}, in short. */
public final class PingApi_Impl implements PingApi {
  private final OptixClient client;

  public PingApi_Impl(OptixClient client) {
    this.client = client;
  }

  @Override
  public PingQuery.Data ping() {
    return client.execute(new PingQuery());
  }
}
