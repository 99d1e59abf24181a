package dev.optixgql.processor.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files under the GraphQL root are operation files, and in what order. */
class OperationFilesTest {
  @TempDir Path root;

  private Path write(String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "query Q { a }");
    return file.toAbsolutePath().normalize();
  }

  @Test
  void everyGraphqlFileAtAnyDepthInPathOrderButTheSnapshots() throws IOException {
    Path b = write("b.graphql");
    Path nested = write("z/deeper/c.GraphQL");
    Path a = write("a/a.graphql");
    Path snapshot = write("optix/schema.graphql");
    write("optix/organization.graphqls");
    write("notes.txt");
    Path linked = root.resolve("linked.graphql");
    Files.createSymbolicLink(linked, b);

    assertEquals(
        List.of(a, b, linked.toAbsolutePath().normalize(), nested),
        OperationFiles.under(root, Set.of(snapshot)));
  }

  @Test
  void aRootThatCannotBeReadThrows() {
    assertThrows(IOException.class, () -> OperationFiles.under(root.resolve("missing"), Set.of()));
  }
}
