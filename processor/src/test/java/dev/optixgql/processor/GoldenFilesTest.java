package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.optixgql.processor.cache.GeneratedUnits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the shape of generated code: compiles the golden Optix fixture (with the test builders,
 * {@code -Aoptixgql.testBuilders=true}) and compares every generated file, byte for byte, with
 * {@code golden/optix/expected/}; {@code -DupdateGoldens=true} rewrites those files instead.
 */
class GoldenFilesTest {
  private static final Path FIXTURE = moduleDir().resolve("src/test/resources/golden/optix");
  private static final Path EXPECTED = FIXTURE.resolve("expected");

  private static final JavaFileObject API =
      JavaFileObjects.forSourceString(
          "dev.optixgql.golden.BookingsApi",
          """
          package dev.optixgql.golden;

          import dev.optixgql.runtime.GraphQLClient;
          import dev.optixgql.runtime.GraphQLOperation;
          import dev.optixgql.runtime.Pages;
          import dev.optixgql.runtime.TokenKind;
          import java.util.concurrent.CompletableFuture;

          /** The bookings side of an Optix app, bound to the golden snapshot. */
          @GraphQLClient(schema = "optix.graphqls", token = TokenKind.ORGANIZATION)
          public interface BookingsApi {
            @GraphQLOperation("UpcomingBookings")
            UpcomingBookingsQuery.Data upcoming(
                Integer limit, BookingOrder order, boolean withUser);

            @GraphQLOperation("BookingPeople")
            BookingPeopleQuery.Data people();

            @GraphQLOperation("CommitBookings")
            CompletableFuture<CommitBookingsMutation.Data> commit(BookingSetInput input);

            @GraphQLOperation("BookingPages")
            BookingPagesQuery.Data bookingPages(Integer page, Integer limit, BookingOrder order);

            @GraphQLOperation("BookingPages")
            Pages<BookingPagesQuery.Data.Bookings.Booking> allBookings(BookingOrder order);
          }
          """);

  @TempDir Path temporary;

  @Test
  void generatedFilesMatchGoldens() throws IOException {
    Map<String, byte[]> generated = generate();
    if (Boolean.getBoolean("updateGoldens")) {
      rewrite(generated);
      return;
    }
    assertMatchesGoldens(generated);
  }

  /**
   * The cache changes nothing: generated from IR read back from the cache (the cached texts
   * removed), and then with everything read from the cache, the files are the goldens.
   */
  @Test
  void filesFromTheCacheMatchGoldens() throws IOException {
    List<String> cached = List.of("-Aoptixgql.cacheDir=" + temporary.resolve("cache"));
    generate(cached);
    int removed = 0;
    try (Stream<Path> entries = Files.list(temporary.resolve("cache"))) {
      for (Path entry : entries.toList()) {
        // An entry file is an 8-byte checksum, then the payload.
        byte[] bytes = Files.readAllBytes(entry);
        if (GeneratedUnits.decode(Arrays.copyOfRange(bytes, 8, bytes.length)) != null) {
          Files.delete(entry);
          removed++;
        }
      }
    }
    assertEquals(read(EXPECTED).size(), removed, "every generated file's text was cached");
    assertMatchesGoldens(generate(cached));
    assertMatchesGoldens(generate(cached));
  }

  private static void assertMatchesGoldens(Map<String, byte[]> generated) throws IOException {
    Map<String, byte[]> expected = read(EXPECTED);
    List<String> problems = new ArrayList<>();
    Set<String> names = new TreeSet<>(generated.keySet());
    names.addAll(expected.keySet());
    for (String name : names) {
      if (!expected.containsKey(name)) {
        problems.add("Generated " + name + " has no expected file in " + EXPECTED);
      } else if (!generated.containsKey(name)) {
        problems.add("Expected " + name + " was not generated");
      } else if (!Arrays.equals(expected.get(name), generated.get(name))) {
        problems.add(
            LineDiff.excerpt(
                name,
                new String(expected.get(name), StandardCharsets.UTF_8),
                new String(generated.get(name), StandardCharsets.UTF_8)));
      }
    }
    if (!problems.isEmpty()) {
      fail(
          String.join("\n", problems)
              + "\nIf the change is intended, run: ./mvnw -pl processor test"
              + " -Dtest=GoldenFilesTest -DupdateGoldens=true");
    }
  }

  @Test
  void outputIsDeterministic() throws IOException {
    Map<String, byte[]> first = generate();
    Map<String, byte[]> second = generate();
    assertEquals(first.keySet(), second.keySet());
    for (String name : first.keySet()) {
      assertEquals(
          new String(first.get(name), StandardCharsets.UTF_8),
          new String(second.get(name), StandardCharsets.UTF_8),
          name);
    }
  }

  private static Map<String, byte[]> generate() throws IOException {
    return generate(List.of());
  }

  /** Compiles the fixture (generated code included) and returns its files by relative path. */
  private static Map<String, byte[]> generate(List<String> options) throws IOException {
    List<String> all = new ArrayList<>(options);
    all.add("-Aoptixgql.testBuilders=true"); // the goldens include the test builders
    Compilation compilation =
        TestProject.ofGraphqlDir(FIXTURE.resolve("graphql")).compile(all, API);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, byte[]> out = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      String marker = "SOURCE_OUTPUT/";
      try (InputStream in = file.openInputStream()) {
        out.put(path.substring(path.indexOf(marker) + marker.length()), in.readAllBytes());
      }
    }
    return out;
  }

  private static Map<String, byte[]> read(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return out;
  }

  private static void rewrite(Map<String, byte[]> generated) throws IOException {
    for (String stale : read(EXPECTED).keySet()) {
      Files.delete(EXPECTED.resolve(stale));
    }
    for (Map.Entry<String, byte[]> file : generated.entrySet()) {
      Path target = EXPECTED.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
    System.out.println("Rewrote " + generated.size() + " golden files in " + EXPECTED);
  }

  /** The processor module: surefire's {@code basedir}, else the working directory. */
  private static Path moduleDir() {
    Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    Path nested = dir.resolve("processor");
    return Files.isDirectory(dir.resolve("src/test/resources/golden"))
            || !Files.isDirectory(nested.resolve("src/test/resources/golden"))
        ? dir
        : nested;
  }
}
