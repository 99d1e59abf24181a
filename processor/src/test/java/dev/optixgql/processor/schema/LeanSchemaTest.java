package dev.optixgql.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.optixgql.processor.cache.BuildCache;
import dev.optixgql.processor.diagnostic.Diagnostic;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.DocumentParser;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.fuzz.IntrospectionSnapshot;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.UsedTypes;
import dev.optixgql.processor.lowering.OperationLowering;
import dev.optixgql.processor.lowering.ScalarTypes;
import dev.optixgql.processor.lowering.SchemaTypeLowering;
import dev.optixgql.processor.options.ProjectPaths;
import dev.optixgql.processor.validation.OperationValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A clean build's lean schema ({@link LeanSchema}, {@link LeanIntrospection}: the real schema as
 * SDL and as its introspection result) answers as the whole snapshot does: for a table of Optix
 * operations on the real schema (from {@code ../shared}), valid and invalid, each is validated
 * against the whole schema and against the schema built from what its own file reaches, with the
 * same diagnostics, word for word and place for place; the valid ones lower to equal IR.
 */
class LeanSchemaTest {
  /** The real schema as SDL, and as the introspection result a server gives for it. */
  private static final List<String> SNAPSHOTS = List.of("optix.graphqls", "optix.json");

  private static final JavaSite SITE = new JavaSite(null, null, null);

  @TempDir static Path root;
  private static ProjectPaths paths;
  private static Map<String, SchemaSnapshot> wholes = new java.util.HashMap<>();

  @BeforeAll
  static void wholeSchema() throws IOException {
    String shared = System.getProperty("optixgql.shared");
    assumeTrue(shared != null && !shared.isBlank(), "optixgql.shared is not set");
    Path file = Path.of(shared, "optix", "schema.full.graphql");
    assumeTrue(Files.isRegularFile(file), () -> file + " is absent");
    Files.copy(file, root.resolve(SNAPSHOTS.get(0)));
    Files.writeString(
        root.resolve(SNAPSHOTS.get(1)), IntrospectionSnapshot.fromSdl(Files.readString(file)));
    paths = ProjectPaths.forRoot(root, null);
    for (String snapshot : SNAPSHOTS) {
      Diagnostics diagnostics = new Diagnostics();
      SchemaSnapshot whole =
          new SchemaLoader(root, paths, diagnostics, BuildCache.in(null))
              .load(snapshot, SITE)
              .orElseThrow();
      assertEquals(0, whole.leftOutCount());
      wholes.put(snapshot, whole);
    }
  }

  private static Set<Path> schemaFiles() {
    Set<Path> files = new java.util.HashSet<>();
    SNAPSHOTS.forEach(s -> files.add(root.resolve(s).toAbsolutePath().normalize()));
    return files;
  }

  static Stream<Arguments> operations() {
    return Stream.of(
        valid(
            "union with inline fragments, fragments on an object",
            """
            query Items($id: ID!, $page: Int = 1) {
              conversationItems(conversation_id: $id, page: $page) {
                total
                data {
                  __typename
                  ... on ConversationMessage { message_id plaintext timestamp }
                  ... on Note { note_id note created_by_user { ...Person } }
                  ... on TimelineEntry { event_id description }
                }
              }
            }
            fragment Person on User { user_id name email }
            """),
        valid(
            "interface with its possible types",
            """
            query Steps($id: ID!) {
              workflow(workflow_id: $id) {
                name
                current_version { steps {
                  __typename
                  workflow_step_id
                  ... on WorkflowAction { action_type }
                  ... on WorkflowCondition { condition_operation conditions { workflow_step_id } }
                  ...Trigger
                } }
              }
            }
            fragment Trigger on WorkflowTrigger { trigger_type default_condition { workflow_step_id } }
            """),
        valid(
            "a fragment on an interface spread inside an object",
            """
            query Available {
              workflowAvailableSteps { ...Step }
            }
            fragment Step on WorkflowStep { workflow_step_id requires_automations_plus }
            """),
        valid(
            "union member spread inside the union, and an interface-typed field of a union member",
            """
            query TaskCreators {
              tasks(limit: 5) {
                data {
                  task_id
                  created_by {
                    __typename
                    ... on Workflow { workflow_id current_version { steps { workflow_step_id } } }
                  }
                }
              }
            }
            """),
        valid(
            "input objects nested in variables, enums in literals and defaults",
            """
            query Availability($input: ResourceAvailabilityInput!, $location: ID!) {
              resourceAvailability(input: $input, limit: 5) {
                resource { resource_id name }
                available_time_intervals { start_timestamp end_timestamp }
              }
              desks: resourceAvailability(
                input: { resource: { is_bookable: true, location_id: [$location] } }
                order: SCORE_DESC
              ) {
                resource { resource_id }
              }
            }
            """),
        valid(
            "a nested input type, and a mutation with a list of input objects",
            """
            query Draft($input: BookingSetInput!) {
              bookingsDraft(input: $input) {
                booking_session_id
                bookings { start_timestamp end_timestamp is_confirmed }
              }
            }
            mutation Commit($accounts: [AccountInput!]!) {
              accountsCommit(account: $accounts, input: { set_no_primary_location: true }) {
                total
                id
              }
            }
            """),
        valid(
            "deprecated fields and arguments (warnings)",
            """
            query Old { productTags accessTemplates { total total_without_filters } }
            """),
        valid(
            "directives on fields and fragments",
            """
            query Me($full: Boolean!) {
              me {
                authType
                user @include(if: $full) { user_id ...Name @skip(if: false) }
                organization { organization_id name }
              }
            }
            fragment Name on User { name }
            """),
        invalid(
            "a misspelled field with a suggestion from its siblings",
            """
            query Me { me { user { user_id nmae } } }
            """),
        invalid(
            "a misspelled root field",
            """
            query Pong { pnig { tag } }
            """),
        invalid(
            "a misspelled type condition (every type name is a candidate)",
            """
            query Steps { workflowAvailableSteps { ... on WorkflowActoin { action_type } } }
            """),
        invalid(
            "a spread that can never apply",
            """
            query Steps { workflowAvailableSteps { ... on User { user_id } } }
            """),
        invalid(
            "a fragment on a type outside the union",
            """
            query Creators { tasks { data { created_by { ... on Booking { booking_id } } } } }
            """),
        invalid(
            "a field of one possible type asked on the interface",
            """
            query Steps { workflowAvailableSteps { action_type } }
            """),
        invalid(
            "a wrong enum value with the enum's values suggested",
            """
            query Work { workflows(order: NAME_ASCC) { total } }
            """),
        invalid(
            "an unknown argument",
            """
            query Work { workflows(limt: 5) { total } }
            """),
        invalid(
            "a missing required argument and a variable of the wrong type",
            """
            query One($id: String) { workflow { name } booking(booking_id: $id) { booking_id } }
            """),
        invalid(
            "an unknown input field in a nested literal",
            """
            query Availability {
              resourceAvailability(input: { resource: { is_bookabel: true } }) {
                resource { resource_id }
              }
            }
            """),
        invalid(
            "a variable of an unknown type, and one of an output type",
            """
            query Vars($a: ResourceSerchInput, $b: Workflow) { ping { tag } }
            """),
        invalid(
            "a selection on a leaf and none on an object",
            """
            query Leaves { ping { tag { x } } me }
            """),
        invalid(
            "variables of scalars no kept type refers to (unused)",
            """
            query Unused($ratio: Float, $n: Int, $key: ID) { ping { tag } }
            """),
        invalid(
            "fields that cannot be merged",
            """
            query Conflict { me { user { id: user_id id: name } } }
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void leanSchemaAnswersAsTheWholeOne(String name, String text, boolean valid) throws IOException {
    Path file = root.resolve("operations.graphql");
    Files.writeString(file, text);
    Set<Path> schemaFiles = schemaFiles();
    Set<String> names = OperationNames.under(root, schemaFiles);
    DocumentIndex documents =
        new DocumentParser(root, paths, new Diagnostics(), BuildCache.in(null))
            .parseAll(schemaFiles);
    for (String snapshot : SNAPSHOTS) {
      for (Map.Entry<String, Reach> reach : reaches(names, documents).entrySet()) {
        String label = snapshot + " by " + reach.getKey();
        Diagnostics loading = new Diagnostics();
        SchemaSnapshot lean =
            new SchemaLoader(root, paths, loading, BuildCache.in(null), reach::getValue)
                .load(snapshot, SITE)
                .orElseThrow();
        assertNotNull(lean.schema());
        assertEquals(List.of(), loading.all());
        assertTrue(lean.leftOutCount() > 400, () -> label + ": left out " + lean.leftOutCount());

        List<String> renderedWhole = new ArrayList<>();
        List<String> renderedLean = new ArrayList<>();
        boolean anyInvalid = false;
        for (OperationSource operation : documents.operations().values()) {
          Outcome expected = analyse(operation, documents, wholes.get(snapshot));
          Outcome actual = analyse(operation, documents, lean);
          renderedWhole.addAll(expected.rendered());
          renderedLean.addAll(actual.rendered());
          assertEquals(expected, actual, label + ": " + operation.name());
          anyInvalid |= expected.ir() == null;
        }
        assertEquals(renderedWhole, renderedLean, label);
        assertEquals(!valid, anyInvalid, () -> String.join("\n", renderedWhole));
      }
    }
  }

  /** Both rules: the names the files hold, and the selections of their parsed operations. */
  private static Map<String, Reach> reaches(Set<String> names, DocumentIndex documents) {
    Map<String, graphql.language.FragmentDefinition> fragments = new java.util.LinkedHashMap<>();
    documents.fragments().forEach((name, fragment) -> fragments.put(name, fragment.definition()));
    Map<String, Reach> reaches = new java.util.LinkedHashMap<>();
    reaches.put("names", Reach.names(names));
    reaches.put(
        "selections",
        Reach.selections(
            documents.operations().values().stream().map(OperationSource::definition).toList(),
            fragments));
    return reaches;
  }

  @Test
  void everyTypeNameIsStillACandidate() throws IOException {
    Files.writeString(root.resolve("operations.graphql"), "query P { ping { tag } }");
    Set<String> names = OperationNames.under(root, schemaFiles());
    DocumentIndex documents =
        new DocumentParser(root, paths, new Diagnostics(), BuildCache.in(null))
            .parseAll(schemaFiles());
    for (String snapshot : SNAPSHOTS) {
      for (Reach reach : reaches(names, documents).values()) {
        SchemaSnapshot lean =
            new SchemaLoader(root, paths, new Diagnostics(), BuildCache.in(null), () -> reach)
                .load(snapshot, SITE)
                .orElseThrow();
        assertEquals(wholes.get(snapshot).typeNames(), lean.typeNames(), snapshot);
        assertTrue(lean.schema().getAllTypesAsList().size() < 60, snapshot);
      }
    }
  }

  @Test
  void aProblemInWhatTheOperationsReachIsReportedAsForTheWholeSnapshot(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("s.graphqls"),
        """
        type Query { me: Person other: Other }
        type Other { id: ID! }
        type Person { name: Strin }
        """);
    assertReportedAsForTheWholeSnapshot(dir, "s.graphqls");
  }

  @Test
  void aProblemInAnIntrospectionResultIsReportedAsForTheWholeSnapshot(@TempDir Path dir)
      throws IOException {
    // Person.name refers to a type the result does not describe.
    Files.writeString(
        dir.resolve("s.json"),
        """
        {"__schema": {"queryType": {"name": "Query"}, "directives": [], "types": [
          {"kind": "OBJECT", "name": "Query", "interfaces": [], "fields": [
            {"name": "me", "args": [], "type": {"kind": "OBJECT", "name": "Person"}},
            {"name": "other", "args": [], "type": {"kind": "OBJECT", "name": "Other"}}]},
          {"kind": "OBJECT", "name": "Other", "interfaces": [], "fields": [
            {"name": "id", "args": [], "type": {"kind": "SCALAR", "name": "ID"}}]},
          {"kind": "OBJECT", "name": "Person", "interfaces": [], "fields": [
            {"name": "name", "args": [], "type": {"kind": "SCALAR", "name": "Strin"}}]},
          {"kind": "SCALAR", "name": "ID"}, {"kind": "SCALAR", "name": "String"}]}}
        """);
    assertReportedAsForTheWholeSnapshot(dir, "s.json");
  }

  /**
   * With {@code query Q { me { name } }} beside it, the broken {@code snapshot} (its {@code
   * Person.name} names a type {@code Strin} it lacks) fails to load with the same diagnostics
   * whether built whole or lean, beside the document stage (the failure shows when the loader
   * settles).
   */
  private static void assertReportedAsForTheWholeSnapshot(Path dir, String snapshot)
      throws IOException {
    Files.writeString(dir.resolve("q.graphql"), "query Q { me { name } }");
    ProjectPaths here = ProjectPaths.forRoot(dir, null);
    Diagnostics expected = new Diagnostics();
    assertNull(
        new SchemaLoader(dir, here, expected, BuildCache.in(null))
            .load(snapshot, SITE)
            .orElse(null));
    Diagnostics actual = new Diagnostics();
    Set<String> names = OperationNames.under(dir, Set.of());
    SchemaLoader loader =
        new SchemaLoader(dir, here, actual, BuildCache.in(null), () -> Reach.names(names));
    Map<String, SchemaSnapshot> snapshots = new java.util.HashMap<>();
    snapshots.put("client", loader.load(snapshot, SITE).orElseThrow());
    loader.settle(snapshots);
    assertEquals(Map.of(), snapshots);
    assertEquals(rendered(expected.all()), rendered(actual.all()));
    assertTrue(rendered(actual.all()).get(0).contains("Strin"), rendered(actual.all()).get(0));
  }

  @Test
  void aProblemNoOperationReachesIsNotLookedFor(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("s.graphqls"),
        """
        type Query { me: Person other: Other }
        type Other { id: Strin }
        type Person { name: String }
        """);
    Files.writeString(dir.resolve("q.graphql"), "query Q { me { name } }");
    Set<String> names = OperationNames.under(dir, Set.of());
    SchemaSnapshot lean =
        new SchemaLoader(
                dir,
                ProjectPaths.forRoot(dir, null),
                new Diagnostics(),
                BuildCache.in(null),
                () -> Reach.names(names))
            .load("s.graphqls", SITE)
            .orElseThrow();
    assertNotNull(lean.schema().getType("Person"));
    assertNull(lean.schema().getType("Other"));
    assertTrue(lean.typeNames().containsAll(List.of("Other", "Person", "Query")));
  }

  /** What validation and lowering make of one operation against one schema. */
  record Outcome(List<String> rendered, IrOperation ir, Object types) {}

  private static Outcome analyse(
      OperationSource operation, DocumentIndex documents, SchemaSnapshot snapshot) {
    Diagnostics diagnostics = new Diagnostics();
    boolean clean =
        new OperationValidator(diagnostics).validate(operation, documents, snapshot, SITE);
    IrOperation ir = null;
    List<Object> types = new ArrayList<>();
    if (clean) {
      ScalarTypes scalars = new ScalarTypes(Map.of(), snapshot::schema, diagnostics, SITE);
      UsedTypes used = UsedTypes.empty();
      ir =
          new OperationLowering(diagnostics)
              .lower(operation, documents, snapshot, SITE, used, scalars, "lean.test");
      for (String name : used.enums()) {
        types.add(SchemaTypeLowering.enumOf(snapshot.schema(), name));
      }
      for (String name : used.inputObjects()) {
        types.add(SchemaTypeLowering.inputObjectOf(snapshot.schema(), name, scalars));
      }
    }
    return new Outcome(rendered(diagnostics.all()), ir, types);
  }

  private static List<String> rendered(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::render).toList();
  }

  private static Arguments valid(String name, String text) {
    return Arguments.of(name, text, true);
  }

  private static Arguments invalid(String name, String text) {
    return Arguments.of(name, text, false);
  }
}
