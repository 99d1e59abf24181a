package dev.optixgql.sandbox;

import static dev.optixgql.sandbox.SandboxClient.at;
import static dev.optixgql.sandbox.SandboxClient.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.optixgql.sandbox.seed.SeedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arguments that matter: bookings, users, resources and locations filters and pages. */
class QueryArgumentsTest {
  private static OptixSandbox sandbox;
  private static SandboxClient client;

  @BeforeAll
  static void start() {
    sandbox = OptixSandbox.start();
    client = new SandboxClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void upcomingBookingsAreFoundInStartOrder() {
    Object page =
        org("bookings(start_timestamp_from: " + SeedData.NOW + ") { total data { booking_id } }");
    assertEquals(6, at(page, "total"));
    assertEquals(List.of("501", "503", "504", "502", "505", "506"), ids(page, "booking_id"));
  }

  @Test
  void bookingsFilterByStatusResourceLocationAndRange() {
    assertEquals(7, at(org("bookings(include_canceled: true) { total }"), "total"));
    assertEquals(5, at(org("bookings(include_new: false) { total }"), "total"));
    assertEquals(2, at(org("bookings(resource_id: [\"103\"]) { total }"), "total"));
    assertEquals(2, at(org("bookings(location_id: [\"12\"]) { total }"), "total"));
    assertEquals(3, at(org("bookings(user_id: \"201\") { total }"), "total"));
    assertEquals(6, at(org("bookings(user_id: \"-1\") { total }"), "total"));
    int day = 24 * 3600;
    Object firstDay =
        org(
            "bookings(start_timestamp_from: "
                + SeedData.ANCHOR
                + ", start_timestamp_to: "
                + (SeedData.ANCHOR + day - 1)
                + ") { data { booking_id } }");
    assertEquals(List.of("501", "503"), ids(firstDay, "booking_id"));
  }

  @Test
  void bookingsPageAndOrder() {
    Object page =
        org(
            "bookings(limit: 2, page: 2, order: START_TIMESTAMP_DESC) { total data { booking_id }"
                + " }");
    assertEquals(6, at(page, "total"));
    assertEquals(List.of("502", "504"), ids(page, "booking_id"));
  }

  @Test
  void personalTokenSeesOnlyItsOwnBookings() {
    Map<String, Object> body =
        client.graphql(sandbox.personalToken(), "{ bookings { data { booking_id } } }");
    assertEquals(List.of("501", "502", "506"), ids(at(body, "data", "bookings"), "booking_id"));
    Map<String, Object> other =
        client.graphql(sandbox.personalToken(), "{ booking(booking_id: \"503\") { booking_id } }");
    assertNull(at(other, "data", "booking"));
  }

  @Test
  void bookingByIdHasItsLinks() {
    Object booking =
        org(
            "booking(booking_id: \"502\") { title is_new is_approved resource { name location"
                + " { name } } user { fullname } account { name } }");
    assertEquals("Client kickoff", at(booking, "title"));
    assertEquals(false, at(booking, "is_new"));
    assertEquals("Boardroom", at(booking, "resource", "name"));
    assertEquals("Downtown Hub", at(booking, "resource", "location", "name"));
    assertEquals("Alex Rivera", at(booking, "user", "fullname"));
    assertNull(org("booking(booking_id: \"404\") { title }"));
  }

  @Test
  void usersSearchOrderAndLookup() {
    assertEquals(4, at(org("users { total }"), "total"));
    assertEquals(
        List.of("203"), ids(org("users(search: \"PAT\") { data { user_id } }"), "user_id"));
    assertEquals(
        List.of("Sam Chen", "Priya Patel", "Jordan Okafor", "Alex Rivera"),
        ids(org("users(order: NAME_DESC) { data { fullname } }"), "fullname"));
    assertEquals(
        "201", at(org("user(get_by_email: \"Alex.Rivera@example.com\") { user_id }"), "user_id"));
    assertEquals("Sam", at(org("user(get_by_member_id: \"302\") { name }"), "name"));
    assertEquals("Okafor", at(org("user(get_by_user_id: \"204\") { surname }"), "surname"));
    assertNull(org("user(get_by_user_id: \"999\") { surname }"));
  }

  @Test
  void resourcesAndLocations() {
    assertEquals(5, at(org("resources { total }"), "total"));
    assertEquals(
        List.of("104", "105"),
        ids(org("resources(location_id: [\"12\"]) { data { resource_id } }"), "resource_id"));
    assertEquals(0, at(org("resources(is_bookable: false) { total }"), "total"));
    assertEquals(
        List.of("103", "104"),
        ids(
            org("resources(capacity_from: 2, order: NAME_ASC) { data { resource_id } }"),
            "resource_id"));
    assertEquals(2, at(org("locations { total }"), "total"));
    assertEquals(
        List.of("Riverside Studio"),
        ids(org("locations(name: \"river\") { data { name } }"), "name"));
    Object nested =
        org("locations(location_id: [\"11\"]) { data { resources { total } bookings { total } } }");
    assertEquals(3, at(nested, "data", "0", "resources", "total"));
    assertEquals(4, at(nested, "data", "0", "bookings", "total"));
  }

  private static Object org(String field) {
    Map<String, Object> body = client.graphql(sandbox.organizationToken(), "{ " + field + " }");
    if (body.containsKey("errors")) {
      throw new AssertionError(SandboxClient.json(body));
    }
    return SandboxClient.map(body.get("data")).values().iterator().next();
  }

  private static List<Object> ids(Object page, String field) {
    List<Object> ids = new ArrayList<>();
    for (Object element : list(at(page, "data"))) {
      ids.add(at(element, field));
    }
    return ids;
  }
}
