package dev.optixgql.sandbox.engine;

import java.util.List;

/**
 * The outcome of a draft or a commit: what the {@code BookingSet} type shows.
 *
 * @param committed whether the bookings were saved
 */
record BookingSetResult(
    String sessionId,
    String ownerUserId,
    String createdByUserId,
    boolean committed,
    List<PlannedBooking> elements) {

  BookingSetResult {
    elements = List.copyOf(elements);
  }
}
