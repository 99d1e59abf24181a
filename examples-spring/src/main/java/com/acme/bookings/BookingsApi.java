package com.acme.bookings;

import dev.optixgql.runtime.GraphQLClient;
import dev.optixgql.runtime.GraphQLOperation;
import dev.optixgql.runtime.TokenKind;

/** The operations this service sends, checked against the snapshot at compile time. */
@GraphQLClient(schema = "optix/organization.graphqls", token = TokenKind.ORGANIZATION)
public interface BookingsApi {
  @GraphQLOperation("UpcomingBookings")
  UpcomingBookingsQuery.Data upcomingBookings(int from, Integer limit);

  @GraphQLOperation("WhoAmI")
  WhoAmIQuery.Data whoAmI();
}
