package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.seed.SeedCatalog;
import dev.optixgql.sandbox.seed.StoredBooking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks a booking set against the current bookings and plans it, without saving anything. */
final class BookingPlanner {
  /** The message Optix gives for a clash, seen in the wild. */
  static final String NOT_AVAILABLE = "The resource is not available during the selected times";

  private final SeedCatalog catalog;

  BookingPlanner(SeedCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Returns one planned booking per element, in order.
   *
   * @param current the bookings stored now
   * @param createdTimestamp the {@code created_timestamp} of new bookings
   * @throws BookingRejectedException when an element is invalid or clashes
   */
  List<PlannedBooking> plan(
      BookingSetRequest request, List<StoredBooking> current, int createdTimestamp) {
    if (request.elements().isEmpty()) {
      throw new BookingRejectedException("The booking set has no bookings.");
    }
    List<PlannedBooking> planned = new ArrayList<>();
    for (BookingElementRequest element : request.elements()) {
      StoredBooking base = element.bookingId() == null ? null : existing(request, element, current);
      List<String> resourceIds =
          !element.resourceIds().isEmpty()
              ? element.resourceIds()
              : base != null ? List.of(base.resourceId()) : List.of();
      if (resourceIds.isEmpty()) {
        throw new BookingRejectedException("Each booking needs a resource_id.");
      }
      for (String resourceId : resourceIds) {
        if (catalog.resource(resourceId).isEmpty()) {
          throw new BookingRejectedException("The resource " + resourceId + " does not exist.");
        }
      }
      Integer start =
          element.start() != null ? element.start() : base == null ? null : base.start();
      Integer end = element.end() != null ? element.end() : base == null ? null : base.end();
      if (start == null || end == null) {
        throw new BookingRejectedException(
            "Each booking needs a start_timestamp and an end_timestamp.");
      }
      if (end <= start) {
        throw new BookingRejectedException("The end_timestamp must be after the start_timestamp.");
      }
      boolean canceled =
          element.canceled() != null ? element.canceled() : base != null && base.canceled();
      StoredBooking candidate =
          base != null
              ? base.withSchedule(resourceIds.get(0), start, end, canceled)
              : newBooking(request, resourceIds.get(0), start, end, canceled, createdTimestamp);
      if (!canceled) {
        checkFree(candidate, resourceIds, current, planned);
      }
      planned.add(
          new PlannedBooking(
              candidate, resourceIds, element.createOnlineMeeting(), element.externalId()));
    }
    return planned;
  }

  private StoredBooking existing(
      BookingSetRequest request, BookingElementRequest element, List<StoredBooking> current) {
    for (StoredBooking booking : current) {
      if (booking.id().equals(element.bookingId())
          && (request.mayChangeOthers() || booking.userId().equals(request.ownerUserId()))) {
        return booking;
      }
    }
    throw new BookingRejectedException("The booking " + element.bookingId() + " does not exist.");
  }

  private static StoredBooking newBooking(
      BookingSetRequest request,
      String resourceId,
      int start,
      int end,
      boolean canceled,
      int createdTimestamp) {
    return new StoredBooking(
        null,
        resourceId,
        request.ownerUserId(),
        request.createdByUserId(),
        request.title(),
        request.notes(),
        start,
        end,
        createdTimestamp,
        true,
        canceled,
        request.source() != null ? request.source() : "API",
        Map.of());
  }

  /** Refuses a booking that clashes with a stored one or with an earlier element of the set. */
  private static void checkFree(
      StoredBooking candidate,
      List<String> resourceIds,
      List<StoredBooking> current,
      List<PlannedBooking> planned) {
    List<StoredBooking> others = new ArrayList<>();
    for (StoredBooking stored : current) {
      // An earlier element may have moved this booking: then only its planned version counts.
      if (planned.stream().noneMatch(p -> stored.id().equals(p.booking().id()))) {
        others.add(stored);
      }
    }
    planned.forEach(p -> others.add(p.booking()));
    for (StoredBooking other : others) {
      boolean same = candidate.id() != null && candidate.id().equals(other.id());
      if (!same
          && resourceIds.contains(other.resourceId())
          && other.overlaps(candidate.start(), candidate.end())) {
        throw new BookingRejectedException(NOT_AVAILABLE);
      }
    }
  }
}
