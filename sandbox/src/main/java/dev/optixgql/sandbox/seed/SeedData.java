package dev.optixgql.sandbox.seed;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The seeded, deterministic sandbox world: tokens, the clock, and the starting data. */
public final class SeedData {
  /** The organization token: ends in 'o', as Optix's do. */
  public static final String ORGANIZATION_TOKEN = "sbx-organization-7f3a9c1e5b2d4068o";

  /** The personal token of {@link #PERSONAL_USER_ID}: ends in 'p', as Optix's do. */
  public static final String PERSONAL_TOKEN = "sbx-personal-2c8e4a6f1d3b5970p";

  /** The sandbox's fixed "now": 2030-01-01 00:00:00 UTC; it never reads the real clock. */
  public static final int NOW = 1_893_456_000;

  /** {@link #NOW} as Optix's {@code Y-m-d H:i:s} text (the organization is on UTC in winter). */
  public static final String NOW_TEXT = "2030-01-01 00:00:00";

  /** Monday 2030-01-07 09:00:00 UTC: the first seeded booking starts here. */
  public static final int ANCHOR = 1_894_006_800;

  /** The user the personal token acts for: Alex Rivera. */
  public static final String PERSONAL_USER_ID = "201";

  /** The first id given to a committed booking; seeded ids stay below it. */
  public static final int FIRST_NEW_BOOKING_ID = 1001;

  /** The first booking session id a draft or commit receives. */
  public static final int FIRST_SESSION_ID = 9001;

  private static final int HOUR = 3600;
  private static final int DAY = 24 * HOUR;
  private static final int RESOURCES_CREATED = NOW - 365 * DAY;

  private SeedData() {}

  /** The tokens the sandbox accepts. */
  public static Set<String> tokens() {
    return Set.of(ORGANIZATION_TOKEN, PERSONAL_TOKEN);
  }

  public static SeedCatalog catalog() {
    SeedOrganization organization =
        new SeedOrganization(
            "1",
            "5a0d6f1e-3c2b-4a98-8e71-0000000000a1",
            "Sandbox Coworking",
            "sandbox",
            "1 Example Street",
            "London",
            "England",
            "EC2A 1AA",
            "United Kingdom",
            "Europe/London",
            "GBP",
            "£",
            20.0,
            "hello@example.com");
    List<SeedLocation> locations =
        List.of(
            new SeedLocation(
                "11",
                "Downtown Hub",
                "The flagship space: hot desks, a boardroom and good coffee.",
                "1 Example Street",
                "EC2A 1AA",
                51.5246,
                -0.0786,
                "+44 20 7946 0100",
                "downtown@example.com",
                "https://example.com/downtown-hub"),
            new SeedLocation(
                "12",
                "Riverside Studio",
                "A quiet studio by the river for focused work.",
                "20 Riverside Walk",
                "SE1 9AA",
                51.5074,
                -0.0990,
                "+44 20 7946 0120",
                "riverside@example.com",
                "https://example.com/riverside-studio"));
    List<SeedResource> resources =
        List.of(
            desk("101", "Hot Desk 1", "11", false, 0),
            desk("102", "Hot Desk 2", "11", false, 1),
            room("103", "Boardroom", "11", 10, 40.0, 2),
            room("104", "Focus Room", "12", 4, 20.0, 3),
            desk("105", "Dedicated Desk 7", "12", true, 4));
    List<SeedUser> users =
        List.of(
            user("201", 301, "Alex", "Rivera", "Rivera Design", "Product Designer", false, 0),
            user("202", 302, "Sam", "Chen", "Chen & Partners", "Accountant", false, 1),
            user("203", 303, "Priya", "Patel", "Northwind Labs", "Software Engineer", false, 2),
            user(
                "204", 304, "Jordan", "Okafor", "Sandbox Coworking", "Community Manager", true, 3));
    return new SeedCatalog(organization, locations, resources, users);
  }

  /** The seeded bookings, all after {@link #NOW}: six standing, one canceled. */
  public static List<StoredBooking> bookings() {
    return List.of(
        booking("501", "101", "201", "Desk day", ANCHOR, 8, true, false, 6),
        booking("502", "103", "201", "Client kickoff", ANCHOR + DAY + HOUR, 1, true, false, 5),
        booking("503", "104", "202", "Quarterly review", ANCHOR, 2, true, false, 4),
        booking("504", "102", "203", "Sprint planning", ANCHOR + DAY, 8, true, false, 3),
        booking("505", "103", "204", "Team sync", ANCHOR + 2 * DAY + 5 * HOUR, 1, true, false, 2),
        booking("506", "104", "201", "Deep work", ANCHOR + 3 * DAY, 3, false, false, 1),
        booking("507", "101", "202", "Desk day", ANCHOR + 4 * DAY, 8, true, true, 1));
  }

  /**
   * The steps an automation can be built from: one of each {@code WorkflowStep} implementation, in
   * the order an automation runs them. Each map names its concrete type in {@code __typename},
   * which the engine's {@code TypenameTypeResolver} reads.
   */
  public static List<Map<String, Object>> workflowAvailableSteps() {
    return List.of(
        Fields.of(
            "__typename", "WorkflowTrigger",
            "workflow_step_id", "601",
            "trigger_type", "NEW_BOOKING",
            "requires_automations_plus", false),
        Fields.of(
            "__typename", "WorkflowCondition",
            "workflow_step_id", "602",
            "condition_operation", "EQUALS",
            "requires_automations_plus", true),
        Fields.of(
            "__typename", "WorkflowDelay",
            "workflow_step_id", "603",
            "requires_automations_plus", false),
        Fields.of(
            "__typename", "WorkflowAction",
            "workflow_step_id", "604",
            "action_type", "SEND_EMAIL",
            "requires_automations_plus", false));
  }

  private static SeedResource desk(
      String id, String name, String locationId, boolean assignable, int order) {
    return new SeedResource(
        id,
        name,
        assignable ? "A desk of your own, by the window." : "A hot desk in the open area.",
        locationId,
        "21",
        "Desk",
        "DESK",
        1,
        5.0,
        assignable,
        RESOURCES_CREATED + order * DAY);
  }

  private static SeedResource room(
      String id, String name, String locationId, int capacity, double price, int order) {
    return new SeedResource(
        id,
        name,
        "A meeting room for " + capacity + ", with a screen and a whiteboard.",
        locationId,
        "22",
        "Meeting room",
        "ROOM",
        capacity,
        price,
        false,
        RESOURCES_CREATED + order * DAY);
  }

  private static SeedUser user(
      String id,
      int memberId,
      String name,
      String surname,
      String company,
      String title,
      boolean admin,
      int order) {
    String email = (name + "." + surname).toLowerCase(Locale.ROOT) + "@example.com";
    return new SeedUser(
        id,
        memberId,
        String.valueOf(400 + memberId - 300),
        name,
        surname,
        email,
        "+44 20 7946 01" + (42 + order),
        company,
        title,
        title + " at " + company + ".",
        admin,
        RESOURCES_CREATED + order * 7 * DAY);
  }

  private static StoredBooking booking(
      String id,
      String resourceId,
      String userId,
      String title,
      int start,
      int hours,
      boolean approved,
      boolean canceled,
      int daysBeforeNow) {
    return new StoredBooking(
        id,
        resourceId,
        userId,
        userId,
        title,
        null,
        start,
        start + hours * HOUR,
        NOW - daysBeforeNow * DAY,
        approved,
        canceled,
        "Sandbox",
        Map.of());
  }
}
