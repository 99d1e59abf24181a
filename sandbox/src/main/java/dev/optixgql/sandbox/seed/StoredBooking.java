package dev.optixgql.sandbox.seed;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One booking held by the sandbox's store ({@code engine.SandboxStore}); immutable, replaced on
 * change.
 *
 * @param id the booking id, null while only drafted
 * @param createdByUserId the user who booked, null when an organization token did
 * @param approved false for a booking awaiting approval ({@code is_new})
 * @param invitees invitee statuses ({@code InviteeStatus} names) by user id, in order added
 */
public record StoredBooking(
    String id,
    String resourceId,
    String userId,
    String createdByUserId,
    String title,
    String notes,
    int start,
    int end,
    int created,
    boolean approved,
    boolean canceled,
    String source,
    Map<String, String> invitees) {

  public StoredBooking {
    invitees = Collections.unmodifiableMap(new LinkedHashMap<>(invitees));
  }

  public StoredBooking withId(String newId) {
    return new StoredBooking(
        newId,
        resourceId,
        userId,
        createdByUserId,
        title,
        notes,
        start,
        end,
        created,
        approved,
        canceled,
        source,
        invitees);
  }

  public StoredBooking withSchedule(
      String newResourceId, int newStart, int newEnd, boolean isCanceled) {
    return new StoredBooking(
        id,
        newResourceId,
        userId,
        createdByUserId,
        title,
        notes,
        newStart,
        newEnd,
        created,
        approved,
        isCanceled,
        source,
        invitees);
  }

  public StoredBooking withInvitee(String inviteeUserId, String status) {
    Map<String, String> updated = new LinkedHashMap<>(invitees);
    updated.put(inviteeUserId, status);
    return new StoredBooking(
        id,
        resourceId,
        userId,
        createdByUserId,
        title,
        notes,
        start,
        end,
        created,
        approved,
        canceled,
        source,
        updated);
  }

  /** Whether this booking holds its resource at some instant in {@code [from, to)}. */
  public boolean overlaps(int from, int to) {
    return !canceled && start < to && from < end;
  }
}
