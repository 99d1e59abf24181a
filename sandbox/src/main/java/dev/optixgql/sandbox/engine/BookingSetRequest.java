package dev.optixgql.sandbox.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code BookingSetInput} with its owner resolved, ready for {@link SandboxStore}.
 *
 * @param sessionId the {@code booking_session_id} sent, or null
 * @param ownerUserId the user the bookings are for
 * @param createdByUserId the user booking, or null for an organization token
 * @param mayChangeOthers whether bookings of other users may be changed (organization token)
 */
record BookingSetRequest(
    String sessionId,
    String ownerUserId,
    String createdByUserId,
    boolean mayChangeOthers,
    String title,
    String notes,
    String source,
    List<BookingElementRequest> elements) {

  BookingSetRequest {
    elements = List.copyOf(elements);
  }

  static BookingSetRequest fromInput(
      Map<String, Object> input,
      String ownerUserId,
      String createdByUserId,
      boolean mayChangeOthers) {
    List<BookingElementRequest> elements = new ArrayList<>();
    for (Map<String, Object> element : Args.objects(input, "bookings")) {
      elements.add(BookingElementRequest.fromInput(element));
    }
    return new BookingSetRequest(
        Args.string(input, "booking_session_id"),
        ownerUserId,
        createdByUserId,
        mayChangeOthers,
        Args.string(input, "title"),
        Args.string(input, "notes"),
        Args.string(input, "source"),
        elements);
  }

  BookingSetRequest withSessionId(String id) {
    return new BookingSetRequest(
        id, ownerUserId, createdByUserId, mayChangeOthers, title, notes, source, elements);
  }
}
