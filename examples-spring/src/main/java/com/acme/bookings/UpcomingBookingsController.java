package com.acme.bookings;

import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.OrganizationTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /organizations/{id}/bookings}: the organization's next bookings, asked of Optix with
 * the token its install webhook delivered (kept by the starter in this service's database). The
 * injected {@link BookingsApi} uses the configured token; {@code withTokens} gives the same client
 * another organization's.
 */
@RestController
public class UpcomingBookingsController {
  private final OptixClient client;
  private final OrganizationTokens tokens;

  public UpcomingBookingsController(OptixClient client, OrganizationTokens tokens) {
    this.client = client;
    this.tokens = tokens;
  }

  @GetMapping("/organizations/{organizationId}/bookings")
  public ResponseEntity<?> upcoming(@PathVariable String organizationId) {
    if (tokens.get(organizationId).isEmpty()) {
      return ResponseEntity.status(404).body(Map.of("error", "not installed in " + organizationId));
    }
    BookingsApi api =
        client.withTokens(tokens.provider(organizationId)).create(BookingsApi.class);
    var bookings = api.upcomingBookings((int) Instant.now().getEpochSecond() - 86_400 * 365, 10);
    List<Map<String, Object>> out =
        bookings.bookings().data().stream()
            .filter(Objects::nonNull)
            .map(
                b ->
                    Map.<String, Object>of(
                        "id", String.valueOf(b.bookingId()),
                        "title", String.valueOf(b.title()),
                        "start", String.valueOf(b.startTimestamp())))
            .toList();
    return ResponseEntity.ok(Map.of("total", bookings.bookings().total(), "bookings", out));
  }
}
