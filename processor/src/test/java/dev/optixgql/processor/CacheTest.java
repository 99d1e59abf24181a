package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.optixgql.processor.DiagnosticFixtures.SCHEMA;
import static dev.optixgql.processor.DiagnosticFixtures.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk cache: a compilation whose GraphQL inputs did not change reads every lowered
 * operation and generated file back, without building the schema, and its output and diagnostics
 * are those of a compilation without the cache; whatever changed is computed again; a damaged or
 * unwritable cache changes nothing but speed.
 */
class CacheTest {
  private static final String SCHEMA_WITH_ADVICE =
      SCHEMA
          + """

          extend type User {
            fullName: String @deprecated(reason: "Use 'name' instead.")
            balance: Money
          }

          scalar Money

          input UserFilter {
            order: UserOrder = NAME_ASC
            named: String
          }

          extend type Query {
            search(filter: UserFilter!): [User!]!
          }
          """;

  private static final String USERS =
      "query Users($order: UserOrder) {\n  users(order: $order) {\n    ...Who\n  }\n}\n";
  private static final String WHO = "fragment Who on User {\n  id\n  name\n}\n";
  private static final String SEARCH =
      "query Search($filter: UserFilter!) {\n  search(filter: $filter) {\n    fullName\n"
          + "    balance\n  }\n}\n";

  private static final JavaFileObject API =
      api(
          "@GraphQLOperation(\"Users\")",
          "UsersQuery.Data users(UserOrder order);",
          "@GraphQLOperation(\"Search\")",
          "SearchQuery.Data search(UserFilter filter);");

  @TempDir Path dir;
  private TestProject project;
  private Path cache;

  @BeforeEach
  void writeProject() {
    project =
        TestProject.in(dir.resolve("project"))
            .write("schema.graphqls", SCHEMA_WITH_ADVICE)
            .write("users.graphql", USERS + "\n" + WHO)
            .write("search.graphql", SEARCH);
    cache = dir.resolve("cache");
  }

  @Test
  void anUnchangedProjectIsReadFromTheCacheWithoutBuildingTheSchema() {
    Compilation first = compile();
    Compilation second = compile();

    assertEquals(
        "optixgql: .graphql files parsed 2 of 2; operations lowered 2, from the cache 0; files generated 6, from the cache 0;"
            + " schemas built: src/main/graphql/schema.graphqls (whole); cache: "
            + cache,
        stats(first));
    assertEquals(
        "optixgql: .graphql files parsed 0 of 2; operations lowered 0, from the cache 2; files generated 0, from the cache 6;"
            + " schemas built: none; cache: "
            + cache,
        stats(second));
    assertEquals(sources(uncached()), sources(first));
    assertEquals(sources(first), sources(second));
  }

  @Test
  void warningsComeBackFromTheCacheAtTheSamePlaces() {
    Compilation first = compile();
    Compilation second = compile();

    List<String> warnings = warnings(first);
    assertEquals(2, warnings.size(), () -> warnings.toString());
    assertTrue(warnings.get(0).contains("[OptixGql/Deprecation]"), warnings::toString);
    assertTrue(warnings.get(1).contains("[OptixGql/UnmappedScalar]"), warnings::toString);
    assertEquals(warnings(uncached()), warnings);
    assertEquals(warnings, warnings(second));
  }

  @Test
  void aSeverityOptionIsPartOfTheKey() {
    compile();

    Compilation ignored = compile("-Aoptixgql.severity.Deprecation=ignore");

    assertTrue(stats(ignored).contains("operations lowered 2, from the cache 0"), stats(ignored));
    assertEquals(1, warnings(ignored).size(), () -> warnings(ignored).toString());
  }

  @Test
  void anEditedFileIsComputedAgainAndTheRestReadBack() {
    compile();
    project.write("search.graphql", SEARCH.replace("    balance\n", "    balance\n    email\n"));

    Compilation edited = compile();

    assertTrue(
        stats(edited)
            .startsWith(
                "optixgql: .graphql files parsed 1 of 2; operations lowered 1, from the cache 1;"),
        stats(edited));
    assertEquals(sources(uncached()), sources(edited));
  }

  @Test
  void anEditedFragmentRecomputesTheOperationsThatUseIt() {
    compile();
    project.write("users.graphql", USERS + "\n" + WHO.replace("  name\n", "  name\n  email\n"));

    Compilation edited = compile();

    assertTrue(
        stats(edited)
            .startsWith(
                "optixgql: .graphql files parsed 1 of 2; operations lowered 1, from the cache 1;"),
        stats(edited));
    assertTrue(
        sources(edited).get("test/UsersQuery.java").contains("String email"),
        () -> sources(edited).get("test/UsersQuery.java"));
  }

  @Test
  void aChangedSchemaRecomputesEverything() {
    compile();
    project.write("schema.graphqls", SCHEMA_WITH_ADVICE + "\ntype Unused {\n  id: ID\n}\n");

    Compilation changed = compile();

    assertTrue(
        stats(changed)
            .startsWith(
                "optixgql: .graphql files parsed 2 of 2; operations lowered 2, from the cache 0;"),
        stats(changed));
    assertEquals(sources(uncached()), sources(changed));
  }

  @Test
  void errorsAreReportedAgainEveryTime() {
    project.write("search.graphql", SEARCH.replace("    balance\n", "    balance\n    nope\n"));

    Compilation first = compile();
    Compilation second = compile();

    assertThat(first).failed();
    assertThat(second).failed();
    assertEquals(errors(first), errors(second));
    assertTrue(errors(second).get(0).contains("[OptixGql/UnknownField]"), errors(second)::toString);
    assertTrue(stats(second).contains("operations lowered 1, from the cache 1;"), stats(second));
  }

  @Test
  void aBrokenSnapshotIsReportedEveryTime() {
    project.write("schema.graphqls", "type Query {\n  me: Missing\n}\n");

    Compilation first = compile();
    Compilation second = compile();

    assertThat(first).failed();
    assertEquals(errors(first), errors(second));
    assertTrue(
        errors(second).get(0).contains("[OptixGql/SchemaInvalid]"), errors(second)::toString);
  }

  @Test
  void damagedEntriesAreMisses() throws IOException {
    Map<String, String> expected = sources(compile());
    List<Path> entries = entries();
    for (int i = 0; i < entries.size(); i++) {
      byte[] bytes = Files.readAllBytes(entries.get(i));
      if (i % 2 == 0) {
        Files.write(entries.get(i), java.util.Arrays.copyOf(bytes, bytes.length / 2));
      } else {
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(entries.get(i), bytes);
      }
    }

    Compilation damaged = compile();

    assertThat(damaged).succeeded();
    assertEquals(expected, sources(damaged));
    assertEquals(expected, sources(compile()));
  }

  @Test
  void aCacheThatCannotBeWrittenChangesNothing() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
    cache = file.resolve("cache");

    Compilation compilation = compile();

    assertThat(compilation).succeeded();
    assertEquals(sources(uncached()), sources(compilation));
    assertTrue(
        stats(compile())
            .startsWith(
                "optixgql: .graphql files parsed 2 of 2; operations lowered 2, from the cache 0;"),
        "nothing was kept");
  }

  @Test
  void aDirectoryOtherUsersCanWriteIsNotTrusted() throws IOException {
    Files.createDirectories(cache);
    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
    Compilation planted = compile();

    assertThat(planted).succeeded();
    assertEquals(
        List.of(
            "[OptixGql/UntrustedCacheDirectory] The cache directory "
                + cache
                + " is not used: other users can write it (rwxrwxrwx). An entry there decides what"
                + " the processor generates, so another user could change this build's classes."
                + " This compilation keeps no cache: give -Aoptixgql.cacheDir a directory only you"
                + " can write (or chmod go-w), or set -Aoptixgql.cache=false."),
        warnings(planted).stream().filter(w -> w.contains("UntrustedCache")).toList());
    assertTrue(stats(planted).endsWith("cache: off"), stats(planted));
    assertEquals(List.of(), entries(), "nothing read or kept there");
    assertEquals(sources(uncached()), sources(planted));

    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertTrue(stats(compile()).endsWith("cache: " + cache), "the same directory, now private");
  }

  @Test
  void aDirectoryUnderOneOthersCanWriteWithoutTheStickyBitIsNotTrusted() throws IOException {
    Path shared = Files.createDirectories(dir.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
    cache = shared.resolve("cache");

    Compilation compilation = compile();

    assertTrue(
        warnings(compilation).stream()
            .anyMatch(w -> w.contains("is not used: other users can write " + shared + ",")),
        () -> warnings(compilation).toString());
    assertTrue(stats(compilation).endsWith("cache: off"), stats(compilation));
  }

  @Test
  void aDirectoryOfAnotherUserIsNotTrusted() throws IOException {
    Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name")), "only root can give a file away");
    Files.createDirectories(cache);
    UserPrincipal nobody =
        cache.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    Files.setOwner(cache, nobody);

    Compilation compilation = compile();

    assertTrue(
        warnings(compilation).stream()
            .anyMatch(w -> w.contains("is not used: it belongs to nobody, not to root.")),
        () -> warnings(compilation).toString());
    assertEquals(List.of(), entries());
  }

  @Test
  void cacheFalseKeepsNothing() {
    Compilation compilation = compile("-Aoptixgql.cache=false");

    assertThat(compilation).succeeded();
    assertFalse(Files.exists(cache));
    assertTrue(stats(compilation).endsWith("cache: off"), stats(compilation));
  }

  @Test
  void anInvalidCacheOptionIsReported() {
    Compilation compilation = compile("-Aoptixgql.cache=sometimes");

    assertThat(compilation).failed();
    assertEquals(
        List.of(
            "[OptixGql/InvalidOption] Option -Aoptixgql.cache=sometimes is not valid: give true or"
                + " false."),
        errors(compilation));
  }

  /**
   * A clean build keeps what the operations select (the tighter rule); a build whose operation
   * files were outlined from the cache, unparsed, but whose snapshot changed keeps what the names
   * written in them could reach (here also Tag, through an alias), before it parses the file to
   * lower its operation again. (Clean builds once took the second rule: their files were not yet
   * marked parsed.)
   */
  @Test
  void aCleanBuildKeepsWhatItsSelectionsReachAndABuildOfCachedFilesWhatTheirNamesDo() {
    // Types nothing reaches make a lean build worth it; Tag is reached only by the name "tags",
    // written as an alias.
    StringBuilder schema =
        new StringBuilder(
            "type Query {\n  users: [User!]!\n  tags: [Tag!]!\n}\n\ntype User {\n  id: ID!\n"
                + "  name: String!\n}\n\ntype Tag {\n  name: String!\n}\n");
    for (int i = 0; i < 12; i++) {
      schema.append("\ntype Unused").append(i).append(" {\n  a: Int\n}\n");
    }
    TestProject lean =
        TestProject.in(dir.resolve("lean"))
            .write("schema.graphqls", schema.toString())
            .write("users.graphql", "query Users {\n  tags: users {\n    id\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Users\")", "UsersQuery.Data users();");
    List<String> options = List.of("-Aoptixgql.cacheDir=" + cache, "-Aoptixgql.stats=true");

    Compilation clean = lean.compile(options, api);
    lean.write("schema.graphqls", schema + "\n# changed\n");
    Compilation cachedFiles = lean.compile(options, api);

    assertThat(clean).succeeded();
    assertThat(cachedFiles).succeeded();
    assertTrue(
        stats(clean)
            .contains(
                "schemas built: src/main/graphql/schema.graphqls (lean by selections, 14 types left out)"),
        stats(clean));
    assertTrue(
        stats(cachedFiles)
            .contains(
                "schemas built: src/main/graphql/schema.graphqls (lean by names, 13 types left out)"),
        stats(cachedFiles));
  }

  private Compilation compile(String... options) {
    List<String> all = new ArrayList<>(List.of("-Aoptixgql.cacheDir=" + cache));
    all.add("-Aoptixgql.stats=true");
    all.addAll(List.of(options));
    return project.compile(all, API);
  }

  private Compilation uncached() {
    return project.compile(List.of("-Aoptixgql.cache=false"), API);
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.sorted().toList();
    }
  }

  private static String stats(Compilation compilation) {
    List<String> notes =
        compilation.notes().stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .filter(m -> m.startsWith("optixgql: "))
            .toList();
    assertEquals(1, notes.size(), notes::toString);
    return notes.get(0);
  }

  private static List<String> warnings(Compilation compilation) {
    return describe(TestProject.optixWarnings(compilation));
  }

  private static List<String> errors(Compilation compilation) {
    return describe(TestProject.optixErrors(compilation));
  }

  private static List<String> describe(List<Diagnostic<?>> diagnostics) {
    return diagnostics.stream()
        .map(
            d ->
                d.getMessage(Locale.ROOT)
                    + (d.getSource() == null ? "" : " @line " + d.getLineNumber()))
        .toList();
  }

  /** The generated sources by path, e.g. {@code test/UsersQuery.java}. */
  private static Map<String, String> sources(Compilation compilation) {
    Map<String, String> out = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      String marker = "SOURCE_OUTPUT/";
      try (InputStream in = file.openInputStream()) {
        out.put(
            path.substring(path.indexOf(marker) + marker.length()),
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
