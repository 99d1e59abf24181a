package dev.optixgql.maven.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.maven.schema.OperationUsages.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check-schema on a small schema: what the usage index holds for an operation with required
 * variables and {@code @include(if: $v)} (the shape graphql-java's QueryTraverser could not read),
 * where broken operations are reported, and that an operation the committed snapshot already
 * refuses is reported rather than passed over.
 */
class DriftCheckTest {
  private static final String SDL =
      """
      type Query { bookings(order: Order, filter: Filter): [Booking!]! }
      type Booking { id: ID!  title: String  state: State! }
      enum Order { NEWEST OLDEST }
      enum State { OPEN CLOSED }
      input Filter { state: State  window: Window }
      input Window { from: Int }
      """;

  private static final String OPERATION =
      """
      query Recent($filter: Filter!, $withTitle: Boolean!) {
        bookings(order: NEWEST, filter: $filter) {
          id
          title @include(if: $withTitle)
          state
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void anOperationWithRequiredVariablesAndIncludeIsIndexedWhole() throws Exception {
    OperationDocuments documents = documents(OPERATION);
    OperationUsages usages =
        OperationUsages.of(documents, documents.operations(), Snapshot.ofSdl(SDL, null).toSchema());

    List<String> seen =
        usages.uses().stream().map(u -> u.kind() + " " + u.subject() + " " + u.where()).toList();
    assertTrue(seen.contains("ENUM_LITERAL Order.NEWEST ops.graphql:2:19"), seen.toString());
    assertTrue(seen.contains("FIELD Booking.title ops.graphql:4:5"), seen.toString());
    assertTrue(seen.contains("OUTPUT_TYPE State ops.graphql:5:5"), seen.toString());
    assertTrue(seen.contains("VARIABLE_INPUT_TYPE Window ops.graphql:1:14"), seen.toString());
    assertTrue(seen.contains("ARGUMENT Query.bookings(filter:) ops.graphql:2:27"), seen.toString());
    assertEquals(
        0, usages.uses().stream().filter(u -> u.kind() == Kind.INPUT_FIELD_LITERAL).count());
  }

  @Test
  void aBrokenOperationIsReportedAtTheValidationErrorInPlainWords() throws Exception {
    DriftCheck.Result result =
        DriftCheck.check(
            Snapshot.ofSdl(SDL, null),
            Snapshot.ofSdl(SDL.replace("NEWEST OLDEST", "OLDEST"), null),
            documents(OPERATION));

    assertEquals(DriftCheck.Verdict.FAIL, result.verdict());
    assertEquals(1, result.broken().size(), result.broken().toString());
    DriftCheck.Broken broken = result.broken().get(0);
    assertEquals("ops.graphql:2:12", broken.where()); // the argument
    assertTrue(
        broken.message().startsWith("argument 'order' with value 'NEWEST'"), broken.message());
  }

  @Test
  void aRequiredInputFieldTwoLevelsBelowAVariableFailsAndAnEnumValueReadWarns() throws Exception {
    OperationDocuments documents = documents(OPERATION);
    Snapshot committed = Snapshot.ofSdl(SDL, null);
    String required =
        SDL.replace("input Window { from: Int }", "input Window { from: Int to: Int! }");
    DriftCheck.Result deep = DriftCheck.check(committed, Snapshot.ofSdl(required, null), documents);
    assertEquals(DriftCheck.Verdict.FAIL, deep.verdict());
    assertEquals(List.of(), deep.broken(), "validation cannot see it: the variable carries it");

    String added = SDL.replace("OPEN CLOSED", "OPEN CLOSED ARCHIVED");
    assertEquals(
        DriftCheck.Verdict.WARN,
        DriftCheck.check(committed, Snapshot.ofSdl(added, null), documents).verdict());
  }

  @Test
  void anOperationTheSnapshotAlreadyRefusesIsReportedNotSkippedSilently() throws Exception {
    DriftCheck.Result result =
        DriftCheck.check(
            Snapshot.ofSdl(SDL, null),
            Snapshot.ofSdl(SDL, null),
            documents("query Old { bookings { id nmae } }\n"));
    assertEquals(1, result.problems().size());
    assertTrue(
        result.problems().get(0).startsWith("ops.graphql:1:27: operation Old is not valid"),
        result.problems().toString());
  }

  private OperationDocuments documents(String text) throws Exception {
    Files.writeString(dir.resolve("ops.graphql"), text);
    return OperationDocuments.read(dir, dir);
  }
}
