package dev.optixgql.benchmarks.decode;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Hand-written records equivalent to the generated {@code BookingsPageQuery.Data}, the baseline
 * Jackson databind maps the same response into (nullable fields boxed, non-null ones primitive).
 */
public final class DatabindModel {
  private DatabindModel() {}

  /** The GraphQL response envelope. */
  public record Envelope(Data data, List<JsonNode> errors) {}

  /** The operation's {@code data}. */
  public record Data(Bookings bookings) {}

  /** One page of bookings. */
  public record Bookings(int total, List<Booking> data) {}

  /** A booking with its location, resource and user. */
  public record Booking(
      @JsonProperty("booking_id") String bookingId,
      String title,
      @JsonProperty("start_timestamp") int startTimestamp,
      @JsonProperty("end_timestamp") int endTimestamp,
      @JsonProperty("ended_timestamp") Integer endedTimestamp,
      @JsonProperty("is_new") boolean isNew,
      @JsonProperty("is_approved") boolean isApproved,
      @JsonProperty("is_canceled") boolean isCanceled,
      String source,
      Location location,
      Resource resource,
      User user) {}

  /** Where a booking is. */
  public record Location(
      @JsonProperty("location_id") String locationId,
      String name,
      String city,
      String timezone,
      Double latitude) {}

  /** What is booked. */
  public record Resource(
      @JsonProperty("resource_id") String resourceId,
      String name,
      Integer capacity,
      @JsonProperty("is_assignable") boolean isAssignable) {}

  /** Who booked. */
  public record User(
      @JsonProperty("user_id") String userId,
      String fullname,
      String email,
      String phone,
      @JsonProperty("is_admin") Boolean isAdmin) {}
}
