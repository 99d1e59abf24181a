package dev.optixgql.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.optixgql.testing.OptixSandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension's sandbox seeded from the generated test builders. */
class SandboxFixturesFromBuildersTest {
  @RegisterExtension
  static final OptixSandboxExtension OPTIX =
      OptixSandboxExtension.configured(
          sandbox ->
              sandbox.fixtureData(
                  UpcomingBookingsQueryFakes.json(
                      UpcomingBookingsQueryFakes.data()
                          .bookings(
                              bookings ->
                                  bookings
                                      .total(1)
                                      .data(
                                          List.of(
                                              UpcomingBookingsQueryFakes.booking()
                                                  .title("Board meeting")
                                                  .build())))
                          .build())));

  @Test
  void theSandboxAnswersWithTheRecordsTheTestBuilt(OrganizationApi api) {
    UpcomingBookingsQuery.Data.Bookings bookings = api.upcomingBookings(0, 5).bookings();

    assertEquals(1, bookings.total());
    assertEquals("Board meeting", bookings.data().get(0).title());
    assertEquals("1", bookings.data().get(0).resource().resourceId(), "a default ID");
  }
}
