package dev.optixgql.examples;

import dev.optixgql.runtime.GraphQLClient;
import dev.optixgql.runtime.GraphQLOperation;
import dev.optixgql.runtime.TokenKind;
import java.util.concurrent.CompletableFuture;

/** What a member's personal token can do; bound to the personal snapshot. */
@GraphQLClient(schema = "optix/personal.graphqls", token = TokenKind.PERSONAL)
public interface PersonalApi {
  @GraphQLOperation("WhoAmI")
  WhoAmIQuery.Data whoAmI();

  @GraphQLOperation("UpcomingBookings")
  UpcomingBookingsQuery.Data upcomingBookings(int from, Integer limit);

  @GraphQLOperation("BookableResources")
  CompletableFuture<BookableResourcesQuery.Data> bookableResources(Integer limit);
}
