package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.optixgql.processor.DiagnosticFixtures.ME;
import static dev.optixgql.processor.DiagnosticFixtures.SCHEMA;
import static dev.optixgql.processor.DiagnosticFixtures.SCHEMA_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.api;
import static dev.optixgql.processor.DiagnosticFixtures.assertCascade;
import static dev.optixgql.processor.DiagnosticFixtures.assertError;
import static dev.optixgql.processor.DiagnosticFixtures.assertUnattachedError;
import static dev.optixgql.processor.DiagnosticFixtures.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One negative case per diagnostic id of the set-up (processor options, the GraphQL root, a
 * snapshot that cannot be read) and of optixgql's own failures: count, id, location and the Java
 * line each is attached to.
 */
class ConfigDiagnosticsTest {
  /** The line of {@code public interface …} in every source built by the fixtures. */
  private static final int INTERFACE_LINE = SCHEMA_LINE + 1;

  @TempDir Path dir;

  @Test
  void graphqlRootNotFound() {
    // Nothing written: the directory the option names does not exist.
    TestProject project = TestProject.in(dir);
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "[OptixGql/GraphQLRootNotFound] The GraphQL root set by -Aoptixgql.graphqlDir does not"
            + " exist: "
            + dir.resolve("src/main/graphql"),
        api,
        INTERFACE_LINE);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void invalidOptionNamesAnUnknownId() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", ME);
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(List.of("-Aoptixgql.severity.Nope=error"), api);

    assertUnattachedError(
        compilation,
        "[OptixGql/InvalidOption] Option -Aoptixgql.severity.Nope=error is not valid: the id must"
            + " be one of the catalog's (see docs/diagnostics.md) and the value one of error,"
            + " warning, ignore.");
    assertThat(compilation).hadErrorCount(1);
    // The option is the only problem: the rest is generated.
    assertTrue(project.generated().contains("test.Api_Impl"), () -> "" + project.generated());
  }

  @Test
  void otherProcessorsOptionsWithAndWithoutValuesAreLeftAlone() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", ME);
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation =
        project.compile(
            List.of("-AsomeFlag", "-Adagger.fastInit=enabled", "-Aoptixgql", "-Aoptixgqlx.y"), api);

    assertThat(compilation).succeeded();
    assertEquals(List.of(), TestProject.optixErrors(compilation));
    assertEquals(Set.of("test.Api_Impl", "test.MeQuery"), project.generated());
  }

  @Test
  void invalidOptionIsAPathOptionWithoutAValue() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", ME);
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(List.of("-Aoptixgql.projectDir"), api);

    assertUnattachedError(
        compilation,
        "[OptixGql/InvalidOption] Option -Aoptixgql.projectDir has no value: give a directory, as"
            + " in -Aoptixgql.projectDir=/path/to/dir.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void invalidOptionIsAMisspeltOptixgqlOption() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", ME);
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(List.of("-Aoptixgql.graphqlDirectory=x"), api);

    assertUnattachedError(
        compilation,
        "[OptixGql/InvalidOption] Option -Aoptixgql.graphqlDirectory is not an optixgql option: they"
            + " are -Aoptixgql.graphqlDir, -Aoptixgql.projectDir, -Aoptixgql.typesPackage,"
            + " -Aoptixgql.cache, -Aoptixgql.cacheDir, -Aoptixgql.stats, -Aoptixgql.testBuilders and"
            + " -Aoptixgql.severity.<Id> (docs/configuration.md). Did you mean"
            + " 'optixgql.graphqlDir'?");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void invalidOptionIsATypesPackageThatIsNotAPackage() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", ME);
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(List.of("-Aoptixgql.typesPackage=com.acme-x"), api);

    assertUnattachedError(
        compilation,
        "[OptixGql/InvalidOption] Option -Aoptixgql.typesPackage=com.acme-x is not a package name:"
            + " give one, as in -Aoptixgql.typesPackage=com.acme.optix.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void invalidOptionGivesAnUnknownLevel() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", ME);
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation =
        project.compile(List.of("-Aoptixgql.severity.Deprecation=quiet"), api);

    assertUnattachedError(
        compilation,
        "[OptixGql/InvalidOption] Option -Aoptixgql.severity.Deprecation=quiet is not valid:");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void schemaUnreadable() throws IOException {
    TestProject project = TestProject.in(dir).write("ops.graphql", ME);
    Files.createDirectories(dir.resolve("src/main/graphql/schema.graphqls"));
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation = project.compile(api);

    // About the file as a whole: its path, no line.
    assertError(
        compilation,
        "src/main/graphql/schema.graphqls: [OptixGql/SchemaUnreadable] Cannot read the schema"
            + " snapshot: ",
        api,
        SCHEMA_LINE);
    assertCascade(compilation, "MeQuery");
  }

  @Test
  void internalFailureStaysWithItsInterface() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", ME);
    JavaFileObject broken = named("Broken", "@GraphQLOperation(\"Me\")", "MeQuery.Data me();");
    JavaFileObject fine = named("Fine", "@GraphQLOperation(\"Me\")", "MeQuery.Data me();");

    Compilation compilation =
        project.compile(List.of("-Aoptixgql.internal.failFor=Broken"), broken, fine);

    String message =
        assertError(
            compilation,
            "[OptixGql/Internal] optixgql failed unexpectedly (java.lang.IllegalStateException:"
                + " injected by -Aoptixgql.internal.failFor).",
            broken,
            INTERFACE_LINE);
    assertTrue(
        message.contains(
            "This is a bug in optixgql, not in your code: please report it with the .graphql"
                + " files and snapshot involved."),
        message);
    assertThat(compilation).hadErrorCount(1);
    // Fine is generated in full, Broken's implementation is not.
    assertEquals(Set.of("test.Fine_Impl", "test.MeQuery"), project.generated());
  }
}
