package dev.optixgql.sandbox.engine;

import java.util.List;
import java.util.Map;

/**
 * One {@code BookingSetElementInput}: a new booking, or a change to the booking it names.
 *
 * @param bookingId the booking to change, or null for a new one
 * @param start the start (unix seconds), or null to keep the changed booking's
 * @param end the end (unix seconds), or null to keep the changed booking's
 * @param resourceIds the resources; the booking holds the first; null or empty to keep
 * @param canceled whether to cancel, or null to keep
 */
record BookingElementRequest(
    String bookingId,
    Integer start,
    Integer end,
    List<String> resourceIds,
    Boolean canceled,
    boolean createOnlineMeeting,
    String externalId) {

  static BookingElementRequest fromInput(Map<String, Object> input) {
    Boolean canceled = Args.bool(input, "is_canceled");
    Boolean createOnlineMeeting = Args.bool(input, "create_online_meeting");
    List<String> resourceIds = Args.ids(input, "resource_id");
    return new BookingElementRequest(
        Args.string(input, "booking_id"),
        Args.integer(input, "start_timestamp"),
        Args.integer(input, "end_timestamp"),
        resourceIds == null ? List.of() : List.copyOf(resourceIds),
        canceled != null ? canceled : Args.bool(input, "is_cancelled"),
        createOnlineMeeting == null || createOnlineMeeting,
        Args.string(input, "external_id"));
  }
}
