package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.optixgql.runtime.Operation;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binds realistic operations against the real Optix schema ({@code ../shared/optix}, copied to a
 * temporary GraphQL root at test time; skipped when absent): 515 types, comment descriptions,
 * custom scalars and deprecations, all of which the processor must take in its stride.
 */
class OptixSchemaTest {
  private static final String OPERATIONS =
      """
      # Who the token acts for.
      query WhoAmI {
        me {
          authType
          user {
            user_id
            name
            email
          }
          organization {
            name
          }
        }
      }

      query RecentBookings($limit: Int = 5) {
        bookings(limit: $limit, order: START_TIMESTAMP_DESC) {
          total
          data {
            booking_id
            title
            start_timestamp
            end_timestamp
            is_canceled
            resource {
              resource_id
              name
            }
          }
        }
      }

      mutation CommitBooking($input: BookingSetInput!) {
        bookingsCommit(input: $input) {
          booking_session_id
          bookings {
            booking_id
            start_timestamp
            end_timestamp
          }
        }
      }
      """;

  private static final JavaFileObject API =
      JavaFileObjects.forSourceString(
          "test.OptixApi",
          """
          package test;

          import dev.optixgql.runtime.GraphQLClient;
          import dev.optixgql.runtime.GraphQLOperation;
          import dev.optixgql.runtime.TokenKind;
          import java.util.concurrent.CompletableFuture;

          @GraphQLClient(schema = "optix.graphqls", token = TokenKind.ORGANIZATION)
          public interface OptixApi {
            @GraphQLOperation("WhoAmI")
            WhoAmIQuery.Data whoAmI();

            @GraphQLOperation("RecentBookings")
            CompletableFuture<RecentBookingsQuery.Data> recentBookings(Integer limit);

            @GraphQLOperation("CommitBooking")
            CommitBookingMutation.Data commitBooking(BookingSetInput input);
          }
          """);

  @TempDir Path dir;

  @Test
  void realisticOperationsCompileAgainstTheRealSchema() {
    Path schema = SharedFiles.require("optix/schema.full.graphql");
    TestProject project =
        TestProject.in(dir).copy(schema, "optix.graphqls").write("optix.graphql", OPERATIONS);

    Compilation compilation = project.compile(API);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.OptixApi_Impl");
    assertThat(compilation).generatedSourceFile("test.WhoAmIQuery");
    assertThat(compilation).generatedSourceFile("test.RecentBookingsQuery");
    assertThat(compilation).generatedSourceFile("test.CommitBookingMutation");
    assertThat(compilation).generatedSourceFile("test.BookingSetInput");
  }

  private static final String LARGE =
      """
      query LargeBookings($limit: Int = 20, $page: Int) {
        bookings(limit: $limit, page: $page, order: START_TIMESTAMP_DESC) {
          total
          data {
            booking_id organization_id title notes quantity duration
            start_timestamp end_timestamp created_timestamp ended_timestamp
            is_new is_approved is_completed is_canceled is_rejected origin external_id
            is_recurring is_recurrence_exception source is_hidden
            resource { resource_id name }
            location { location_id name }
            user { user_id name surname email }
            created_by_user { user_id name }
            recurrence { rrule description days_of_week }
          }
        }
      }

      query ConversationItems($conversation: ID!) {
        conversationItems(conversation_id: $conversation) {
          total
          data {
            ... on ConversationMessage { message_id message plaintext is_read timestamp }
            ... on TimelineEntry { event_id timestamp user_id type description context }
            ... on Note { note_id note created_timestamp deleted_timestamp }
          }
        }
      }

      query Block($id: ID!) {
        availabilityBlock(availability_block_id: $id) {
          availability_block_id name is_recurring in_all_locations created_timestamp
          first_occurrence_start_datetime first_occurrence_end_datetime last_occurrence_end_datetime
          locations { location_id name }
        }
      }

      query Steps {
        workflowAvailableSteps {
          workflow_step_id
          ... on WorkflowTrigger { trigger_type requires_automations_plus }
        }
      }
      """;

  private static final JavaFileObject LARGE_API =
      JavaFileObjects.forSourceString(
          "test.LargeApi",
          """
          package test;

          import dev.optixgql.runtime.GraphQLClient;
          import dev.optixgql.runtime.GraphQLOperation;
          import dev.optixgql.runtime.TokenKind;

          @GraphQLClient(schema = "optix.graphqls", token = TokenKind.ORGANIZATION)
          public interface LargeApi {
            @GraphQLOperation("LargeBookings")
            LargeBookingsQuery largeBookings();

            @GraphQLOperation("ConversationItems")
            ConversationItemsQuery conversationItems(String conversation);

            @GraphQLOperation("Block")
            BlockQuery block(String id);

            @GraphQLOperation("Steps")
            StepsQuery steps();
          }
          """);

  /**
   * The test builders of large operations on the real schema give every field, nullable or not, a
   * value of its type (enums, interface and union variants, Optix's DateTime and JsonString
   * included), which the generated writer and reader carry unchanged.
   */
  @Test
  void testBuildersGiveEveryFieldOfLargeOperationsAValue() throws Exception {
    Path schema = SharedFiles.require("optix/schema.full.graphql");
    TestProject project =
        TestProject.in(dir).copy(schema, "optix.graphqls").write("large.graphql", LARGE);

    Compilation compilation = project.compile(List.of("-Aoptixgql.testBuilders=true"), LARGE_API);

    assertThat(compilation).succeeded();
    ClassLoader loader = CompiledClasses.loader(compilation);
    int components = 0;
    for (String operation :
        List.of("LargeBookingsQuery", "ConversationItemsQuery", "BlockQuery", "StepsQuery")) {
      Class<?> fakes = loader.loadClass("test." + operation + "Fakes");
      Object builder = fakes.getMethod("data").invoke(null);
      Object data = builder.getClass().getMethod("build").invoke(builder);
      components += assertEverySet(data, operation);
      String json =
          (String)
              fakes
                  .getMethod("json", loader.loadClass("test." + operation + "$Data"))
                  .invoke(null, data);
      Operation<?> instance = anyInstance(loader.loadClass("test." + operation));
      try (JsonParser in = new JsonFactory().createParser(json)) {
        in.nextToken();
        assertEquals(data, instance.readData(in), json);
      }
    }
    assertTrue(components > 60, "components checked: " + components);
  }

  /** Every record component below {@code value} is set; returns how many were checked. */
  private static int assertEverySet(Object value, String where) throws Exception {
    if (value instanceof List<?> list) {
      assertFalse(list.isEmpty(), where);
      int count = 0;
      for (Object element : list) {
        count += assertEverySet(element, where + "[]");
      }
      return count;
    }
    assertNotNull(value, where);
    if (!value.getClass().isRecord()) {
      return 0;
    }
    int count = 0;
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      Object inner = component.getAccessor().invoke(value);
      count += 1 + assertEverySet(inner, where + "." + component.getName());
    }
    return count;
  }

  /** The operation record with every variable at a zero value ("1", 0, false or null). */
  private static Operation<?> anyInstance(Class<?> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] =
          types[i] == int.class
              ? (Object) 0
              : types[i] == boolean.class ? (Object) false : types[i] == String.class ? "1" : null;
    }
    return (Operation<?>) type.getDeclaredConstructor(types).newInstance(values);
  }
}
