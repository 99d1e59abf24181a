package dev.optixgql.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.sandbox.OptixSandbox;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * optixgql-maven-plugin's snapshot goals as a user runs them: the Maven Wrapper, offline from the
 * local repository (the plugin as {@code ./mvnw install} put it there), on a consumer project
 * outside the reactor ({@code src/test/projects/schema-goals}), against an embedded sandbox.
 */
class SchemaGoalsTest {
  private static final String SNAPSHOT = "src/main/graphql/optix/organization.json";

  private static OptixSandbox sandbox;
  private static MavenProject project;

  @BeforeAll
  static void startSandboxAndCopyProject() throws IOException {
    sandbox = OptixSandbox.start();
    project = MavenProject.copy("schema-goals", "schema-goals");
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @Test
  void downloadsASortedSnapshotTheProjectCompilesAgainstAndConvertsIt() throws Exception {
    MavenProject.Run download =
        project.maven(
            Map.of("OPTIX_TOKEN", sandbox.organizationToken()),
            "optixgql:download-schema",
            "-Doptixgql.endpoint=" + sandbox.endpoint(),
            "-Doptixgql.output=" + SNAPSHOT,
            "-Doptixgql.kind=organization");
    assertEquals(0, download.status(), download.output());
    String snapshot = Files.readString(project.resolve(SNAPSHOT));
    assertTrue(snapshot.contains("\"tokenKind\" : \"ORGANIZATION\""), "the kind is recorded");
    assertTrue(download.output().contains("wrote " + project.resolve(SNAPSHOT)), download.output());
    assertFalse(
        download.output().contains(sandbox.organizationToken()), "the token is not printed");
    assertTrue(
        snapshot.indexOf("\"name\" : \"Account\"") < snapshot.indexOf("\"name\" : \"Booking\""),
        "types in name order");

    MavenProject.Run again =
        project.maven(
            Map.of("OPTIX_TOKEN", sandbox.organizationToken()),
            "optixgql:download-schema",
            "-Doptixgql.endpoint=" + sandbox.endpoint(),
            "-Doptixgql.output=" + SNAPSHOT);
    assertEquals(0, again.status(), again.output());
    assertEquals(snapshot, Files.readString(project.resolve(SNAPSHOT)), "deterministic");

    Path testSnapshot = project.resolve("src/test/graphql/optix/organization.json");
    Files.createDirectories(testSnapshot.getParent());
    Files.copy(project.resolve(SNAPSHOT), testSnapshot);
    MavenProject.Run build = project.maven(Map.of(), "package", "-DskipTests");
    assertEquals(0, build.status(), build.output());
    assertTrue(
        Files.isRegularFile(
            project.resolve("target/classes/com/acme/schema/Locations_Impl.class")));
    assertEquals(
        "LocationsQuery.Data[locations=Locations[data=[Location[locationId=L-7, name=Harbour House]]]]",
        runLocations(),
        "the consumer's own operation, on the downloaded snapshot, answered from a fixture");

    MavenProject.Run toSdl =
        project.maven(
            Map.of(),
            "optixgql:convert-schema",
            "-Doptixgql.input=" + SNAPSHOT,
            "-Doptixgql.output=target/organization.graphqls");
    assertEquals(0, toSdl.status(), toSdl.output());
    String sdl = Files.readString(project.resolve("target/organization.graphqls"));
    assertTrue(sdl.contains("type Booking {"), sdl.substring(0, Math.min(300, sdl.length())));
    MavenProject.Run back =
        project.maven(
            Map.of(),
            "optixgql:convert-schema",
            "-Doptixgql.input=target/organization.graphqls",
            "-Doptixgql.output=target/organization.json");
    assertEquals(0, back.status(), back.output());
    assertEquals(
        withoutProvenance(snapshot),
        withoutProvenance(Files.readString(project.resolve("target/organization.json"))),
        "JSON -> SDL -> JSON keeps the schema");

    // Drift: the same schema with a used field gone, an unused type added, a used field deprecated,
    // an enum value that LocationBookings (required variables, @include(if: $v)) writes removed.
    int location = sdl.indexOf("type Location {");
    int end = sdl.indexOf("}", location);
    String block = sdl.substring(location, end);
    write(
        "target/removed.graphqls",
        splice(sdl, location, end, block.replace("\n  location_id: ID!", "")));
    write(
        "target/added.graphqls",
        sdl + "\n\"\"\"Nobody uses this.\"\"\"\ntype Unused {\n  id: ID\n}\n");
    write(
        "target/deprecated.graphqls",
        splice(
            sdl,
            location,
            end,
            block.replace(
                "\n  name: String\n", "\n  name: String @deprecated(reason: \"Use label\")\n")));

    int order = sdl.indexOf("enum BookingOrder {");
    int orderEnd = sdl.indexOf("}", order);
    write(
        "target/enum-value-removed.graphqls",
        splice(
            sdl,
            order,
            orderEnd,
            sdl.substring(order, orderEnd).replace("\n  START_TIMESTAMP_ASC\n", "\n")));

    MavenProject.Run removed = checkAgainst("target/removed.graphqls");
    assertNotEquals(0, removed.status(), removed.output());
    assertTrue(
        removed
            .output()
            .contains(
                "src/main/graphql/ops.graphql:5:7: operation Locations uses Location.location_id"),
        removed.output());
    String report = Files.readString(project.resolve("target/optixgql/schema-check.json"));
    assertTrue(report.contains("\"level\" : \"BREAKING\""), report);
    assertTrue(report.contains("\"line\" : 5"), report);

    assertTrue(
        removed
            .output()
            .contains(
                "src/main/graphql/ops.graphql:5:7: operation Locations is invalid against the new"
                    + " schema"),
        removed.output());

    MavenProject.Run added = checkAgainst("target/added.graphqls");
    assertEquals(0, added.status(), added.output());
    assertTrue(added.output().contains("SAFE TYPE_ADDED Unused"), added.output());
    assertTrue(added.output().contains("0 breaking, 0 dangerous, 1 safe"), added.output());

    MavenProject.Run deprecated = checkAgainst("target/deprecated.graphqls");
    assertEquals(0, deprecated.status(), deprecated.output());
    assertTrue(
        deprecated
            .output()
            .contains(
                "[WARNING] src/main/graphql/ops.graphql:6:7: operation Locations uses"
                    + " Location.name: newly deprecated"),
        deprecated.output());

    MavenProject.Run enumValue = checkAgainst("target/enum-value-removed.graphqls");
    assertNotEquals(0, enumValue.status(), enumValue.output());
    assertTrue(
        enumValue.output().contains("[ERROR] src/main/graphql/ops.graphql:13:")
            && enumValue
                .output()
                .contains("operation LocationBookings is invalid against the new schema"),
        enumValue.output());
    // Every run read both operations; none was skipped for its variables or directives (#24).
    for (MavenProject.Run run : List.of(removed, added, deprecated, enumValue)) {
      assertTrue(run.output().contains("2 operation(s) checked"), run.output());
      assertFalse(
          run.output().contains("cannot be checked") || run.output().contains("cannot be read"),
          run.output());
    }

    // track-inputs: only the .graphql file changes, and the next build regenerates from it
    // (maven-compiler-plugin alone would say "Nothing to compile" and keep the old record).
    Path ops = project.resolve("src/main/graphql/ops.graphql");
    Files.writeString(
        ops, Files.readString(ops).replace("      location_id", "      id: location_id"));
    MavenProject.Run rebuilt = project.maven(Map.of(), "package", "-DskipTests");
    assertEquals(0, rebuilt.status(), rebuilt.output());
    assertTrue(rebuilt.output().contains("GraphQL inputs changed"), rebuilt.output());
    String generated =
        Files.readString(
            project.resolve(
                "target/generated-sources/annotations/com/acme/schema/LocationsQuery.java"));
    assertTrue(generated.contains("String id"), generated);

    // track-test-inputs: the same for src/test/graphql and the test sources.
    Path testOps = project.resolve("src/test/graphql/test-ops.graphql");
    Files.writeString(testOps, Files.readString(testOps).replace("    total", "    count: total"));
    MavenProject.Run retested = project.maven(Map.of(), "test-compile");
    assertEquals(0, retested.status(), retested.output());
    String generatedTest =
        Files.readString(
            project.resolve(
                "target/generated-test-sources/test-annotations/com/acme/schema/TestLocationsQuery.java"));
    assertTrue(generatedTest.contains("int count"), generatedTest);
  }

  /**
   * Loads the consumer's compiled client and calls it against a sandbox serving the downloaded
   * snapshot, with a record of the test's own.
   */
  private static String runLocations() throws Exception {
    try (OptixSandbox served =
            OptixSandbox.builder()
                .organizationSchema(project.resolve(SNAPSHOT))
                .fixture(
                    "Query.locations",
                    Map.of("data", List.of(Map.of("location_id", "L-7", "name", "Harbour House"))))
                .build();
        URLClassLoader classes =
            new URLClassLoader(
                new URL[] {project.resolve("target/classes").toUri().toURL()},
                SchemaGoalsTest.class.getClassLoader());
        OptixClient client =
            OptixClient.builder()
                .endpoint(served.endpoint())
                .tokenProvider(TokenProvider.fixed(served.organizationToken()))
                .build()) {
      Class<?> api = Class.forName("com.acme.schema.Locations", true, classes);
      Object data = api.getMethod("locations").invoke(client.create(api));
      return data.getClass().getSimpleName().equals("Data")
          ? "LocationsQuery.Data" + data.toString().substring("Data".length())
          : data.toString();
    }
  }

  private static MavenProject.Run checkAgainst(String file) throws Exception {
    return project.maven(
        Map.of(),
        "optixgql:check-schema",
        "-Doptixgql.snapshot=" + SNAPSHOT,
        "-Doptixgql.against=" + file);
  }

  private static void write(String file, String text) throws IOException {
    Files.writeString(project.resolve(file), text);
  }

  private static String splice(String text, int from, int to, String replacement) {
    return text.substring(0, from) + replacement + text.substring(to);
  }

  private static String withoutProvenance(String json) {
    int extensions = json.indexOf(",\n  \"extensions\"");
    return extensions < 0 ? json.strip() : json.substring(0, extensions) + "\n}";
  }
}
