package com.acme.optix;

import com.acme.optix.api.LocationsQuery;
import com.acme.optix.api.Organization;
import com.acme.optix.api.WhoQuery;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.TokenProvider;

/** Runs the generated client: {@code <endpoint> <organization token>}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    OptixClient client =
        OptixClient.builder().endpoint(args[0]).tokenProvider(TokenProvider.fixed(args[1])).build();
    Organization organization = client.create(Organization.class);
    WhoQuery.Data who = organization.who();
    System.out.println("module " + Main.class.getModule().getName());
    System.out.println("runtime " + OptixClient.class.getModule().getName());
    System.out.println("organization " + who.me().organization().name());
    for (LocationsQuery.Data.Locations.Location location :
        organization.locations(5).locations().data()) {
      System.out.println("location " + location.name());
    }
  }
}
