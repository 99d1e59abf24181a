package dev.optixgql.examples;

import dev.optixgql.runtime.GraphQLClient;
import dev.optixgql.runtime.GraphQLOperation;
import dev.optixgql.runtime.Pages;
import dev.optixgql.runtime.TokenKind;
import java.util.concurrent.CompletableFuture;

/** What an Optix app does with an organization token; bound to the organization snapshot. */
@GraphQLClient(schema = "optix/organization.graphqls", token = TokenKind.ORGANIZATION)
public interface OrganizationApi {
  @GraphQLOperation("WhoAmI")
  WhoAmIQuery.Data whoAmI();

  @GraphQLOperation("UpcomingBookings")
  UpcomingBookingsQuery.Data upcomingBookings(int from, Integer limit);

  /** Every booking starting at or after {@code from}, a page (100 bookings) per request. */
  @GraphQLOperation("BookingPage")
  Pages<BookingPageQuery.Data.Bookings.Booking> allBookings(Integer from);

  @GraphQLOperation("BookableResources")
  CompletableFuture<BookableResourcesQuery.Data> bookableResources(Integer limit);

  @GraphQLOperation("DraftBooking")
  DraftBookingQuery.Data draftBooking(BookingSetInput input);

  @GraphQLOperation("CommitBooking")
  CommitBookingMutation.Data commitBooking(BookingSetInput input);

  @GraphQLOperation("AutomationSteps")
  AutomationStepsQuery.Data automationSteps();
}
