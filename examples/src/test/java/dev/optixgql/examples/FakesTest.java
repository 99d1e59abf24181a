package dev.optixgql.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.optixgql.runtime.GraphQLError;
import dev.optixgql.runtime.GraphQLErrorsException;
import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenPlacement;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.sandbox.OptixSandbox;
import dev.optixgql.testing.InMemoryOptix;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The generated test builders ({@code -Aoptixgql.testBuilders=true}) and {@link InMemoryOptix}: a
 * service tested with neither a server nor JSON text.
 */
class FakesTest {
  private static final JsonFactory JSON = new JsonFactory();

  /** A small service of the kind an app has, on the injected generated interface. */
  record StandupFinder(OrganizationApi api) {
    /** The titles of the bookings from {@code from} on that are not canceled. */
    List<String> standingTitles(int from) {
      List<String> titles = new ArrayList<>();
      for (UpcomingBookingsQuery.Data.Bookings.Booking booking :
          api.upcomingBookings(from, 10).bookings().data()) {
        if (booking != null && !booking.isCanceled()) {
          titles.add(booking.title());
        }
      }
      return titles;
    }
  }

  @Test
  void aServiceTestedWithBuildersAndTheInMemoryClient() {
    InMemoryOptix optix =
        InMemoryOptix.create()
            .answer(
                UpcomingBookingsQuery.OPERATION_NAME,
                UpcomingBookingsQueryFakes.json(
                    UpcomingBookingsQueryFakes.data()
                        .bookings(
                            bookings ->
                                bookings.data(
                                    List.of(
                                        UpcomingBookingsQueryFakes.booking()
                                            .title("Standup")
                                            .isCanceled(false)
                                            .build(),
                                        UpcomingBookingsQueryFakes.booking()
                                            .isCanceled(true)
                                            .build())))
                        .build()));
    try (OptixClient client = optix.client("in-memory-t0ken-o")) {
      StandupFinder finder = new StandupFinder(client.create(OrganizationApi.class));

      assertEquals(List.of("Standup"), finder.standingTitles(1_900_000_000));
    }
    InMemoryOptix.Request sent = optix.requests().get(0);
    assertEquals("UpcomingBookings", sent.operationName());
    assertEquals("{\"from\":1900000000,\"limit\":10}", sent.variables());
    assertEquals(TokenKind.ORGANIZATION, sent.tokenKind());
    assertEquals(TokenPlacement.AUTHORIZATION_HEADER, sent.placement());
    assertEquals(UpcomingBookingsQuery.DOCUMENT, sent.query());
  }

  @Test
  void theRecordedVariablesAreWhatTheSandboxReceives() throws Exception {
    BookingSetInput input =
        BookingSetInput.builder()
            .bookings(
                List.of(
                    BookingSetElementInput.builder()
                        .resourceId(List.of("5"))
                        .startTimestamp(1_900_000_000)
                        .endTimestamp(1_900_003_600)
                        .build()))
            .build();
    InMemoryOptix optix =
        InMemoryOptix.create()
            .answer(
                DraftBookingQuery.OPERATION_NAME,
                DraftBookingQueryFakes.json(DraftBookingQueryFakes.data().build()));
    try (OptixClient client = optix.client("in-memory-t0ken-o")) {
      client.create(OrganizationApi.class).draftBooking(input);
    }
    Map<String, Object> received;
    try (OptixSandbox sandbox = OptixSandbox.start();
        OptixClient real =
            OptixClient.builder()
                .endpoint(sandbox.endpoint())
                .tokenProvider(TokenProvider.fixed(sandbox.organizationToken()))
                .build()) {
      real.call(new DraftBookingQuery(input)); // whatever the sandbox answers
      received = sandbox.receivedOperations().get(0).variables();
    }

    assertEquals(canonical(received), tree(optix.requests().get(0).variables()));
  }

  @Test
  void everyFieldOfTheDefaultsHasAValueOfItsType() {
    UpcomingBookingsQuery.Data bookings = UpcomingBookingsQueryFakes.data().build();
    AutomationStepsQuery.Data steps = AutomationStepsQueryFakes.data().build();

    assertEveryComponentSet(bookings);
    assertEveryComponentSet(steps);
    UpcomingBookingsQuery.Data.Bookings.Booking booking = bookings.bookings().data().get(0);
    assertEquals(1_900_000_000, booking.startTimestamp(), "a timestamp is a plausible one");
    assertEquals("1", booking.bookingId());
    assertEquals("title", booking.title());
    AutomationStepsQuery.Data.WorkflowAvailableStep step = steps.workflowAvailableSteps().get(0);
    AutomationStepsQuery.Data.WorkflowAvailableStep.WorkflowAction action =
        assertInstanceOf(
            AutomationStepsQuery.Data.WorkflowAvailableStep.WorkflowAction.class, step);
    assertEquals(WorkflowActionType.knownValues().get(0), action.actionType(), "the first value");
    assertEquals("WorkflowAction", action.__typename());
  }

  @Test
  void everyOperationsDefaultsSurviveTheGeneratedReader() throws IOException {
    assertRoundTrip(
        new UpcomingBookingsQuery(0, null),
        UpcomingBookingsQueryFakes.data().build(),
        UpcomingBookingsQueryFakes::json);
    assertRoundTrip(
        new AutomationStepsQuery(),
        AutomationStepsQueryFakes.data().build(),
        AutomationStepsQueryFakes::json);
    assertRoundTrip(new WhoAmIQuery(), WhoAmIQueryFakes.data().build(), WhoAmIQueryFakes::json);
    assertRoundTrip(
        new BookableResourcesQuery(null),
        BookableResourcesQueryFakes.data().build(),
        BookableResourcesQueryFakes::json);
    assertRoundTrip(
        new BookingPageQuery(null, null, null),
        BookingPageQueryFakes.data().build(),
        BookingPageQueryFakes::json);
    // Each variant of the interface, the "other" one included.
    for (AutomationStepsQuery.Data.WorkflowAvailableStep step :
        List.<AutomationStepsQuery.Data.WorkflowAvailableStep>of(
            AutomationStepsQueryFakes.workflowAction().build(),
            AutomationStepsQueryFakes.workflowTrigger().build(),
            AutomationStepsQueryFakes.other().__typename("WorkflowDelay").build())) {
      assertRoundTrip(
          new AutomationStepsQuery(),
          AutomationStepsQueryFakes.data().workflowAvailableSteps(List.of(step)).build(),
          AutomationStepsQueryFakes::json);
    }
  }

  @Test
  void typedErrorsAndMissingAnswers() {
    InMemoryOptix optix =
        InMemoryOptix.create()
            .fail(
                WhoAmIQuery.OPERATION_NAME,
                new GraphQLError("The organization is suspended.", List.of(), List.of("me"), null));
    try (OptixClient client = optix.client("in-memory-t0ken-o")) {
      OrganizationApi api = client.create(OrganizationApi.class);

      GraphQLErrorsException refused = assertThrows(GraphQLErrorsException.class, api::whoAmI);
      assertEquals("The organization is suspended.", refused.errors().get(0).message());
      assertEquals(List.of("me"), refused.errors().get(0).path());

      java.util.concurrent.CompletionException async =
          assertThrows(
              java.util.concurrent.CompletionException.class,
              () -> api.bookableResources(3).join());
      GraphQLErrorsException missing =
          assertInstanceOf(GraphQLErrorsException.class, async.getCause());
      assertTrue(
          missing.errors().get(0).message().contains("no answer for BookableResources"),
          missing.getMessage());
    }
  }

  @Test
  void aPersonalInterfaceRefusesAnOrganizationTokenBeforeSending() {
    InMemoryOptix optix = InMemoryOptix.create();
    try (OptixClient client = optix.client("in-memory-t0ken-o")) {
      PersonalApi personal = client.create(PersonalApi.class);
      assertThrows(dev.optixgql.runtime.TokenKindMismatchException.class, personal::whoAmI);
    }
    assertTrue(optix.requests().isEmpty(), "nothing sent");
  }

  private static <D> void assertRoundTrip(
      Operation<D> operation, D data, java.util.function.Function<D, String> json)
      throws IOException {
    try (JsonParser in = JSON.createParser(json.apply(data))) {
      in.nextToken();
      assertEquals(data, operation.readData(in));
    }
  }

  /** Every component of {@code record}, and of the records below it, is set. */
  private static void assertEveryComponentSet(Object value) {
    if (value instanceof List<?> list) {
      assertFalse(list.isEmpty(), "a list holds one default element");
      list.forEach(FakesTest::assertEveryComponentSet);
      return;
    }
    assertNotNull(value);
    if (!value.getClass().isRecord()) {
      return;
    }
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      try {
        Object inner = component.getAccessor().invoke(value);
        assertNotNull(inner, () -> value.getClass().getName() + "." + component.getName());
        assertEveryComponentSet(inner);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** A value the sandbox read as the tree {@link #tree} makes of JSON text. */
  private static Object canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((key, member) -> out.put(String.valueOf(key), canonical(member)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(element -> out.add(canonical(element)));
      return out;
    }
    return String.valueOf(value);
  }

  /** JSON text as a tree of maps and lists, to compare regardless of key order. */
  private static Object tree(String json) throws IOException {
    try (JsonParser in = JSON.createParser(json)) {
      in.nextToken();
      return tree(in);
    }
  }

  private static Object tree(JsonParser in) throws IOException {
    switch (in.currentToken()) {
      case START_OBJECT -> {
        Map<String, Object> map = new TreeMap<>();
        while (in.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          String name = in.currentName();
          in.nextToken();
          map.put(name, tree(in));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (in.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
          list.add(tree(in));
        }
        return list;
      }
      default -> {
        return in.getText();
      }
    }
  }
}
