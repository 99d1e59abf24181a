package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.optixgql.processor.DiagnosticFixtures.OPERATION_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.SCHEMA;
import static dev.optixgql.processor.DiagnosticFixtures.SCHEMA_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.api;
import static dev.optixgql.processor.DiagnosticFixtures.assertError;
import static dev.optixgql.processor.DiagnosticFixtures.assertWarning;
import static dev.optixgql.processor.DiagnosticFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The advice the processor gives as warnings ({@code Deprecation}, {@code UnmappedScalar}): each
 * one's count, id, location and Java line; and how a user silences or escalates one, with
 * {@code @SuppressWarnings("optixgql:deprecation")} or {@code -Aoptixgql.severity.<Id>=…}.
 */
class WarningDiagnosticsTest {
  /** A schema with a deprecated field, whose reason ends with a period, and a custom scalar. */
  private static final String ADVISED_SCHEMA =
      SCHEMA
          + """

          extend type User {
            fullName: String @deprecated(reason: "Use 'name' instead.")
            balance: Money
          }

          scalar Money
          """;

  private static final String FULL_NAME = "query Me {\n  me {\n    fullName\n  }\n}\n";

  private static final String DEPRECATION =
      "src/main/graphql/ops.graphql:3:5: [OptixGql/Deprecation] Field 'User.fullName' is"
          + " deprecated: Use 'name' instead. Suppress with"
          + " @SuppressWarnings(\"optixgql:deprecation\") on the method or interface.";

  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void writeSchema() {
    project = TestProject.in(dir).write("schema.graphqls", ADVISED_SCHEMA);
  }

  @Test
  void deprecation() {
    project.write("ops.graphql", FULL_NAME);
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertWarning(compilation, DEPRECATION, api, OPERATION_LINE);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.Api_Impl");
  }

  @Test
  void deprecationSuppressedOnTheMethod() {
    project.write("ops.graphql", FULL_NAME);
    JavaFileObject api =
        api(
            "@SuppressWarnings(\"optixgql:deprecation\")",
            "@GraphQLOperation(\"Me\")",
            "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertNoOptixWarning(compilation);
  }

  @Test
  void deprecationSuppressedOnTheInterface() {
    project.write("ops.graphql", FULL_NAME);
    JavaFileObject api =
        JavaFileObjects.forSourceString(
            "test.Api",
            source(
                "schema.graphqls",
                "@SuppressWarnings(\"optixgql:deprecation\")\npublic interface Api {",
                "@GraphQLOperation(\"Me\")",
                "MeQuery.Data me();"));

    Compilation compilation = project.compile(api);

    assertNoOptixWarning(compilation);
  }

  @Test
  void deprecationMadeAnError() {
    project.write("ops.graphql", FULL_NAME);
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation =
        project.compile(List.of("-Aoptixgql.severity.Deprecation=error"), api);

    assertError(compilation, DEPRECATION, api, OPERATION_LINE);
    assertThat(compilation).hadErrorCount(1);
    assertEquals(List.of(), TestProject.optixWarnings(compilation));
  }

  @Test
  void deprecationIgnored() {
    project.write("ops.graphql", FULL_NAME);
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation =
        project.compile(List.of("-Aoptixgql.severity.Deprecation=ignore"), api);

    assertNoOptixWarning(compilation);
    assertThat(compilation).generatedSourceFile("test.Api_Impl");
  }

  @Test
  void unmappedScalar() {
    project.write("ops.graphql", "query Me {\n  me {\n    balance\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    // About the schema's scalar, not a place in an operation: attached to the schema value.
    assertWarning(
        compilation,
        "[OptixGql/UnmappedScalar] Custom scalar 'Money' has no mapping, so its values are read"
            + " and written as their JSON text (String). Map it with @GraphQLClient(scalars ="
            + " @GraphQLScalar(name = \"Money\", javaType = …, adapter = …)).",
        api,
        SCHEMA_LINE);
    assertThat(compilation).succeeded();
  }

  @Test
  void anotherSchemasDateTimeIsUnmappedNotReadInOptixFormat() {
    // GitHub's DateTime is ISO-8601: Optix's adapter (Y-m-d H:i:s) would fail on every value.
    project.write(
        "schema.graphqls",
        "\"\"\"An ISO-8601 encoded UTC date string.\"\"\"\nscalar DateTime\n\n"
            + "type Query {\n  me: User!\n}\n\ntype User {\n  createdAt: DateTime!\n}\n");
    project.write("ops.graphql", "query Me {\n  me {\n    createdAt\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertWarning(
        compilation,
        "[OptixGql/UnmappedScalar] Custom scalar 'DateTime' has no mapping, so its values are read"
            + " and written as their JSON text (String).",
        api,
        SCHEMA_LINE);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("test.MeQuery")
        .contentsAsUtf8String()
        .contains("record Me(String createdAt)");
  }

  @Test
  void anOptixSnapshotsDateTimeIsMappedWithoutAWord() {
    project.write(
        "schema.graphqls",
        "scalar DateTime\n\ntype Query {\n  me: Organization!\n}\n\ntype Organization {\n"
            + "  organization_id: ID!\n  organization_uuid: String!\n  created: DateTime!\n}\n");
    project.write("ops.graphql", "query Me {\n  me {\n    created\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertNoOptixWarning(compilation);
    assertThat(compilation)
        .generatedSourceFile("test.MeQuery")
        .contentsAsUtf8String()
        .contains("record Me(LocalDateTime created)");
  }

  /**
   * Asserts the build succeeded without a warning of ours. javac's lint may still warn: with
   * -Xlint:all it says {@code @Deprecated} on a record component "has no effect" on the canonical
   * constructor's parameter.
   */
  private static void assertNoOptixWarning(Compilation compilation) {
    assertThat(compilation).succeeded();
    assertEquals(List.of(), TestProject.optixWarnings(compilation));
  }
}
