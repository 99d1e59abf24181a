package dev.optixgql.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.sandbox.OptixSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where {@code optixgql:download-schema} takes its token from, and what it does when the token is
 * wrong: run as {@link SchemaGoalsTest} runs the goals, on a copy of the same consumer project (a
 * class apart, so Surefire's second JVM runs it beside that one).
 */
class SchemaTokensTest {
  private static OptixSandbox sandbox;
  private static MavenProject project;

  @BeforeAll
  static void startSandboxAndCopyProject() throws IOException {
    sandbox = OptixSandbox.start();
    project = MavenProject.copy("schema-goals", "schema-tokens");
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @Test
  void aTokenOfTheWrongKindSendsNothingAndKeepsTheSnapshot() throws Exception {
    Path file = project.resolve("target/kept.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"kept\":true}\n");
    int before = sandbox.requestCount();

    MavenProject.Run refused =
        project.maven(
            Map.of("OPTIX_TOKEN", sandbox.organizationToken()),
            "optixgql:download-schema",
            "-Doptixgql.endpoint=" + sandbox.endpoint(),
            "-Doptixgql.output=target/kept.json",
            "-Doptixgql.kind=personal");

    assertNotEquals(0, refused.status());
    assertTrue(refused.output().contains("Nothing was sent"), refused.output());
    assertEquals(before, sandbox.requestCount());
    assertEquals("{\"kept\":true}\n", Files.readString(file));
  }

  @Test
  void aRefusedTokenFailsWithoutPrintingItOrTouchingTheSnapshot() throws Exception {
    Path file = project.resolve("target/kept-too.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"kept\":true}\n");
    String wrong = "n0t-a-real-t0ken-4242o";

    MavenProject.Run refused =
        project.maven(
            Map.of("OPTIX_TOKEN", wrong),
            "optixgql:download-schema",
            "-Doptixgql.endpoint=" + sandbox.endpoint(),
            "-Doptixgql.output=target/kept-too.json");

    assertNotEquals(0, refused.status());
    assertTrue(refused.output().contains("was left as it was"), refused.output());
    assertFalse(refused.output().contains(wrong), refused.output());
    assertEquals("{\"kept\":true}\n", Files.readString(file));
  }

  @Test
  void theTokenMayComeFromASettingsServer() throws Exception {
    Path settings = project.resolve("target/settings.xml");
    Files.createDirectories(settings.getParent());
    Files.writeString(
        settings,
        "<settings><servers><server><id>optix</id><password>"
            + sandbox.personalToken()
            + "</password></server></servers></settings>\n");

    MavenProject.Run download =
        project.maven(
            Map.of(),
            "-s",
            settings.toString(),
            "optixgql:download-schema",
            "-Doptixgql.endpoint=" + sandbox.endpoint(),
            "-Doptixgql.serverId=optix",
            "-Doptixgql.output=target/personal.graphqls");

    assertEquals(0, download.status(), download.output());
    String sdl = Files.readString(project.resolve("target/personal.graphqls"));
    assertTrue(sdl.startsWith("# optixgql snapshot of the schema PERSONAL tokens see"), sdl);
    assertFalse(download.output().contains(sandbox.personalToken()));
  }
}
