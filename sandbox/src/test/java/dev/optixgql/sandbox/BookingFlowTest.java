package dev.optixgql.sandbox;

import static dev.optixgql.sandbox.SandboxClient.at;
import static dev.optixgql.sandbox.SandboxClient.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.sandbox.seed.SeedData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The draft/commit pattern: preview without saving, save, see it, and refuse clashes. */
class BookingFlowTest {
  private static final int HOUR = 3600;
  private static final int DAY = 24 * HOUR;

  private static final String SET_FIELDS =
      "booking_session_id owner { user_id } account { account_id }"
          + " bookings { booking_id start_timestamp end_timestamp resource_id is_confirmed"
          + " resources { name } }";
  private static final String DRAFT =
      "query Draft($input: BookingSetInput!) { bookingsDraft(input: $input) { "
          + SET_FIELDS
          + " } }";
  private static final String COMMIT =
      "mutation Commit($input: BookingSetInput!) { bookingsCommit(input: $input) { "
          + SET_FIELDS
          + " } }";
  private static final String BY_RESOURCE =
      "query R($r: [ID]) { bookings(resource_id: $r) { total data { booking_id start_timestamp"
          + " title user { user_id } created_by_user { user_id } is_canceled } } }";

  private OptixSandbox sandbox;
  private SandboxClient client;

  @BeforeEach
  void start() {
    sandbox = newSandbox();
    client = new SandboxClient(sandbox);
  }

  /** The sandbox under test: its own snapshots here, the real schema in a subclass. */
  OptixSandbox newSandbox() {
    return OptixSandbox.start();
  }

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void draftThenCommitThenQuery() {
    int start = SeedData.ANCHOR + 4 * DAY;
    Map<String, Object> input =
        Map.of(
            "title", "Design review", "bookings", List.of(element("104", start, start + 2 * HOUR)));

    Map<String, Object> draft = client.graphql(sandbox.personalToken(), DRAFT, vars(input));
    assertFalse(draft.containsKey("errors"), draft::toString);
    String session = (String) at(draft, "data", "bookingsDraft", "booking_session_id");
    assertEquals("9001", session);
    assertEquals("201", at(draft, "data", "bookingsDraft", "owner", "user_id"));
    assertNull(at(draft, "data", "bookingsDraft", "bookings", "0", "booking_id"));
    assertEquals(false, at(draft, "data", "bookingsDraft", "bookings", "0", "is_confirmed"));
    assertEquals(2, bookingsOf("104").size(), "a draft saves nothing");

    Map<String, Object> commit =
        client.graphql(
            sandbox.personalToken(), COMMIT, vars(Map.of("booking_session_id", session)));
    assertFalse(commit.containsKey("errors"), commit::toString);
    assertEquals(session, at(commit, "data", "bookingsCommit", "booking_session_id"));
    assertEquals("1001", at(commit, "data", "bookingsCommit", "bookings", "0", "booking_id"));
    assertEquals(true, at(commit, "data", "bookingsCommit", "bookings", "0", "is_confirmed"));

    List<Object> focusRoom = bookingsOf("104");
    assertEquals(3, focusRoom.size());
    Object created = focusRoom.get(2);
    assertEquals("1001", at(created, "booking_id"));
    assertEquals(start, at(created, "start_timestamp"));
    assertEquals("Design review", at(created, "title"));
    assertEquals("201", at(created, "user", "user_id"));
    assertEquals("201", at(created, "created_by_user", "user_id"));
  }

  @Test
  void commitWithoutDraftSavesWithTheNextIds() {
    int start = SeedData.ANCHOR + 5 * DAY;
    Map<String, Object> input =
        Map.of(
            "owner_user_id",
            "203",
            "bookings",
            List.of(element("101", start, start + HOUR), element("102", start, start + HOUR)));
    Map<String, Object> commit = client.graphql(sandbox.organizationToken(), COMMIT, vars(input));
    assertFalse(commit.containsKey("errors"), commit::toString);
    assertEquals("9001", at(commit, "data", "bookingsCommit", "booking_session_id"));
    assertEquals("203", at(commit, "data", "bookingsCommit", "owner", "user_id"));
    assertEquals("1001", at(commit, "data", "bookingsCommit", "bookings", "0", "booking_id"));
    assertEquals("1002", at(commit, "data", "bookingsCommit", "bookings", "1", "booking_id"));
    Object created = bookingsOf("102").get(1);
    assertNull(at(created, "created_by_user"), "an organization token books as nobody");
  }

  @Test
  void overlappingDraftIsRefused() {
    int start = SeedData.ANCHOR + HOUR;
    Map<String, Object> input = Map.of("bookings", List.of(element("101", start, start + HOUR)));
    Map<String, Object> draft = client.graphql(sandbox.personalToken(), DRAFT, vars(input));
    assertEquals(
        "The resource is not available during the selected times",
        at(draft, "errors", "0", "message"));
    assertEquals(List.of("bookingsDraft"), at(draft, "errors", "0", "path"));
    assertNull(draft.get("data"));
    Map<String, Object> commit = client.graphql(sandbox.personalToken(), COMMIT, vars(input));
    assertEquals(
        "The resource is not available during the selected times",
        at(commit, "errors", "0", "message"));
    assertEquals(1, bookingsOf("101").size());
  }

  @Test
  void aCanceledBookingFreesItsSlot() {
    int start = SeedData.ANCHOR + 4 * DAY;
    Map<String, Object> input = Map.of("bookings", List.of(element("101", start, start + HOUR)));
    Map<String, Object> draft = client.graphql(sandbox.personalToken(), DRAFT, vars(input));
    assertFalse(draft.containsKey("errors"), draft::toString);
  }

  @Test
  void invalidTimesAndUnknownResourcesAreRefused() {
    int start = SeedData.ANCHOR + 6 * DAY;
    Map<String, Object> backwards =
        Map.of("bookings", List.of(element("101", start + HOUR, start)));
    assertTrue(
        message(client.graphql(sandbox.personalToken(), DRAFT, vars(backwards)))
            .contains("must be after"));
    Map<String, Object> unknown = Map.of("bookings", List.of(element("999", start, start + HOUR)));
    assertEquals(
        "The resource 999 does not exist.",
        message(client.graphql(sandbox.personalToken(), DRAFT, vars(unknown))));
    Map<String, Object> empty = Map.of("bookings", List.of());
    assertTrue(
        message(client.graphql(sandbox.personalToken(), COMMIT, vars(empty)))
            .contains("no bookings"));
  }

  @Test
  void commitCanCancelAnExistingBooking() {
    Map<String, Object> cancel =
        Map.of("bookings", List.of(Map.of("booking_id", "501", "is_canceled", true)));
    Map<String, Object> commit = client.graphql(sandbox.personalToken(), COMMIT, vars(cancel));
    assertFalse(commit.containsKey("errors"), commit::toString);
    assertEquals(0, bookingsOf("101").size());
    Map<String, Object> someoneElses =
        Map.of("bookings", List.of(Map.of("booking_id", "503", "is_canceled", true)));
    assertEquals(
        "The booking 503 does not exist.",
        message(client.graphql(sandbox.personalToken(), COMMIT, vars(someoneElses))));
  }

  @Test
  void unknownSessionIsRefused() {
    Map<String, Object> commit =
        client.graphql(
            sandbox.personalToken(), COMMIT, vars(Map.of("booking_session_id", "12345")));
    assertEquals("The booking session 12345 does not exist.", message(commit));
  }

  @Test
  void inviteeStatusIsRecorded() {
    String mutation =
        "mutation { bookingSetInviteeStatus(booking_id: \"503\", user_id: \"201\","
            + " status: ATTENDING) { booking_id invitees { user { fullname } status } } }";
    Map<String, Object> body = client.graphql(sandbox.organizationToken(), mutation);
    assertEquals(
        "Alex Rivera",
        at(body, "data", "bookingSetInviteeStatus", "invitees", "0", "user", "fullname"));
    assertEquals(
        "ATTENDING", at(body, "data", "bookingSetInviteeStatus", "invitees", "0", "status"));
  }

  private List<Object> bookingsOf(String resourceId) {
    Map<String, Object> body =
        client.graphql(sandbox.organizationToken(), BY_RESOURCE, Map.of("r", List.of(resourceId)));
    return list(at(body, "data", "bookings", "data"));
  }

  private static Map<String, Object> element(String resourceId, int start, int end) {
    return Map.of(
        "resource_id", List.of(resourceId), "start_timestamp", start, "end_timestamp", end);
  }

  private static Map<String, Object> vars(Map<String, Object> input) {
    return Map.of("input", input);
  }

  private static String message(Map<String, Object> body) {
    return (String) at(body, "errors", "0", "message");
  }
}
