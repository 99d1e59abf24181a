package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.seed.StoredBooking;
import java.util.List;

/**
 * One element of a drafted or committed booking set.
 *
 * @param booking the booking as it is or would be stored (id null while a new one is drafted)
 * @param resourceIds the resources the element named
 */
record PlannedBooking(
    StoredBooking booking,
    List<String> resourceIds,
    boolean createOnlineMeeting,
    String externalId) {

  PlannedBooking {
    resourceIds = List.copyOf(resourceIds);
  }

  PlannedBooking withBooking(StoredBooking stored) {
    return new PlannedBooking(stored, resourceIds, createOnlineMeeting, externalId);
  }
}
