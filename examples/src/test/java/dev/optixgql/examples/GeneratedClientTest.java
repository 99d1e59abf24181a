package dev.optixgql.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.GraphQLError;
import dev.optixgql.runtime.GraphQLErrorsException;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.sandbox.OptixSandbox;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated clients, end to end over HTTP against a real sandbox with its seeded data. */
class GeneratedClientTest {
  /** Monday 2030-01-07 09:00 UTC: the sandbox's first seeded bookings start here. */
  private static final int FIRST_SEEDED_START = epoch("2030-01-07T09:00:00Z");

  /** The seeded bookings that are not canceled (seven are seeded, one canceled). */
  private static final int SEEDED_STANDING_BOOKINGS = 6;

  /** Sent when {@code $limit} is left unsent: the default in {@code bookings.graphql}. */
  private static final int OPERATION_DEFAULT_LIMIT = 5;

  private static OptixSandbox sandbox;
  private static PersonalApi personal;
  private static OrganizationApi organization;

  @BeforeAll
  static void startSandbox() {
    sandbox = OptixSandbox.start();
    personal = client(sandbox.personalToken()).create(PersonalApi.class);
    organization = client(sandbox.organizationToken()).create(OrganizationApi.class);
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @Test
  void personalWhoAmIIsAlexRivera() {
    WhoAmIQuery.Data.Me me = personal.whoAmI().me();

    assertNotNull(me.user());
    assertEquals("201", me.user().userId());
    assertEquals("Alex", me.user().name());
    assertEquals("Rivera", me.user().surname());
    assertEquals("alex.rivera@example.com", me.user().email());
    assertEquals("PERSONAL", me.authType().rawValue());
    assertEquals(TokenType.PERSONAL, me.authType());
    assertTrue(me.authType().isKnown());
  }

  @Test
  void authTypeIsUsableInASwitch() {
    TokenType authType = personal.whoAmI().me().authType();

    String acting =
        switch (authType.known()) {
          case PERSONAL -> "a member";
          case ORGANIZATION -> "the organization";
          case ANONYMOUS, LEGACY, EXPIRED, SINGLE_ACTION, UNKNOWN__ -> "someone else";
        };

    assertEquals("a member", acting);
  }

  @Test
  void organizationWhoAmIHasNoUser() {
    var me = organization.whoAmI().me();

    assertNull(me.user());
    assertNotNull(me.organization());
    assertEquals("Sandbox Coworking", me.organization().name());
    assertEquals("ORGANIZATION", me.authType().rawValue());
    assertEquals(TokenType.Known.ORGANIZATION, me.authType().known());
  }

  @Test
  void upcomingBookingsAreSortedByStartWithNestedObjects() {
    UpcomingBookingsQuery.Data.Bookings bookings =
        organization.upcomingBookings(FIRST_SEEDED_START, 3).bookings();

    List<UpcomingBookingsQuery.Data.Bookings.Booking> data =
        bookings.data().stream().map(Objects::requireNonNull).toList();
    assertEquals(3, data.size());
    assertEquals(SEEDED_STANDING_BOOKINGS, bookings.total());
    for (int i = 1; i < data.size(); i++) {
      assertTrue(data.get(i - 1).startTimestamp() <= data.get(i).startTimestamp(), data::toString);
    }
    var first = data.get(0);
    assertEquals("501", first.bookingId());
    assertEquals("Desk day", first.title());
    assertEquals(FIRST_SEEDED_START, first.startTimestamp());
    assertEquals(FIRST_SEEDED_START + 8 * 3600, first.endTimestamp());
    assertTrue(first.isApproved());
    assertNotNull(first.resource());
    assertEquals("101", first.resource().resourceId());
    assertEquals("Hot Desk 1", first.resource().name());
    assertNotNull(first.location());
    assertEquals("Downtown Hub", first.location().name());
    assertNotNull(first.user());
    assertEquals("alex.rivera@example.com", first.user().email());
  }

  @Test
  void nullLimitIsLeftUnsentSoTheDefaultApplies() {
    UpcomingBookingsQuery.Data.Bookings bookings =
        organization.upcomingBookings(FIRST_SEEDED_START, null).bookings();

    // An explicit null would reach the field as null and the sandbox would apply limit 100,
    // returning all six; unsent, the operation's `$limit: Int = 5` applies.
    assertEquals(SEEDED_STANDING_BOOKINGS, bookings.total());
    assertEquals(OPERATION_DEFAULT_LIMIT, bookings.data().size());
  }

  @Test
  void personalUpcomingBookingsAreTheUsersOwn() {
    var bookings = personal.upcomingBookings(FIRST_SEEDED_START, 10).bookings();

    assertEquals(
        List.of("501", "502", "506"),
        bookings.data().stream().map(b -> Objects.requireNonNull(b).bookingId()).toList());
  }

  @Test
  void bookableResourcesRunAsynchronously() throws Exception {
    BookableResourcesQuery.Data.Resources resources =
        organization.bookableResources(10).get(10, TimeUnit.SECONDS).resources();

    List<String> names =
        resources.data().stream().map(r -> Objects.requireNonNull(r).name()).toList();
    assertEquals(
        List.of("Boardroom", "Dedicated Desk 7", "Focus Room", "Hot Desk 1", "Hot Desk 2"), names);
    assertEquals(names.size(), resources.total());
    var boardroom = Objects.requireNonNull(resources.data().get(0));
    assertEquals(10, boardroom.capacity());
    assertEquals("Meeting room", boardroom.type().name());
    assertEquals("Downtown Hub", boardroom.location().name());
  }

  @Test
  void personalBookableResourcesJoin() {
    var resources = personal.bookableResources(2).join().resources();

    assertEquals(2, resources.data().size());
    assertEquals("Boardroom", Objects.requireNonNull(resources.data().get(0)).name());
  }

  @Test
  void draftThenCommitThenUpcomingShowsTheBooking() {
    // Before the first seeded booking, so the other tests' counts from that start stay exact.
    int start = epoch("2030-01-03T10:00:00Z");
    BookingSetInput.Builder input = booking("103", start, start + 3600, "Board meeting (test)");

    DraftBookingQuery.Data.BookingsDraft draft =
        organization.draftBooking(input.build()).bookingsDraft();
    assertNotNull(draft.bookingSessionId());
    var drafted = Objects.requireNonNull(draft.bookings().get(0));
    assertEquals(start, drafted.startTimestamp());
    assertEquals(List.of("103"), drafted.resourceId());
    assertTrue(
        organization.upcomingBookings(start, 1).bookings().data().stream()
            .allMatch(b -> b != null && b.startTimestamp() >= FIRST_SEEDED_START),
        "a draft saves nothing");

    CommitBookingMutation.Data.BookingsCommit committed =
        organization
            .commitBooking(input.bookingSessionId(draft.bookingSessionId()).build())
            .bookingsCommit();
    assertEquals(draft.bookingSessionId(), committed.bookingSessionId());
    var saved = Objects.requireNonNull(committed.bookings().get(0));
    assertNotNull(saved.bookingId());
    assertEquals(start, saved.startTimestamp());

    var upcoming = organization.upcomingBookings(start, 1).bookings().data();
    var found = Objects.requireNonNull(upcoming.get(0));
    assertEquals(saved.bookingId(), found.bookingId());
    assertEquals("Board meeting (test)", found.title());
    assertEquals(start, found.startTimestamp());
    assertEquals(start + 3600, found.endTimestamp());
    assertEquals("Boardroom", Objects.requireNonNull(found.resource()).name());
  }

  @Test
  void overlappingDraftFailsWithTheSandboxsMessage() {
    // Hot Desk 1 is booked 09:00-17:00 on the first seeded day.
    int start = FIRST_SEEDED_START + 3600;
    BookingSetInput input = booking("101", start, start + 3600, "Clash (test)").build();

    GraphQLErrorsException e =
        assertThrows(GraphQLErrorsException.class, () -> organization.draftBooking(input));

    assertEquals("DraftBooking", e.operationName());
    assertEquals(
        List.of("The resource is not available during the selected times"),
        e.errors().stream().map(GraphQLError::message).toList());
    assertTrue(
        e.getMessage().contains("The resource is not available during the selected times"),
        e::getMessage);
  }

  @Test
  void automationStepsDecodeToTheirConcreteRecords() {
    List<AutomationStepsQuery.Data.WorkflowAvailableStep> steps =
        organization.automationSteps().workflowAvailableSteps();

    assertEquals(4, steps.size());
    // Named by a type condition: its own record, with its own field.
    var trigger =
        assertInstanceOf(
            AutomationStepsQuery.Data.WorkflowAvailableStep.WorkflowTrigger.class, steps.get(0));
    assertEquals("WorkflowTrigger", trigger.__typename());
    assertEquals("601", trigger.workflowStepId());
    assertFalse(trigger.requiresAutomationsPlus());
    assertEquals(WorkflowTriggerType.Known.NEW_BOOKING, trigger.triggerType().known());
    // Not named by a type condition: Other, with the fragment's fields and the real typename.
    var condition =
        assertInstanceOf(AutomationStepsQuery.Data.WorkflowAvailableStep.Other.class, steps.get(1));
    assertEquals("WorkflowCondition", condition.__typename());
    assertEquals("602", condition.workflowStepId());
    assertTrue(condition.requiresAutomationsPlus());
    var delay =
        assertInstanceOf(AutomationStepsQuery.Data.WorkflowAvailableStep.Other.class, steps.get(2));
    assertEquals("WorkflowDelay", delay.__typename());
    assertEquals("603", delay.workflowStepId());
    var action =
        assertInstanceOf(
            AutomationStepsQuery.Data.WorkflowAvailableStep.WorkflowAction.class, steps.get(3));
    assertEquals("WorkflowAction", action.__typename());
    assertEquals("604", action.workflowStepId());
    assertFalse(action.requiresAutomationsPlus());
    assertEquals(WorkflowActionType.SEND_EMAIL, action.actionType());
    // The fragment on WorkflowAction alone, spread where steps are selected: the action's record
    // implements it, and only the action's.
    assertEquals(List.of(action), steps.stream().filter(ActionSummary.class::isInstance).toList());
  }

  @Test
  void everyStepIsAStepSummary() {
    List<StepSummary> summaries =
        List.copyOf(organization.automationSteps().workflowAvailableSteps());

    assertEquals(
        List.of("601", "602", "603", "604"),
        summaries.stream().map(StepSummary::workflowStepId).toList());
  }

  private static BookingSetInput.Builder booking(
      String resourceId, int start, int end, String title) {
    return BookingSetInput.builder()
        .title(title)
        .account(AccountInput.builder().userId("201").build())
        .bookings(
            List.of(
                BookingSetElementInput.builder()
                    .resourceId(List.of(resourceId))
                    .startTimestamp(start)
                    .endTimestamp(end)
                    .build()));
  }

  private static OptixClient client(String token) {
    return OptixClient.builder()
        .endpoint(sandbox.endpoint())
        .tokenProvider(TokenProvider.fixed(token))
        .build();
  }

  private static int epoch(String instant) {
    return (int) Instant.parse(instant).getEpochSecond();
  }
}
