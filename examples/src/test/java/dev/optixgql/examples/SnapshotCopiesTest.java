package dev.optixgql.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples validate against copies of the sandbox's schema snapshots; this keeps the two copies
 * byte-identical, so the clients and the server they run against cannot drift apart.
 */
class SnapshotCopiesTest {
  private static final Path EXAMPLES_SNAPSHOTS = Path.of("src/main/graphql/optix");
  private static final Path SANDBOX_SNAPSHOTS =
      Path.of("../sandbox/src/main/resources/dev/optixgql/sandbox");

  @ParameterizedTest
  @ValueSource(strings = {"organization.graphqls", "personal.graphqls"})
  void examplesSnapshotIsTheSandboxsByteForByte(String name) throws IOException {
    Path copy = EXAMPLES_SNAPSHOTS.resolve(name);
    Path original = SANDBOX_SNAPSHOTS.resolve(name);
    assertTrue(Files.isRegularFile(copy), () -> "missing " + copy.toAbsolutePath());
    assertTrue(Files.isRegularFile(original), () -> "missing " + original.toAbsolutePath());

    byte[] copyBytes = Files.readAllBytes(copy);
    byte[] originalBytes = Files.readAllBytes(original);

    if (!Arrays.equals(copyBytes, originalBytes)) {
      fail(copy + " differs from " + original + firstDifference(copy, original));
    }
  }

  /** Where two text files first differ, to say which copy to update. */
  private static String firstDifference(Path a, Path b) throws IOException {
    List<String> left = Files.readAllLines(a);
    List<String> right = Files.readAllLines(b);
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      if (!left.get(i).equals(right.get(i))) {
        return " at line " + (i + 1) + ":\n  " + left.get(i) + "\n  " + right.get(i);
      }
    }
    return left.size() == right.size()
        ? " (line endings or trailing bytes)"
        : " in length: " + left.size() + " vs " + right.size() + " lines";
  }
}
