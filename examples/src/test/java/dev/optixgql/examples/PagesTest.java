package dev.optixgql.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.Page;
import dev.optixgql.runtime.Pages;
import dev.optixgql.runtime.RateLimitInfo;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.sandbox.OptixSandbox;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every page of a list, over HTTP against a sandbox whose {@code bookings} fixture holds 1,234
 * bookings, paged by {@code page} and {@code limit} as Optix does, under Optix's 60 requests per
 * minute per token.
 */
class PagesTest {
  private static final int BOOKINGS = 1_234;

  private OptixSandbox sandbox;
  private OptixClient client;
  private OrganizationApi api;

  @BeforeEach
  void start() {
    List<Map<String, Object>> bookings = new ArrayList<>();
    for (int i = 1; i <= BOOKINGS; i++) {
      Map<String, Object> booking = new LinkedHashMap<>();
      booking.put("booking_id", String.valueOf(i));
      booking.put("title", "Booking " + i);
      booking.put("start_timestamp", 1_900_000_000 + i * 3_600);
      bookings.add(booking);
    }
    sandbox =
        OptixSandbox.builder()
            .rateLimitPerMinute(60)
            .fixture("Query.bookings", Map.of("data", bookings))
            .build();
    client =
        OptixClient.builder()
            .endpoint(sandbox.endpoint())
            .tokenProvider(TokenProvider.fixed(sandbox.organizationToken()))
            .build();
    api = client.create(OrganizationApi.class);
  }

  @AfterEach
  void stop() {
    client.close();
    sandbox.close();
  }

  @Test
  void readsEveryBookingOnceInThirteenRequestsWithinTheRateLimit() {
    // Two requests of this minute already spent by the same token.
    api.whoAmI();
    api.whoAmI();
    int before = sandbox.requestCount();

    Pages<BookingPageQuery.Data.Bookings.Booking> pages = api.allBookings(null);
    List<String> ids = pages.stream().map(b -> b.bookingId()).toList();

    assertEquals(BOOKINGS, ids.size());
    assertEquals(BOOKINGS, new HashSet<>(ids).size(), "each booking once");
    assertEquals("1", ids.get(0));
    assertEquals(String.valueOf(BOOKINGS), ids.get(BOOKINGS - 1));
    assertEquals(13, pages.requestsSent());
    assertEquals(13, sandbox.requestCount() - before, "requests the sandbox received");
    assertEquals(0, sandbox.refusedRequestCount(), "no 429");
    assertTrue(pages.isDone());
    assertTrue(pages.totalChanges().isEmpty());
    RateLimitInfo limit = client.lastRateLimit();
    assertEquals(OptionalInt.of(60 - 2 - 13), limit.remaining(), limit.toString());
  }

  @Test
  void aShortStreamSendsOnlyThePagesItUses() {
    int before = sandbox.requestCount();

    List<String> first150 =
        api.allBookings(null).stream().limit(150).map(b -> b.bookingId()).toList();

    assertEquals(150, first150.size());
    assertEquals(2, sandbox.requestCount() - before);
  }

  @Test
  void pagesFromTheClientStartWhereTheOperationSaysAndKeepItsVariables() {
    Pages<BookingPageQuery.Data.Bookings.Booking> pages =
        client.pages(new BookingPageQuery(12, 100, 0));

    Page<BookingPageQuery.Data.Bookings.Booking> twelfth = pages.nextPage().orElseThrow();
    Page<BookingPageQuery.Data.Bookings.Booking> last = pages.nextPage().orElseThrow();
    Optional<Page<BookingPageQuery.Data.Bookings.Booking>> after = pages.nextPage();

    assertEquals(12, twelfth.number());
    assertEquals(100, twelfth.items().size());
    assertEquals(BOOKINGS, twelfth.total());
    assertEquals(13, last.number());
    assertEquals(34, last.items().size());
    assertTrue(after.isEmpty());
    assertEquals(2, pages.requestsSent());
  }

  @Test
  void pagesAsynchronouslyAPageAtATime() throws Exception {
    int before = sandbox.requestCount();

    List<BookingPageQuery.Data.Bookings.Booking> all =
        client.pages(new BookingPageQuery(null, 500, null)).toListAsync().get();

    assertEquals(BOOKINGS, all.size());
    assertEquals(BOOKINGS, all.stream().map(b -> b.bookingId()).collect(Collectors.toSet()).size());
    assertEquals(3, sandbox.requestCount() - before, "pages of 500: 500, 500, 234");
  }
}
