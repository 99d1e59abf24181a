package dev.optixgql.maven.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots keep descriptions and deprecations through JSON and SDL, come out sorted whatever the
 * server's order, and are refused when incomplete, leaving the file on disk as it was.
 */
class SnapshotTest {
  private static final String SDL =
      "\"\"\"The root.\"\"\"\n"
          + "type Query {\n"
          + "  \"\"\"Who asks.\"\"\"\n"
          + "  me: User\n"
          + "  zeta: Int @deprecated(reason: \"Use me\")\n"
          + "}\n"
          + "\"\"\"A person.\"\"\"\n"
          + "type User {\n"
          + "  name: String\n"
          + "  email: String\n"
          + "}\n";

  @Test
  void descriptionsAndDeprecationsSurviveJsonAndSdl() {
    Snapshot fromSdl = Snapshot.ofSdl(SDL, Snapshot.Provenance.NONE);
    Snapshot fromJson =
        Snapshot.of(JsonText.readObject(fromSdl.toJson()), Snapshot.Provenance.NONE);

    String sdl = fromJson.toSdl();
    assertTrue(sdl.contains("\"The root.\""), sdl);
    assertTrue(sdl.contains("\"Who asks.\""), sdl);
    assertTrue(sdl.contains("\"A person.\""), sdl);
    assertTrue(sdl.contains("zeta: Int @deprecated(reason: \"Use me\")"), sdl);
    assertEquals(fromSdl.toJson(), fromJson.toJson(), "JSON -> SDL -> JSON is stable");
  }

  @Test
  void theServersOrderDoesNotReachTheFile() {
    Snapshot snapshot = Snapshot.ofSdl(SDL, Snapshot.Provenance.NONE);
    String sdl = snapshot.toSdl();
    assertTrue(sdl.indexOf("email: String") < sdl.indexOf("name: String"), sdl);
    assertTrue(sdl.indexOf("type Query") < sdl.indexOf("type User"), sdl);
  }

  @Test
  void anIncompleteIntrospectionIsRefusedAndTheFileKept(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("organization.json");
    Files.writeString(file, "{\"kept\":true}");
    Map<String, Object> partial =
        Map.of(
            "__schema",
            Map.of(
                "queryType",
                Map.of("name", "Query"),
                "types",
                List.of(
                    Map.of(
                        "kind",
                        "OBJECT",
                        "name",
                        "Query",
                        "fields",
                        List.of(
                            Map.of(
                                "name",
                                "me",
                                "args",
                                List.of(),
                                "type",
                                Map.of("kind", "OBJECT", "name", "User")))))));

    SnapshotException e =
        assertThrows(SnapshotException.class, () -> Snapshot.of(partial, Snapshot.Provenance.NONE));

    assertTrue(
        e.getMessage().startsWith("The introspection is not a complete schema"), e::getMessage);
    assertEquals("{\"kept\":true}", Files.readString(file));
  }

  @Test
  void writingTheSameSnapshotTwiceChangesNothing(@TempDir Path dir) throws Exception {
    Snapshot snapshot =
        Snapshot.ofSdl(SDL, new Snapshot.Provenance("ORGANIZATION", "https://example.test/gql"));
    Path file = dir.resolve("s.graphqls");
    assertTrue(SnapshotFiles.write(snapshot, file));
    assertTrue(!SnapshotFiles.write(snapshot, file), "unchanged the second time");
    assertTrue(
        Files.readString(file)
            .startsWith(
                "# optixgql snapshot of the schema ORGANIZATION tokens see, from"
                    + " https://example.test/gql\n"));
  }
}
