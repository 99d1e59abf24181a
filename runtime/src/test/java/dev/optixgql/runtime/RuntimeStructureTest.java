package dev.optixgql.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The request path runs one way: {@link OptixClient} is a facade over {@code internal}'s engine,
 * and nothing under {@code internal} refers back to it (its builder, its nested types included).
 * Read from the compiled classes: a class file names every class it uses in its constant pool, so a
 * reference in code is found and one in a comment is not.
 */
class RuntimeStructureTest {
  /** {@code OptixClient} or a type nested in it, as a class file's constant pool spells it. */
  private static final Pattern CLIENT =
      Pattern.compile("dev/optixgql/runtime/OptixClient(?![A-Za-z0-9_])");

  @Test
  void nothingInternalRefersToTheClientFacade() throws IOException, URISyntaxException {
    List<String> offenders = new ArrayList<>();
    List<Path> internal = classes("internal");
    assertFalse(internal.isEmpty(), "no classes under internal");
    for (Path file : internal) {
      if (refersToClient(file)) {
        offenders.add(file.getFileName().toString());
      }
    }
    assertEquals(List.of(), offenders);
  }

  /** The scan sees a reference where there is one: the facade's builder names OptixClient. */
  @Test
  void theScanSeesTheFacadesOwnReferences() throws IOException, URISyntaxException {
    Path builder = root().resolve("dev/optixgql/runtime/OptixClient$Builder.class");
    assertTrue(refersToClient(builder), builder::toString);
  }

  private static boolean refersToClient(Path file) throws IOException {
    // Constant pool strings are (modified) UTF-8; these names are ASCII, so ISO-8859-1 keeps them.
    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    return CLIENT.matcher(bytes).find();
  }

  private static List<Path> classes(String pkg) throws IOException, URISyntaxException {
    try (Stream<Path> walk = Files.walk(root().resolve("dev/optixgql/runtime").resolve(pkg))) {
      return walk.filter(f -> f.toString().endsWith(".class")).toList();
    }
  }

  private static Path root() throws URISyntaxException {
    Path location =
        Path.of(OptixClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(Files.isDirectory(location), () -> location + " is not a classes directory");
    return location;
  }
}
