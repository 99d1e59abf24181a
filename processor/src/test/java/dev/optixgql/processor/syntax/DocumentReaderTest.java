package dev.optixgql.processor.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.optixgql.processor.corpus.GraphQLFiles;
import graphql.language.Comment;
import graphql.language.DescribedNode;
import graphql.language.Description;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.MultiSourceReader;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DocumentReader} against graphql-java's parser: for every document it reads, the AST is
 * graphql-java's, node by node (class, properties, location, comments, description); where
 * graphql-java refuses a document, it declines too. The inputs: every operation file and schema of
 * the repository and of {@code ../shared/corpus}, the real Optix schema, and the cases below.
 */
class DocumentReaderTest {

  @Test
  void readsEveryOperationFileAsGraphqlJavaDoes() throws IOException {
    List<Path> files = files(".graphql");
    int read = 0;
    List<String> declined = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (compareExecutable(text, file.toString())) {
        read++;
      } else {
        declined.add(file.toString());
      }
    }
    assertTrue(files.size() > 100, () -> "too few operation files found: " + files.size());
    // Only Apollo's fixtures with syntax graphql-java refuses (fragment arguments) are declined.
    int finalRead = read;
    assertTrue(read >= files.size() - 5, () -> finalRead + " of " + files.size() + "; " + declined);
  }

  @Test
  void readsEverySchemaAsGraphqlJavaDoes() throws IOException {
    List<Path> files = files(".graphqls");
    shared("optix/schema.full.graphql").ifPresent(files::add);
    int read = 0;
    List<String> declined = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (compareTypeSystem(text, file.toString())) {
        read++;
      } else {
        declined.add(file.toString());
      }
    }
    assertTrue(files.size() > 50, () -> "too few schemas found: " + files.size());
    // Declined: only schemas with `extend`, which the reader leaves to graphql-java.
    for (String file : declined) {
      assertTrue(
          Files.readString(Path.of(file), StandardCharsets.UTF_8).contains("extend "),
          () -> "declined: " + file);
    }
    assertTrue(read > 50, "schemas read: " + read);
  }

  @Test
  void theOptixSchemaBuildsTheSameSchema() throws IOException {
    Path file = shared("optix/schema.full.graphql").orElse(null);
    assumeTrue(file != null, "../shared is absent");
    String sdl = Files.readString(file, StandardCharsets.UTF_8);
    GraphQLSchema ours =
        UnExecutableSchemaGenerator.makeUnExecutableSchema(
            new SchemaParser().buildRegistry(DocumentReader.typeSystem(sdl, "optix")));
    GraphQLSchema theirs =
        UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    SchemaPrinter printer =
        new SchemaPrinter(
            SchemaPrinter.Options.defaultOptions()
                .includeDirectives(true)
                .includeScalarTypes(true));
    String printed = printer.print(ours);
    assertTrue(printed.length() > 200_000, "the Optix schema printed whole");
    assertEquals(printer.print(theirs), printed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "query Q($a: Int = 3, $b: [String!]! = [\"x\", \"y\"] @d(k: 1)) @op { f(a: $a) }",
        "{ a: b(x: 1.5e3, y: -0, z: -12.25, w: 7E-2) }",
        "query { f(s: \"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u{1F600}\") }",
        "query Q { f(s: \"\"\"\n    block\n      indented\n\n  \"\"\") }",
        "query Q { f(o: {a: [1, {b: null}], c: true, d: ENUM_X, e: []}, p: {}) }",
        "fragment F on T @d { a ... on U { b } ... @include(if: true) { c } ...G }",
        "query Q { type query on: fragment true: null false { on } }",
        "mutation M { m } subscription S { s }",
        "query Q\r\n{\r\n  a\r\n  # note\r\n  b(x: \"é\")\r\n}\r\n",
        "\t{ a, b,, c }",
        "query Q { a }   # trailing",
      })
  void readsWhatGraphqlJavaReads(String text) {
    assertTrue(compareExecutable(text, "case.graphql"), () -> "declined: " + text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"\"\"Block\n  description\"\"\" type T implements & A & B @d(x: [1]) {\n"
            + "  # a comment\n  f(\"arg\" a: Int = 1 @deprecated, b: In = {x: \"y\"}): [T!]\n}",
        "# one\n#two\n\ntype T { a: Int }\n# lost\n",
        "schema @s { query: Q mutation: M }\ntype Q { a: Int }\ntype M { b: Int }",
        "directive @d(a: Int) repeatable on | FIELD | QUERY\nscalar S @specifiedBy(url: \"u\")",
        "union U = | A | B\nenum E { A @deprecated(reason: \"r\") \"B doc\" B }\ninput I { a: [E] = [A] }",
        "interface I implements J { a: Int }\ninterface J { a: Int }\ntype T {}\nenum Empty {}",
      })
  void readsSchemasAsGraphqlJavaDoes(String text) {
    assertTrue(compareTypeSystem(text, "case.graphqls"), () -> "declined: " + text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "query Q { }",
        "query Q { a(x: 0123) }",
        "query Q { a(x: 1.) }",
        "query Q { a(x: 1.5.2) }",
        "query Q { a(x: 1x) }",
        "query Q($a: Int = $b) { a }",
        "query Q() { a }",
        "query Q { a() }",
        "query Q { a(x: \"unterminated) }",
        "query Q { a(x: \"bad \\q escape\") }",
        "query Q { a(x: \"\\u12\") }",
        "fragment on on T { a }",
        "query Q {\r a }",
        "\uFEFFquery Q { a }",
        "query Q { a(x: \"\uD83D\uDE00\") }",
        "type T { a: Int }",
        "extend type T { a: Int }",
        "\"described\" query Q { a }",
        "query Q { a } }",
        "query Q { a ~ }",
      })
  void declinesWhatItDoesNotReadAsGraphqlJavaDoes(String text) {
    assertThrows(Declined.class, () -> DocumentReader.executable(text, "case.graphql"));
  }

  @Test
  void declinesNestingDeeperThanGraphqlJavaMayAllow() {
    String deep = "query Q " + "{ a ".repeat(60) + "}".repeat(60);
    assertThrows(Declined.class, () -> DocumentReader.executable(deep, "deep.graphql"));
    String shallow = "query Q " + "{ a ".repeat(30) + "}".repeat(30);
    assertTrue(compareExecutable(shallow, "shallow.graphql"));
  }

  /** True when read and equal to graphql-java's AST; false when both refuse or it declines. */
  private static boolean compareExecutable(String text, String name) {
    Document theirs = parse(text, name, operationOptions());
    Document ours;
    try {
      ours = DocumentReader.executable(text, name);
    } catch (Declined e) {
      return false;
    }
    assertTrue(theirs != null, () -> "graphql-java refuses what the reader read: " + name);
    same(theirs, ours, name);
    return true;
  }

  private static boolean compareTypeSystem(String text, String name) {
    Document theirs = parse(text, name, ParserOptions.getDefaultSdlParserOptions());
    Document ours;
    try {
      ours = DocumentReader.typeSystem(text, name);
    } catch (Declined e) {
      return false;
    }
    assertTrue(theirs != null, () -> "graphql-java refuses what the reader read: " + name);
    same(theirs, ours, name);
    return true;
  }

  /** The options {@code DocumentParser} gives graphql-java for operation files. */
  private static ParserOptions operationOptions() {
    return ParserOptions.getDefaultOperationParserOptions()
        .transform(
            o ->
                o.maxTokens(Integer.MAX_VALUE)
                    .maxWhitespaceTokens(Integer.MAX_VALUE)
                    .maxCharacters(Integer.MAX_VALUE));
  }

  private static Document parse(String text, String name, ParserOptions options) {
    try {
      return Parser.parse(
          ParserEnvironment.newParserEnvironment()
              .document(
                  MultiSourceReader.newMultiSourceReader()
                      .string(text, name)
                      .trackData(false)
                      .build())
              .parserOptions(options)
              .locale(Locale.ROOT)
              .build());
    } catch (InvalidSyntaxException e) {
      return null;
    }
  }

  /** Node by node: class, own properties, location, comments, description, then children. */
  private static void same(Node<?> theirs, Node<?> ours, String path) {
    String at = path + " > " + theirs.getClass().getSimpleName();
    assertEquals(theirs.getClass(), ours.getClass(), at);
    assertTrue(theirs.isEqualTo(ours), () -> at + ": " + theirs + " vs " + ours);
    assertEquals(place(theirs.getSourceLocation()), place(ours.getSourceLocation()), at);
    assertEquals(comments(theirs.getComments()), comments(ours.getComments()), at + " comments");
    if (theirs instanceof DescribedNode<?> described) {
      assertEquals(
          description(described.getDescription()),
          description(((DescribedNode<?>) ours).getDescription()),
          at + " description");
    }
    Map<String, List<Node>> theirChildren = children(theirs);
    Map<String, List<Node>> ourChildren = children(ours);
    assertEquals(theirChildren.keySet(), ourChildren.keySet(), at + " children");
    theirChildren.forEach(
        (key, list) -> {
          List<Node> mine = ourChildren.get(key);
          assertEquals(list.size(), mine.size(), at + "." + key);
          for (int i = 0; i < list.size(); i++) {
            same(list.get(i), mine.get(i), at + "." + key + "[" + i + "]");
          }
        });
  }

  private static Map<String, List<Node>> children(Node<?> node) {
    Map<String, List<Node>> out = new TreeMap<>();
    node.getNamedChildren()
        .getChildren()
        .forEach(
            (key, list) -> {
              List<Node> present =
                  list.stream().filter(n -> n != null).collect(Collectors.toList());
              if (!present.isEmpty()) {
                out.put(key, present);
              }
            });
    return out;
  }

  private static String place(SourceLocation at) {
    return at == null ? "-" : at.getLine() + ":" + at.getColumn() + "@" + at.getSourceName();
  }

  private static List<String> comments(List<Comment> comments) {
    return comments.stream()
        .map(c -> c.getContent() + " at " + place(c.getSourceLocation()))
        .collect(Collectors.toList());
  }

  private static String description(Description d) {
    return d == null
        ? "-"
        : d.getContent() + " multi=" + d.isMultiLine() + " at " + place(d.getSourceLocation());
  }

  /** Files ending in {@code suffix} in the repository (build output aside) and the corpora. */
  private static List<Path> files(String suffix) throws IOException {
    return GraphQLFiles.withSuffix(suffix);
  }

  private static java.util.Optional<Path> shared(String relative) {
    return GraphQLFiles.shared(relative);
  }
}
