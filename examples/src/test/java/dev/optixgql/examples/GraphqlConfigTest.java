package dev.optixgql.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code graphql.config.yml} (read by editors' GraphQL plugins) true: each project's schema
 * is a snapshot an interface binds, its documents glob matches files, and every {@code .graphql}
 * file of the module is in some project, so an editor checks each one.
 */
class GraphqlConfigTest {
  private static final Path CONFIG = Path.of("graphql.config.yml");

  /** Project name → its {@code schema} and {@code documents} values. */
  private static Map<String, Map<String, String>> projects;

  @BeforeAll
  static void read() throws IOException {
    projects = new LinkedHashMap<>();
    String project = null;
    for (String line : Files.readAllLines(CONFIG, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      String text = line.strip();
      if (indent == 2 && text.endsWith(":")) {
        project = text.substring(0, text.length() - 1);
        projects.put(project, new LinkedHashMap<>());
      } else if (indent == 4 && project != null) {
        int colon = text.indexOf(':');
        projects.get(project).put(text.substring(0, colon), text.substring(colon + 1).strip());
      }
    }
  }

  @Test
  void everyProjectHasASchemaAndDocuments() {
    assertEquals(List.of("optix", "catalog"), new ArrayList<>(projects.keySet()));
    for (Map<String, String> project : projects.values()) {
      assertEquals(List.of("schema", "documents"), new ArrayList<>(project.keySet()));
    }
  }

  @Test
  void schemasAreSnapshotsTheInterfacesBind() throws IOException {
    assertEquals(
        "src/main/graphql/optix/organization.graphqls", projects.get("optix").get("schema"));
    String bindings =
        Files.readString(
            Path.of("src/main/java/dev/optixgql/examples/OrganizationApi.java"),
            StandardCharsets.UTF_8);
    assertTrue(bindings.contains("schema = \"optix/organization.graphqls\""), bindings);
    for (Map<String, String> project : projects.values()) {
      Path schema = Path.of(project.get("schema"));
      assertTrue(Files.isRegularFile(schema), () -> "no schema " + schema.toAbsolutePath());
    }
  }

  @Test
  void everyGraphqlFileIsInAProjectAndEveryGlobMatches() throws IOException {
    List<Path> documents = new ArrayList<>();
    for (String root : List.of("src/main/graphql", "src/test/graphql")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        files.filter(f -> f.toString().endsWith(".graphql")).forEach(documents::add);
      }
    }
    assertTrue(documents.size() >= 5, documents::toString);
    for (Map.Entry<String, Map<String, String>> project : projects.entrySet()) {
      String glob = project.getValue().get("documents");
      assertFalse(
          documents.stream().noneMatch(d -> matches(glob, d)),
          () -> project.getKey() + ": " + glob + " matches no file");
    }
    for (Path document : documents) {
      assertTrue(
          projects.values().stream().anyMatch(p -> matches(p.get("documents"), document)),
          () -> document + " is in no project of " + CONFIG);
    }
  }

  /**
   * Glob matching as editors do it: {@code a/**}{@code /*.graphql} also matches {@code
   * a/x.graphql}.
   */
  private static boolean matches(String glob, Path file) {
    Path relative = Path.of(file.toString().replace('\\', '/'));
    return FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(relative)
        || FileSystems.getDefault()
            .getPathMatcher("glob:" + glob.replace("**/", ""))
            .matches(relative);
  }
}
