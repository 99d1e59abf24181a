package com.acme.schema;

import dev.optixgql.runtime.GraphQLClient;
import dev.optixgql.runtime.GraphQLOperation;
import dev.optixgql.runtime.TokenKind;

/** Bound to the downloaded snapshot. */
@GraphQLClient(schema = "optix/organization.json", token = TokenKind.ORGANIZATION)
public interface Locations {
  @GraphQLOperation("Locations")
  LocationsQuery.Data locations();

  @GraphQLOperation("LocationBookings")
  LocationBookingsQuery.Data locationBookings(String locationId, boolean withTitles);
}
