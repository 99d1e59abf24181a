package dev.optixgql.processor;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds third-party inputs in {@code ../shared} (surefire sets {@code optixgql.shared}); a test
 * that needs an absent one is skipped, and the file is only ever copied into a temporary dir.
 */
final class SharedFiles {
  private SharedFiles() {}

  /** The file at {@code relativePath} under the shared directory; skips the test if absent. */
  static Path require(String relativePath) {
    String shared = System.getProperty("optixgql.shared");
    assumeTrue(shared != null && !shared.isBlank(), "optixgql.shared is not set");
    Path file = Path.of(shared).resolve(relativePath);
    assumeTrue(Files.isRegularFile(file), () -> file + " is absent");
    return file;
  }
}
