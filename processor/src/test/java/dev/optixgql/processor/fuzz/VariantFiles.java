package dev.optixgql.processor.fuzz;

import dev.optixgql.processor.options.ProjectPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A project directory whose GraphQL root ({@code src/main/graphql}) holds exactly one variant's
 * files at a time, written byte for byte, so diagnostics name files as users would see them.
 */
final class VariantFiles {
  private final Path projectDir;
  private final Path root;

  VariantFiles(Path projectDir) {
    this.projectDir = projectDir.toAbsolutePath().normalize();
    this.root = this.projectDir.resolve("src/main/graphql");
  }

  Path projectDir() {
    return projectDir;
  }

  Path root() {
    return root;
  }

  ProjectPaths paths() {
    return new ProjectPaths(projectDir);
  }

  /** Replaces the root's contents with {@code files} (path → bytes as ISO-8859-1 text). */
  void write(Map<String, String> files) {
    try {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          List<Path> old = walk.sorted(Comparator.reverseOrder()).toList();
          for (Path path : old) {
            if (!path.equals(root)) {
              Files.delete(path);
            }
          }
        }
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue().getBytes(StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
