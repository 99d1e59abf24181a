package dev.optixgql.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Proves that the sandbox's Optix snapshots are exact subsets of the real Optix schema. */
class SnapshotConformanceTest {

  private static final String RESOURCE_DIR = "/dev/optixgql/sandbox/";
  private static final String REAL_SCHEMA = "optix/schema.full.graphql";

  private static SchemaSubsetChecker realChecker;

  /** Elements both views must have: {@code Type.field}, or a bare type name. */
  private static final List<String> COMMON_COVERAGE =
      List.of(
          "Query.ping",
          "Query.me",
          "Query.bookings",
          "Query.booking",
          "Query.bookingsDraft",
          "Query.resources",
          "Query.locations",
          "Mutation.bookingsCommit",
          "Pong.status",
          "AuthenticatedUser.authType",
          "AuthenticatedUser.user",
          "AuthenticatedUser.organization",
          "User.user_id",
          "User.name",
          "User.email",
          "User.fullname",
          "Organization.organization_id",
          "Organization.name",
          "Booking.booking_id",
          "Booking.title",
          "Booking.start_timestamp",
          "Booking.end_timestamp",
          "Booking.created_timestamp",
          "Booking.is_new",
          "Booking.is_approved",
          "Booking.is_canceled",
          "Booking.is_rejected",
          "Booking.resource",
          "Booking.location",
          "Booking.user",
          "Booking.account",
          "Account.account_id",
          "Resource.resource_id",
          "Resource.name",
          "Resource.location",
          "Location.location_id",
          "Location.name",
          "BookingSet.booking_session_id",
          "BookingSet.bookings",
          "BookingSetElement.start_timestamp",
          "BookingSetElement.resource_id",
          "BookingPagination.total",
          "BookingPagination.data",
          "ResourcePagination.data",
          "LocationPagination.data",
          "BookingSetInput",
          "AccountInput",
          "BookingSetElementInput",
          "BookingOrder",
          "ResourceOrder",
          "LocationOrder",
          "TokenType",
          "DateTime",
          "Time",
          "JsonString");

  /** Elements only the organization view has: user administration and automations. */
  private static final List<String> ORGANIZATION_ONLY =
      List.of(
          "Query.users",
          "Query.user",
          "UserPagination.data",
          "UserOrder",
          "Query.workflowAvailableSteps",
          "WorkflowStep.workflow_step_id",
          "WorkflowStep.requires_automations_plus",
          "WorkflowTrigger.trigger_type",
          "WorkflowCondition.condition_operation",
          "WorkflowDelay.workflow_step_id",
          "WorkflowAction.action_type",
          "WorkflowTriggerType",
          "ConditionOperation",
          "WorkflowActionType");

  static Stream<Arguments> views() {
    List<String> organization = new ArrayList<>(COMMON_COVERAGE);
    organization.addAll(ORGANIZATION_ONLY);
    return Stream.of(
        Arguments.of("organization.graphqls", organization, List.of()),
        Arguments.of(
            "personal.graphqls",
            COMMON_COVERAGE,
            List.of("Query.users", "Query.user", "Query.workflowAvailableSteps")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"organization.graphqls", "personal.graphqls"})
  void snapshotIsAnExactSubsetOfTheRealSchema(String view) {
    SchemaSubsetChecker checker = realSchemaChecker();
    List<String> problems = checker.check(view, snapshot(view));
    assertTrue(
        problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
  }

  @ParameterizedTest
  @ValueSource(strings = {"organization.graphqls", "personal.graphqls"})
  void snapshotBuildsAsAnExecutableSchema(String view) {
    TypeDefinitionRegistry registry = new SchemaParser().parse(snapshot(view));
    GraphQLSchema schema =
        new SchemaGenerator().makeExecutableSchema(registry, RuntimeWiring.MOCKED_WIRING);
    assertNotNull(schema.getQueryType(), view + ": no query type");
    assertNotNull(schema.getMutationType(), view + ": no mutation type");
    assertNotNull(schema.getType("DateTime"), view + ": scalar DateTime missing");
  }

  @ParameterizedTest
  @MethodSource("views")
  void snapshotCoversWhatTheClientsNeed(String view, List<String> required, List<String> absent) {
    TypeDefinitionRegistry registry = new SchemaParser().parse(snapshot(view));
    List<String> missing = new ArrayList<>();
    for (String element : required) {
      if (!has(registry, element)) {
        missing.add(element);
      }
    }
    assertTrue(missing.isEmpty(), () -> view + ": missing " + missing);
    for (String element : absent) {
      assertFalse(has(registry, element), () -> view + ": must not have " + element);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"organization.graphqls", "personal.graphqls"})
  void snapshotCarriesNoCommentsBesidesItsHeader(String view) {
    List<String> lines = snapshot(view).lines().toList();
    assertTrue(lines.get(0).startsWith("# Optix API snapshot ("), view + ": header comment");
    for (int i = 1; i < lines.size(); i++) {
      assertFalse(lines.get(i).contains("#"), view + ":" + (i + 1) + ": comment or '#' found");
    }
  }

  @Test
  void checkerReportsEveryKindOfMismatch() {
    String real =
        """
        schema { query: Query }
        interface Node { id: ID! }
        type Query {
          items(limit: Int = 100, page: Int = 1, order: Order): [Item!]!
          item(id: ID!): Item
        }
        type Item implements Node {
          id: ID!
          name: String
          old: String @deprecated
          older: String @deprecated(reason: "Replaced by name")
        }
        input Filter { name: String, limit: Int = 10 }
        enum Order { ASC DESC OLD @deprecated(reason: "Gone") }
        union Thing = Item | Other
        type Other { id: ID }
        scalar DateTime
        """;
    String snapshot =
        """
        schema { query: Query }
        type Query {
          items(limit: Int = 50, order: Order, page: Int = 1): [Item]!
          item(id: ID): Item
        }
        type Item {
          id: ID!
          name: String @deprecated
          old: String @deprecated(reason: "No longer supported")
          older: String @deprecated(reason: "Replaced")
          extra: Int
        }
        input Filter { name: String, limit: Int }
        enum Order { ASC DESC OLD }
        union Thing = Item
        type Other { id: ID }
        input DateTime { x: Int }
        type Invented { id: ID }
        """;
    List<String> problems = SchemaSubsetChecker.forSdl(real).check("t.graphqls", snapshot);
    List<String> expected =
        List.of(
            "t.graphqls: Query.items: type [Item]! != real [Item!]!",
            "t.graphqls: Query.items: argument names [limit, order, page] != real [limit, page,"
                + " order]",
            "t.graphqls: Query.items argument 'limit': default 50 != real 100",
            "t.graphqls: Query.item argument 'id': type ID != real ID!",
            "t.graphqls: Item: implements [] != real [Node]",
            "t.graphqls: Item.name: deprecation @deprecated(reason: \"No longer supported\")"
                + " != real not deprecated",
            "t.graphqls: Item.older: deprecation @deprecated(reason: \"Replaced\")"
                + " != real @deprecated(reason: \"Replaced by name\")",
            "t.graphqls: Item.extra: field does not exist in the real schema",
            "t.graphqls: Filter field 'limit': default none != real 10",
            "t.graphqls: Order.OLD: deprecation not deprecated"
                + " != real @deprecated(reason: \"Gone\")",
            "t.graphqls: Thing: members [Item] != real [Item, Other]",
            "t.graphqls: DateTime: kind input != real scalar",
            "t.graphqls: Invented: type does not exist in the real schema");
    for (String message : expected) {
      assertTrue(problems.contains(message), () -> "not reported: " + message + "\n" + problems);
    }
    assertEquals(expected.size(), problems.size(), () -> "unexpected reports:\n" + problems);
  }

  @Test
  void checkerAcceptsAnExactSubset() {
    String real =
        """
        type Query { a(x: Int = 1, y: [ID!]): A  b: Int }
        type A { id: ID!, old: Int @deprecated, n: E }
        enum E { X Y @deprecated(reason: "r") }
        """;
    String snapshot =
        """
        type Query { a(x: Int = 1, y: [ID!]): A }
        type A { old: Int @deprecated(reason: "No longer supported"), n: E }
        enum E { X Y @deprecated(reason: "r") }
        """;
    assertEquals(List.of(), SchemaSubsetChecker.forSdl(real).check("ok.graphqls", snapshot));
  }

  @Test
  void checkerCatchesAWrongDefaultAgainstTheRealSchema() {
    SchemaSubsetChecker checker = realSchemaChecker();
    String organization = snapshot("organization.graphqls");
    String wrong =
        organization
            .replaceFirst("limit: Int = 100", "limit: Int = 50")
            .replaceFirst("booking\\(booking_id: ID!\\)", "booking(booking_id: ID)");
    assertTrue(!wrong.equals(organization), "the mutation did not change the snapshot");
    List<String> problems = checker.check("organization.graphqls", wrong);
    assertEquals(
        List.of(
            "organization.graphqls: Query.bookings argument 'limit': default 50 != real 100",
            "organization.graphqls: Query.booking argument 'booking_id': type ID != real ID!"),
        problems);
  }

  private static boolean has(TypeDefinitionRegistry registry, String element) {
    int dot = element.indexOf('.');
    if (dot < 0) {
      return registry.getType(element).isPresent();
    }
    Optional<TypeDefinition> type = registry.getType(element.substring(0, dot));
    if (type.isEmpty() || !(type.get() instanceof ImplementingTypeDefinition<?> fields)) {
      return false;
    }
    String field = element.substring(dot + 1);
    for (FieldDefinition definition : fields.getFieldDefinitions()) {
      if (definition.getName().equals(field)) {
        return true;
      }
    }
    return false;
  }

  private static String snapshot(String view) {
    try (InputStream in = SnapshotConformanceTest.class.getResourceAsStream(RESOURCE_DIR + view)) {
      assertNotNull(in, "snapshot resource " + RESOURCE_DIR + view + " not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The checker for the real schema, or a skipped test when the shared folder is absent. */
  private static synchronized SchemaSubsetChecker realSchemaChecker() {
    Optional<Path> real = realSchema();
    assumeTrue(real.isPresent(), "real Optix schema not found; set -Doptixgql.shared=DIR");
    if (realChecker == null) {
      try {
        realChecker = SchemaSubsetChecker.forSdl(Files.readString(real.get()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return realChecker;
  }

  private static Optional<Path> realSchema() {
    List<Path> candidates = new ArrayList<>();
    String shared = System.getProperty("optixgql.shared");
    if (shared != null && !shared.isBlank()) {
      candidates.add(Path.of(shared));
    }
    candidates.add(Path.of("..", "shared"));
    candidates.add(Path.of("..", "..", "shared"));
    return candidates.stream()
        .map(dir -> dir.resolve(REAL_SCHEMA))
        .filter(Files::isRegularFile)
        .findFirst();
  }
}
