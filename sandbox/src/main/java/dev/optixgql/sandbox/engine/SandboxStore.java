package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.seed.SeedCatalog;
import dev.optixgql.sandbox.seed.SeedData;
import dev.optixgql.sandbox.seed.StoredBooking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The sandbox's mutable state: bookings and booking-set drafts, behind one lock. */
final class SandboxStore {
  private final SeedCatalog catalog;
  private final BookingPlanner planner;
  private final List<StoredBooking> bookings;
  private final Map<String, BookingSetRequest> drafts = new HashMap<>();
  private int nextBookingId = SeedData.FIRST_NEW_BOOKING_ID;
  private int nextSessionId = SeedData.FIRST_SESSION_ID;

  SandboxStore(SeedCatalog catalog, List<StoredBooking> seededBookings) {
    this.catalog = catalog;
    this.planner = new BookingPlanner(catalog);
    this.bookings = new ArrayList<>(seededBookings);
  }

  /** Returns a store holding the seeded data, the same at every start. */
  static SandboxStore seeded() {
    return new SandboxStore(SeedData.catalog(), SeedData.bookings());
  }

  SeedCatalog catalog() {
    return catalog;
  }

  /** Returns a snapshot of the stored bookings that match, in storage order. */
  synchronized List<StoredBooking> bookings(Predicate<StoredBooking> filter) {
    return bookings.stream().filter(filter).toList();
  }

  synchronized Optional<StoredBooking> booking(String id) {
    return bookings.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /** Validates and previews a booking set, remembering it under its booking session id. */
  synchronized BookingSetResult draft(BookingSetRequest request) {
    BookingSetRequest effective = request;
    if (request.elements().isEmpty() && drafts.containsKey(request.sessionId())) {
      effective = drafts.get(request.sessionId());
    }
    List<PlannedBooking> planned = planner.plan(effective, bookings, SeedData.NOW);
    String sessionId = request.sessionId() != null ? request.sessionId() : newSessionId();
    drafts.put(sessionId, effective.withSessionId(sessionId));
    return result(sessionId, effective, false, planned);
  }

  /**
   * Saves a booking set: its own elements, or those drafted under its booking session id.
   *
   * @throws BookingRejectedException when invalid, clashing or naming an unknown session
   */
  synchronized BookingSetResult commit(BookingSetRequest request) {
    BookingSetRequest effective = request;
    if (request.elements().isEmpty() && request.sessionId() != null) {
      effective = drafts.get(request.sessionId());
      if (effective == null) {
        throw new BookingRejectedException(
            "The booking session " + request.sessionId() + " does not exist.");
      }
    }
    List<PlannedBooking> planned = planner.plan(effective, bookings, SeedData.NOW);
    List<PlannedBooking> saved = new ArrayList<>();
    for (PlannedBooking plan : planned) {
      StoredBooking booking = plan.booking();
      if (booking.id() == null) {
        booking = booking.withId(String.valueOf(nextBookingId++));
        bookings.add(booking);
      } else {
        replace(booking);
      }
      saved.add(plan.withBooking(booking));
    }
    String sessionId = request.sessionId() != null ? request.sessionId() : newSessionId();
    drafts.remove(sessionId);
    return result(sessionId, effective, true, saved);
  }

  /** Records an invitee's answer; returns the updated booking, or empty for an unknown one. */
  synchronized Optional<StoredBooking> setInviteeStatus(
      String bookingId, String userId, String status) {
    Optional<StoredBooking> updated = booking(bookingId).map(b -> b.withInvitee(userId, status));
    updated.ifPresent(this::replace);
    return updated;
  }

  private void replace(StoredBooking booking) {
    for (int i = 0; i < bookings.size(); i++) {
      if (bookings.get(i).id().equals(booking.id())) {
        bookings.set(i, booking);
        return;
      }
    }
    throw new IllegalStateException("No stored booking " + booking.id());
  }

  private String newSessionId() {
    return String.valueOf(nextSessionId++);
  }

  private static BookingSetResult result(
      String sessionId, BookingSetRequest request, boolean committed, List<PlannedBooking> plan) {
    return new BookingSetResult(
        sessionId, request.ownerUserId(), request.createdByUserId(), committed, plan);
  }
}
