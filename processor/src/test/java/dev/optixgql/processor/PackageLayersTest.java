package dev.optixgql.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages depend only downward along the pipeline, so none depends on a later
 * stage and there is no cycle: read from the compiled classes (every class, method and field
 * descriptor and signature in each class file's constant pool), not from imports, so a fully
 * qualified name in code counts too and a name in a comment does not.
 */
class PackageLayersTest {
  /**
   * Bottom to top: shared vocabulary (diagnostics, options, the IR records and Java naming), the
   * cache every stage reads through, GraphQL's syntax (read into graphql-java's AST), then the
   * stages in pipeline order, then the kinds of generated file (each joins a writer of {@code
   * codegen} to what {@code writing} takes); the root package (the processor and its round) may use
   * them all.
   */
  static final List<String> LAYERS =
      List.of(
          "diagnostic",
          "options",
          "ir",
          "naming",
          "cache",
          "syntax",
          "schema",
          "document",
          "validation",
          "lowering",
          "binding",
          "codegen",
          "writing",
          "units",
          "");

  private static final Pattern REFERENCE =
      Pattern.compile("dev/optixgql/processor/([a-z]+/)?[A-Z]");

  @Test
  void packagesDependOnlyOnLowerLayers() throws IOException, URISyntaxException {
    Map<String, Set<String>> uses = uses(classesDirectory());
    assertEquals(new TreeSet<>(LAYERS), new TreeSet<>(uses.keySet()), "packages without a layer");
    List<String> upward = new ArrayList<>();
    uses.forEach(
        (from, targets) -> {
          for (String to : targets) {
            if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) {
              upward.add(display(from) + " -> " + display(to));
            }
          }
        });
    assertEquals(List.of(), upward, () -> "upward dependencies; all: " + uses);
  }

  /** The check itself sees a dependency: the root package uses every stage. */
  @Test
  void rootUsesTheStages() throws IOException, URISyntaxException {
    Set<String> root = uses(classesDirectory()).get("");
    assertTrue(
        root.containsAll(List.of("schema", "document", "lowering", "writing")), root::toString);
  }

  private static String display(String pkg) {
    return pkg.isEmpty() ? "(root)" : pkg;
  }

  private static Path classesDirectory() throws URISyntaxException {
    Path location =
        Path.of(ProcessingStep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(Files.isDirectory(location), () -> location + " is not a classes directory");
    return location;
  }

  /** For each package of the processor, the other packages its classes refer to. */
  private static Map<String, Set<String>> uses(Path classes) throws IOException {
    Path base = classes.resolve("dev/optixgql/processor");
    Map<String, Set<String>> uses = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(base)) {
      files = walk.filter(f -> f.toString().endsWith(".class")).toList();
    }
    for (Path file : files) {
      Path relative = base.relativize(file.getParent());
      String from = relative.toString().replace('\\', '/');
      Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
      for (String text : utf8Constants(Files.readAllBytes(file))) {
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
          String group = matcher.group(1);
          String to = group == null ? "" : group.substring(0, group.length() - 1);
          if (!to.equals(from)) {
            targets.add(to);
          }
        }
      }
    }
    return uses;
  }

  /** The UTF-8 entries of a class file's constant pool (JVMS §4.4). */
  private static List<String> utf8Constants(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("Not a class file");
    }
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    List<String> texts = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> texts.add(in.readUTF());
        case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++; // takes two entries
        }
        default -> throw new IOException("Unknown constant pool tag " + tag);
      }
    }
    return texts;
  }
}
