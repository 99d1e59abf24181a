package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.optixgql.processor.DiagnosticFixtures.ME;
import static dev.optixgql.processor.DiagnosticFixtures.OPERATION_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.SCHEMA;
import static dev.optixgql.processor.DiagnosticFixtures.api;
import static dev.optixgql.processor.DiagnosticFixtures.assertCascade;
import static dev.optixgql.processor.DiagnosticFixtures.assertError;
import static dev.optixgql.processor.DiagnosticFixtures.assertUnattachedError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One negative case per diagnostic id of operations against the schema that {@link DiagnosticsTest}
 * leaves out (types, directives, variables, selections, conflicts, other spec rules) and of
 * operation files (duplicate fragments, type definitions, subscriptions): count, id, {@code
 * file:line:col} and the Java line each is attached to.
 */
class OperationDiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void writeSchema() {
    project = TestProject.in(dir).write("schema.graphqls", SCHEMA);
  }

  // Operations against the schema: attached to the @GraphQLOperation value.

  @Test
  void unknownType() {
    project.write(
        "ops.graphql", "query Me {\n  me {\n    ... on Usr {\n      name\n    }\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:3:12: [OptixGql/UnknownType] Type 'Usr' is not defined"
            + " (schema src/main/graphql/schema.graphqls). Did you mean 'User'?",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void aDefaultValueOutsideItsEnumNamesTheValueAndTheEnumsValues() {
    project.write(
        "ops.graphql",
        "query Users($order: UserOrder = NAME_UP) {\n"
            + "  users(order: $order) {\n    name\n  }\n}\n");
    JavaFileObject api =
        api("@GraphQLOperation(\"Users\")", "UsersQuery.Data users(UserOrder order);");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:1:33: [OptixGql/WrongValue] Value 'NAME_UP' in the default"
            + " value of $order is not in enum 'UserOrder' (schema src/main/graphql/schema.graphqls)."
            + " Its values are: NAME_ASC, NAME_DESC.",
        api,
        OPERATION_LINE);
  }

  @Test
  void aWrongDefaultValueIsShownAsWritten() {
    project.write(
        "ops.graphql",
        "query Users($limit: Int = \"ten\") {\n  users(limit: $limit) {\n    name\n  }\n}\n");
    JavaFileObject api =
        api("@GraphQLOperation(\"Users\")", "UsersQuery.Data users(Integer limit);");

    Compilation compilation = project.compile(api);

    String message =
        assertError(
            compilation,
            "src/main/graphql/ops.graphql:1:27: [OptixGql/WrongValue] Bad default value \"ten\" for"
                + " type 'Int'",
            api,
            OPERATION_LINE);
    assertFalse(message.contains("StringValue"), message);
  }

  @Test
  void unknownDirective() {
    project.write("ops.graphql", "query Me {\n  me {\n    name @skipp(if: true)\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:3:10: [OptixGql/UnknownDirective] Unknown directive 'skipp'"
            + " (schema src/main/graphql/schema.graphqls).",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void unusedFragment() {
    project.write("ops.graphql", ME + "\nfragment Spare on User {\n  name\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertUnattachedError(
        compilation,
        "src/main/graphql/ops.graphql:7:1: [OptixGql/UnusedFragment] Fragment 'Spare' is not used"
            + " by any operation (spec §5.5.1.4): spread it with ...Spare where it is needed, or"
            + " delete it.");
    // The operation itself is fine and generated.
    assertTrue(project.generated().contains("test.MeQuery"), () -> "" + project.generated());
  }

  @Test
  void anUnusedFragmentIsStillValidated() {
    project.write(
        "ops.graphql",
        ME
            + "\nfragment G on Query {\n  me {\n    nmae\n  }\n}\n\nfragment F on Banana {\n  id\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertEquals(
        List.of(
            "src/main/graphql/ops.graphql:13:1: [OptixGql/UnusedFragment] Fragment 'F' is not used"
                + " by any operation (spec §5.5.1.4): spread it with ...F where it is needed, or"
                + " delete it.",
            "src/main/graphql/ops.graphql:13:1: [OptixGql/UnknownType] Type 'Banana' is not"
                + " defined (schema src/main/graphql/schema.graphqls).",
            "src/main/graphql/ops.graphql:7:1: [OptixGql/UnusedFragment] Fragment 'G' is not used"
                + " by any operation (spec §5.5.1.4): spread it with ...G where it is needed, or"
                + " delete it.",
            "src/main/graphql/ops.graphql:9:5: [OptixGql/UnknownField] Field 'nmae' is not defined"
                + " on type 'User' (schema src/main/graphql/schema.graphqls). Did you mean"
                + " 'name'?"),
        TestProject.optixErrorMessages(compilation));
  }

  private static final String ONE_OF_SCHEMA =
      "type Query {\n  find(by: Pick!): User\n}\n\ntype User {\n  name: String\n}\n\n"
          + "input Pick @oneOf {\n  id: ID\n  name: String\n}\n";

  @Test
  void aOneOfFieldSetToNullIsAWrongValue() {
    project.write("schema.graphqls", ONE_OF_SCHEMA);
    project.write("ops.graphql", "query Find {\n  find(by: {id: null}) {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Find\")", "FindQuery.Data find();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:2:17: [OptixGql/WrongValue] Field 'id' of @oneOf input 'Pick'"
            + " is null: a @oneOf input takes exactly one field, and not null (schema"
            + " src/main/graphql/schema.graphqls).",
        api,
        OPERATION_LINE);
  }

  @Test
  void aNullableVariableInAOneOfFieldIsAWrongValue() {
    project.write("schema.graphqls", ONE_OF_SCHEMA);
    project.write(
        "ops.graphql", "query Find($id: ID) {\n  find(by: {id: $id}) {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Find\")", "FindQuery.Data find(String id);");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:2:17: [OptixGql/WrongValue] Variable '$id' may be null, but"
            + " it sets field 'id' of @oneOf input 'Pick': declare it non-null (ID!) (schema"
            + " src/main/graphql/schema.graphqls).",
        api,
        OPERATION_LINE);
  }

  @Test
  void aNonNullVariableInAOneOfFieldIsFine() {
    project.write("schema.graphqls", ONE_OF_SCHEMA);
    project.write(
        "ops.graphql", "query Find($id: ID!) {\n  find(by: {id: $id}) {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Find\")", "FindQuery.Data find(String id);");

    assertThat(project.compile(api)).succeeded();
  }

  @Test
  void undefinedVariable() {
    project.write("ops.graphql", "query User {\n  user(id: $id) {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"User\")", "UserQuery.Data user();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:2:12: [OptixGql/UndefinedVariable] Variable '$id' is used"
            + " but not declared: declare it after the operation's name, e.g. query Name($id:"
            + " Type).",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "UserQuery");
  }

  @Test
  void unusedVariable() {
    project.write("ops.graphql", "query Me($limit: Int) {\n  me {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me(Integer limit);");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:1:10: [OptixGql/UnusedVariable] Variable '$limit' is"
            + " declared but never used: remove it, or pass it to an argument.",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void selectionRequired() {
    project.write("ops.graphql", "query Me {\n  me\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:2:3: [OptixGql/SelectionRequired] Subselection required for"
            + " type 'User!' of field 'me' (schema src/main/graphql/schema.graphqls).",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void selectionNotAllowed() {
    project.write("ops.graphql", "query Me {\n  me {\n    name {\n      first\n    }\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:3:5: [OptixGql/SelectionNotAllowed] Subselection not allowed"
            + " on leaf type 'String!' of field 'name' (schema src/main/graphql/schema.graphqls).",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void fieldConflict() {
    project.write("ops.graphql", "query Me {\n  me {\n    name: id\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:3:5: [OptixGql/FieldConflict] Fields at 'me/name' cannot be"
            + " merged: they return different types 'ID' and 'String'. Give one of them a different"
            + " alias (spec §5.3.2).",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void fieldConflictsAreWordedAsSentences() {
    project.write(
        "ops.graphql",
        "query Me {\n  me {\n    name: email\n    name\n  }\n}\n\nquery Users {\n"
            + "  users(limit: 1) { name }\n  users(limit: 2) { name }\n}\n\n"
            + "query User {\n  user(id: \"1\") {\n    id: name\n    id\n  }\n}\n");
    JavaFileObject api =
        api(
            "@GraphQLOperation(\"Me\")",
            "MeQuery.Data me();",
            "@GraphQLOperation(\"Users\")",
            "UsersQuery.Data users();",
            "@GraphQLOperation(\"User\")",
            "UserQuery.Data user();");

    Compilation compilation = project.compile(api);

    List<String> messages = TestProject.optixErrorMessages(compilation);
    assertEquals(
        List.of(
            "src/main/graphql/ops.graphql:3:5: [OptixGql/FieldConflict] Fields at 'me/name' cannot be"
                + " merged: they have different nullability shapes (User.email is String at 3:5,"
                + " User.name is String! at 4:5). Give one of them a different alias (spec"
                + " §5.3.2).",
            "src/main/graphql/ops.graphql:9:3: [OptixGql/FieldConflict] Fields at 'users' cannot be"
                + " merged: the same field is selected with different arguments. Give one of them a"
                + " different alias (spec §5.3.2).",
            "src/main/graphql/ops.graphql:15:5: [OptixGql/FieldConflict] Fields at 'user/id' cannot"
                + " be merged: they return different types 'String' and 'ID'. Give one of them a"
                + " different alias (spec §5.3.2)."),
        messages);
  }

  /**
   * A shape conflict between union members' fields, one in a fragment of another file (graphql-js
   * says "conflicting types String and String!"): both fields named, with their types and places.
   */
  @Test
  void aShapeConflictNamesBothFieldsWithTheirTypesAndPlaces() {
    project.write(
        "schema.graphqls",
        "type Query {\n  feed: [Item!]!\n}\n\nunion Item = Person | Robot\n\ntype Person {\n"
            + "  name: String\n}\n\ntype Robot {\n  name: String!\n}\n");
    project.write(
        "parts.graphql", "fragment RobotName on Item {\n  ... on Robot {\n    name\n  }\n}\n");
    project.write(
        "ops.graphql",
        "query Feed {\n  feed {\n    ... on Person {\n      name\n    }\n    ...RobotName\n"
            + "  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Feed\")", "FeedQuery.Data feed();");

    Compilation compilation = project.compile(api);

    List<String> messages = TestProject.optixErrorMessages(compilation);
    assertEquals(
        List.of(
            "src/main/graphql/ops.graphql:4:7: [OptixGql/FieldConflict] Fields at 'feed/name' cannot"
                + " be merged: they have different nullability shapes (Person.name is String at"
                + " 4:7, Robot.name is String! at src/main/graphql/parts.graphql:3:5). Give one of"
                + " them a different alias (spec §5.3.2)."),
        messages);
  }

  @Test
  void wrongObjectAndNullValuesAreShownAsWritten() {
    project.write(
        "schema.graphqls",
        "type Query {\n  users(range: Range, limit: Int!): [User!]!\n}\n\ntype User {\n"
            + "  name: String\n}\n\ninput Range {\n  a: Int\n}\n");
    project.write(
        "ops.graphql",
        "query Users {\n  users(range: {stars: 5}, limit: null) {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Users\")", "UsersQuery.Data users();");

    List<String> messages =
        TestProject.optixErrors(project.compile(api)).stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();

    assertEquals(2, messages.size(), messages::toString);
    for (String message : messages) {
      assertTrue(!message.contains("Value{") && !message.contains("ObjectField{"), message);
    }
    assertTrue(messages.get(0).contains("{stars:5}"), messages::toString);
  }

  @Test
  void aFragmentCycleIsLocatedAtTheSpreadThatClosesIt() {
    project.write(
        "ops.graphql",
        "query Me {\n  me {\n    ...A\n  }\n}\n\nfragment A on User {\n  name\n  ...B\n}\n\n"
            + "fragment B on User {\n  ...A\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    List<String> messages =
        TestProject.optixErrors(project.compile(api)).stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();

    assertTrue(!messages.isEmpty(), "no error");
    for (String message : messages) {
      assertTrue(
          message.startsWith("src/main/graphql/ops.graphql:9:3: ")
              || message.startsWith("src/main/graphql/ops.graphql:13:3: "),
          message);
    }
  }

  @Test
  void twoFieldsUnderOneResponseNameAreNamedInTheConflict() {
    project.write(
        "schema.graphqls",
        "type Query {\n  me: Person\n}\n\ntype Person {\n  name: String\n  nickname: String\n}\n");
    project.write("ops.graphql", "query Me {\n  me {\n    name: nickname\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    assertError(
        project.compile(api),
        "src/main/graphql/ops.graphql:3:5: [OptixGql/FieldConflict] Fields at 'me/name' cannot be"
            + " merged: 'nickname' and 'name' are different fields under one response name. Give one"
            + " of them a different alias (spec §5.3.2).",
        api,
        OPERATION_LINE);
  }

  @Test
  void invalidOperationFromARuleOfTheSpec() {
    // §5.5.2.3: a User can never be a Query, so this fragment can never apply.
    project.write(
        "ops.graphql",
        "query Me {\n  me {\n    ... on Query {\n      me {\n        name\n      }\n    }\n"
            + "  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:3:5: [OptixGql/InvalidOperation] Fragment cannot be spread"
            + " here as objects of type 'User' can never be of type 'Query'"
            + " (schema src/main/graphql/schema.graphqls).",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void unsupportedOperationType() {
    project.write("schema.graphqls", SCHEMA + "\ntype Subscription {\n  userChanged: User!\n}\n");
    project.write("ops.graphql", "subscription UserChanged {\n  userChanged {\n    name\n  }\n}\n");
    // Returning Data would mean running it; a subscription is only handed out as an operation.
    JavaFileObject api =
        api("@GraphQLOperation(\"UserChanged\")", "UserChangedSubscription.Data userChanged();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "[OptixGql/UnsupportedOperationType] 'UserChanged' is a subscription, which OptixClient"
            + " cannot run: Optix serves queries and mutations over HTTP only. Declare"
            + " userChanged() to return UserChangedSubscription to get the typed operation for a"
            + " transport of your own.",
        api,
        OPERATION_LINE);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void subscriptionAsAnOperationFactoryCompiles() {
    project.write("schema.graphqls", SCHEMA + "\ntype Subscription {\n  userChanged: User!\n}\n");
    project.write("ops.graphql", "subscription UserChanged {\n  userChanged {\n    name\n  }\n}\n");
    JavaFileObject api =
        api("@GraphQLOperation(\"UserChanged\")", "UserChangedSubscription userChanged();");

    Compilation compilation = project.compile(api);

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.UserChangedSubscription");
  }

  // Operation files: no method owns them, so these have no Java element.

  @Test
  void duplicateFragment() {
    String fields = "fragment UserFields on User {\n  name\n}\n";
    project
        .write("a.graphql", fields)
        .write("b.graphql", "\n" + fields)
        .write("ops.graphql", "query Me {\n  me {\n    ...UserFields\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertUnattachedError(
        compilation,
        "src/main/graphql/b.graphql:2:1: [OptixGql/DuplicateFragment] Fragment 'UserFields' is"
            + " already defined at src/main/graphql/a.graphql:1:1; fragment names must be unique"
            + " across the GraphQL root.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void invalidOperationForATypeDefinitionInAnOperationFile() {
    project.write("ops.graphql", ME + "\ntype Extra {\n  id: ID!\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertUnattachedError(
        compilation,
        "src/main/graphql/ops.graphql:7:1: [OptixGql/InvalidOperation] Type system definitions"
            + " belong in a schema snapshot (.graphqls or .json), not in an operation file.");
    assertThat(compilation).hadErrorCount(1);
  }
}
