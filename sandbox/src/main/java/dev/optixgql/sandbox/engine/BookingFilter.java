package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.seed.SeedCatalog;
import dev.optixgql.sandbox.seed.SeedData;
import dev.optixgql.sandbox.seed.SeedResource;
import dev.optixgql.sandbox.seed.StoredBooking;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The {@code bookings(...)} arguments that select bookings; ranges are inclusive, as in Optix.
 *
 * @param userId only this user's bookings, or null for everyone's
 */
record BookingFilter(
    String userId,
    List<String> resourceIds,
    List<String> locationIds,
    Integer startFrom,
    Integer startTo,
    Integer endFrom,
    Integer endTo,
    boolean includeNew,
    boolean includeApproved,
    boolean includeCanceled,
    Boolean hidden,
    Boolean inProgress) {

  private static final Map<String, Comparator<StoredBooking>> ORDER_KEYS =
      Map.of(
          "CREATED_TIMESTAMP", Comparator.comparingInt(StoredBooking::created),
          "START_TIMESTAMP", Comparator.comparingInt(StoredBooking::start),
          "END_TIMESTAMP", Comparator.comparingInt(StoredBooking::end));

  /**
   * Reads the arguments. New and approved bookings are included unless excluded; canceled ones only
   * when asked for (the sandbox has no rejected bookings). A {@code user_id} of -1 means every
   * user.
   */
  static BookingFilter fromArguments(Map<String, Object> args) {
    String userId = Args.string(args, "user_id");
    return new BookingFilter(
        "-1".equals(userId) ? null : userId,
        Args.ids(args, "resource_id"),
        Args.ids(args, "location_id"),
        firstNonNull(Args.integer(args, "start_timestamp_from"), Args.integer(args, "start_from")),
        firstNonNull(Args.integer(args, "start_timestamp_to"), Args.integer(args, "start_to")),
        Args.integer(args, "end_timestamp_from"),
        Args.integer(args, "end_timestamp_to"),
        !Boolean.FALSE.equals(Args.bool(args, "include_new")),
        !Boolean.FALSE.equals(Args.bool(args, "include_approved")),
        Boolean.TRUE.equals(
            firstNonNull(
                Args.bool(args, "include_canceled"), Args.bool(args, "include_cancelled"))),
        Args.bool(args, "is_hidden"),
        Args.bool(args, "in_progress"));
  }

  /** Returns this filter narrowed to one user's bookings. */
  BookingFilter forUser(String onlyUserId) {
    return new BookingFilter(
        onlyUserId,
        resourceIds,
        locationIds,
        startFrom,
        startTo,
        endFrom,
        endTo,
        includeNew,
        includeApproved,
        includeCanceled,
        hidden,
        inProgress);
  }

  boolean test(StoredBooking b, SeedCatalog catalog) {
    String locationId = catalog.resource(b.resourceId()).map(SeedResource::locationId).orElse(null);
    boolean running = b.start() <= SeedData.NOW && SeedData.NOW < b.end();
    return (userId == null || userId.equals(b.userId()))
        && (resourceIds == null || resourceIds.contains(b.resourceId()))
        && (locationIds == null || locationIds.contains(locationId))
        && (startFrom == null || b.start() >= startFrom)
        && (startTo == null || b.start() <= startTo)
        && (endFrom == null || b.end() >= endFrom)
        && (endTo == null || b.end() <= endTo)
        && statusIncluded(b)
        && !Boolean.TRUE.equals(hidden)
        && (inProgress == null || inProgress == running);
  }

  /** Sorts by a {@code BookingOrder} value; by start time when none is given. */
  static List<StoredBooking> sort(List<StoredBooking> bookings, Object order) {
    Comparator<StoredBooking> byId = (a, b) -> Pagination.compareIds(a.id(), b.id());
    return Pagination.sort(
        bookings, order == null ? "START_TIMESTAMP_ASC" : order, ORDER_KEYS, byId);
  }

  private boolean statusIncluded(StoredBooking b) {
    if (b.canceled()) {
      return includeCanceled;
    }
    return b.approved() ? includeApproved : includeNew;
  }

  private static <T> T firstNonNull(T first, T second) {
    return first != null ? first : second;
  }
}
