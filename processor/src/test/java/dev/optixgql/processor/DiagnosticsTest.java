package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.optixgql.processor.DiagnosticFixtures.ME;
import static dev.optixgql.processor.DiagnosticFixtures.OPERATION_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.SCHEMA;
import static dev.optixgql.processor.DiagnosticFixtures.SCHEMA_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.api;
import static dev.optixgql.processor.DiagnosticFixtures.assertCascade;
import static dev.optixgql.processor.DiagnosticFixtures.assertError;
import static dev.optixgql.processor.DiagnosticFixtures.assertUnattachedError;
import static dev.optixgql.processor.DiagnosticFixtures.client;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One negative case per diagnostic id of the GraphQL side (snapshots, operation files, operations
 * against the schema): a minimal broken input, and the count, id, location and Java line of what
 * the processor reports. When a broken operation leaves a class the interface names ungenerated,
 * javac adds one "package … does not exist" error: those tests say so with {@link
 * DiagnosticFixtures#assertCascade}.
 */
class DiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void writeSchema() {
    project = TestProject.in(dir).write("schema.graphqls", SCHEMA);
  }

  // Operations against the schema: attached to the @GraphQLOperation value.

  @Test
  void unknownField() {
    project.write("ops.graphql", "query Me {\n  me {\n    nmae\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    String message =
        assertError(
            compilation,
            "src/main/graphql/ops.graphql:3:5: [OptixGql/UnknownField] Field 'nmae' is not"
                + " defined on type 'User' (schema src/main/graphql/schema.graphqls).",
            api,
            OPERATION_LINE);
    assertTrue(message.endsWith(" Did you mean 'name'?"), message);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void unknownArgument() {
    project.write("ops.graphql", "query Users {\n  users(limt: 5) {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Users\")", "UsersQuery.Data users();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:2:9: [OptixGql/UnknownArgument] Argument 'limt' is not"
            + " defined on field 'Query.users' (schema src/main/graphql/schema.graphqls). Did you"
            + " mean 'limit'?",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "UsersQuery");
  }

  @Test
  void unknownArgumentOfADirective() {
    project.write(
        "ops.graphql",
        "query Users {\n  users {\n    name @include(if: true, iff: true)\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Users\")", "UsersQuery.Data users();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:3:29: [OptixGql/UnknownArgument] Argument 'iff' is not"
            + " defined on directive '@include' (schema src/main/graphql/schema.graphqls). Did you"
            + " mean 'if'?",
        api,
        OPERATION_LINE);
  }

  @Test
  void missingArgument() {
    project.write("ops.graphql", "query User {\n  user {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"User\")", "UserQuery.Data user();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:2:3: [OptixGql/MissingArgument] Missing field argument 'id'",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "UserQuery");
  }

  @Test
  void variableTypeMismatch() {
    project.write(
        "ops.graphql", "query User($id: String!) {\n  user(id: $id) {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"User\")", "UserQuery.Data user(String id);");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:2:12: [OptixGql/VariableTypeMismatch] Variable 'id' of type"
            + " 'String!' used in position expecting type 'ID!'",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "UserQuery");
  }

  @Test
  void wrongValue() {
    project.write("ops.graphql", "query Users {\n  users(limit: \"ten\") {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Users\")", "UsersQuery.Data users();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        // At the value, not the argument's name.
        "src/main/graphql/ops.graphql:2:16: [OptixGql/WrongValue] Argument 'limit' with value"
            + " \"ten\" is not a valid 'Int' - expected an Int literal, got a String",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "UsersQuery");
  }

  @Test
  void unknownFragment() {
    project.write("ops.graphql", "query Me {\n  me {\n    ...UserFields\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:3:5: [OptixGql/UnknownFragment] Fragment 'UserFields' is"
            + " not defined in any .graphql file under the GraphQL root.",
        api,
        OPERATION_LINE);
    assertCascade(compilation, "MeQuery");
  }

  // Operation files: no method owns them, so these have no Java element.

  @Test
  void syntaxError() {
    project.write("ops.graphql", "query Me {\n  me {\n    name:\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertUnattachedError(
        compilation,
        "src/main/graphql/ops.graphql:4:3: [OptixGql/SyntaxError] Invalid GraphQL syntax at '}'.");
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void anUnclosedBracePointsAtWhereItOpened() {
    project.write(
        "ops.graphql", "query Me {\n  me {\n    # a comment with a { brace\n    name\n  }\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertUnattachedError(
        compilation,
        "src/main/graphql/ops.graphql:1:10: [OptixGql/SyntaxError] The '{' at line 1, column 10 is"
            + " never closed: the file ends first.");
  }

  @Test
  void aMistypedEnumValueGetsASuggestion() {
    project.write(
        "schema.graphqls",
        SCHEMA.replace("NAME_ASC\n", "NAME_ASC\n  START_TIMESTAMP_ASC\n  START_TIMESTAMP_DESC\n"));
    project.write("ops.graphql", "query Users {\n  users(order: START_ASC) {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Users\")", "UsersQuery.Data users();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/ops.graphql:2:16: [OptixGql/WrongValue] Value 'START_ASC' is not in enum"
            + " 'UserOrder' (schema src/main/graphql/schema.graphqls). Did you mean"
            + " 'START_TIMESTAMP_ASC'",
        api,
        OPERATION_LINE);
  }

  @Test
  void anonymousOperation() {
    project.write("ops.graphql", ME).write("anonymous.graphql", "{\n  me {\n    id\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertUnattachedError(
        compilation,
        "src/main/graphql/anonymous.graphql:1:1: [OptixGql/AnonymousOperation] Operations must be"
            + " named");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void duplicateOperation() {
    project.write("a.graphql", ME).write("b.graphql", "query Me {\n  me {\n    id\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertUnattachedError(
        compilation,
        "src/main/graphql/b.graphql:1:1: [OptixGql/DuplicateOperation] Operation 'Me' is already"
            + " defined at src/main/graphql/a.graphql:1:1;");
    assertThat(compilation).hadErrorCount(1);
  }

  // Schema snapshots: attached to the schema value of @GraphQLClient.

  @Test
  void schemaNotFound() {
    project.write("ops.graphql", ME);
    JavaFileObject api =
        client("missing.graphqls", "@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "[OptixGql/SchemaNotFound] Schema snapshot 'missing.graphqls' not found: looked for"
            + " src/main/graphql/missing.graphqls",
        api,
        SCHEMA_LINE);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void schemaOutsideRoot() throws IOException {
    project.write("ops.graphql", ME);
    Files.writeString(dir.resolve("secret.txt"), "type Query { secret: String }\n");
    for (String path : List.of("../../../secret.txt", dir.resolve("secret.txt").toString())) {
      JavaFileObject api = client(path, "@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

      Compilation compilation = project.compile(api);

      assertError(
          compilation,
          "[OptixGql/SchemaOutsideRoot] Schema snapshot '"
              + path
              + "' is not a path under the GraphQL root src/main/graphql: name it relative to the"
              + " root, without leaving it,",
          api,
          SCHEMA_LINE);
      assertCascade(compilation, "MeQuery");
    }
  }

  @Test
  void schemaMalformedJson() {
    project
        .write("ops.graphql", ME)
        .write(
            "schema.json",
            "{\n  \"__schema\": {\n    \"queryType\": {\"name\": \"Query\"},\n"
                + "    \"types\": [,]\n  }\n}\n");
    JavaFileObject api = client("schema.json", "@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/schema.json:4:15: [OptixGql/SchemaMalformedJson] The schema snapshot is"
            + " not valid JSON: Unexpected character (','",
        api,
        SCHEMA_LINE);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void schemaNotIntrospection() {
    project
        .write("ops.graphql", ME)
        .write("schema.json", "{\"data\": {\"me\": {\"name\": \"Ada\"}}}\n");
    JavaFileObject api = client("schema.json", "@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "src/main/graphql/schema.json:1:1: [OptixGql/SchemaNotIntrospection] The schema snapshot"
            + " is JSON but not an introspection result",
        api,
        SCHEMA_LINE);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void schemaInvalid() {
    project.write("ops.graphql", ME).write("broken.graphqls", "type Query {\n  me: Person\n}\n");
    JavaFileObject api =
        client("broken.graphqls", "@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    // graphql-java locates an undefined field type at the type that declares the field.
    assertError(
        compilation,
        "src/main/graphql/broken.graphqls:1:1: [OptixGql/SchemaInvalid] The schema snapshot is not"
            + " a valid schema: The field type 'Person' is not present when resolving type 'Query'",
        api,
        SCHEMA_LINE);
    assertCascade(compilation, "MeQuery");
  }
}
