package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
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
}
