package dev.optixgql.processor.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.processor.corpus.GraphQLFiles;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CompactPrinter} prints what graphql-java's {@code AstPrinter.printAstCompact} prints: the
 * text an operation sends must not change with the printer. Compared over every operation file of
 * the repository and {@code ../shared/corpus} that graphql-java parses, and the cases below.
 */
class CompactPrinterTest {
  @Test
  void printsEveryOperationFileAsGraphqlJavaDoes() throws IOException {
    List<Path> files = GraphQLFiles.withSuffix(".graphql");
    int compared = 0;
    for (Path file : files) {
      Document document;
      try {
        document = Parser.parse(Files.readString(file, StandardCharsets.UTF_8));
      } catch (InvalidSyntaxException e) {
        continue; // graphql-java refuses it: nothing to compare
      }
      assertEquals(
          AstPrinter.printAstCompact(document), CompactPrinter.print(document), file.toString());
      compared++;
    }
    int finalCompared = compared;
    assertTrue(compared > 100, () -> "too few operation files compared: " + finalCompared);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{ a b { c } d }",
        "query { a }",
        "query Q($a: Int = 1 @deprecated, $b: [String!]! = [\"x\", \"y\"]) @live { a(x: $a) }",
        "mutation ($in: In = {a: 1, b: {c: null, d: [1.5e3, -0, 2]}}) { m(in: $in) { id } }",
        "subscription S { s @skip(if: true) @include(if: false) { a } }",
        "query { a: b(s: \"quote \\\" backslash \\\\ tab \\t line \\n unicode \\u00e9 \\u0001\") }",
        "query { ... on T @d { a } ... @include(if: true) { b } ...F @d(x: ENUM) c }",
        "fragment F on T @d(a: [1, 2]) { a { ...G } } fragment G on U { b }",
        "query { a { b } c { d } e }",
        "query { s(x: \"\"\"block\n  string\"\"\") }",
        "query  ($a: ID) { a }",
      })
  void printsEachConstructAsGraphqlJavaDoes(String text) {
    Document document = Parser.parse(text);
    assertEquals(AstPrinter.printAstCompact(document), CompactPrinter.print(document));
  }
}
