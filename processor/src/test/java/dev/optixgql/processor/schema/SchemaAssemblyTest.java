package dev.optixgql.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.processor.corpus.GraphQLFiles;
import dev.optixgql.processor.syntax.Declined;
import dev.optixgql.processor.syntax.DocumentReader;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SchemaAssembly} against graphql-java's {@code UnExecutableSchemaGenerator}: the same
 * schema, printed whole (types, fields, arguments, descriptions from strings and from comments,
 * deprecations, default values, applied directives and their arguments, directive definitions,
 * roots), for the real Optix schema, every schema in the repository and in {@code
 * ../shared/corpus}, and the cases below; where graphql-java refuses a schema, the assembly throws.
 */
class SchemaAssemblyTest {

  @Test
  void buildsEverySchemaAsGraphqlJavaDoes() throws IOException {
    List<Path> files = schemas();
    int compared = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (compare(text, file.toString())) {
        compared++;
      }
    }
    assertTrue(files.size() > 50, "schemas found: " + files.size());
    assertTrue(compared > 45, "schemas compared: " + compared + " of " + files.size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "type Query { a(x: Int = 1 @deprecated, y: [In!] = [{a: 2}]): String @deprecated(reason:"
            + " \"gone\") }\ninput In @oneOf { a: Int b: String @deprecated }",
        "schema @s(n: 1) { query: Q mutation: M }\ndirective @s(n: Int, m: String = \"d\") on"
            + " SCHEMA | FIELD_DEFINITION\ntype Q { a: Int @s(n: 2) }\ntype M { b: ID }",
        "# a comment\n#\n# description from comments\ntype Query {\n  # of a field\n  f: E\n}\n"
            + "\"\"\"an enum\"\"\" enum E { A @deprecated B \"b\" C }",
        "scalar Date @specifiedBy(url: \"https://example.com\")\n\"described\" scalar Plain\n"
            + "type Query { d: Date p: Plain }",
        "interface Node { id: ID! }\ninterface Named implements Node { id: ID! name: String }\n"
            + "type User implements Node & Named { id: ID! name: String }\n"
            + "union Result = User\ntype Query { node: Node r: [Result] }\ntype Detached { x: Float }",
        "directive @r repeatable on OBJECT\ntype Query @r @r { a: Int }",
        "\"mine\" scalar Int\ntype Query { a: Int }",
      })
  void buildsAsGraphqlJavaDoes(String sdl) {
    assertTrue(compare(sdl, "case.graphqls"), sdl);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "type Query { a: Unknown }",
        "type Query { a: Int @unknown }",
        "type Query { a: Int @deprecated(why: \"x\") }",
        "type Query { a: Int } type Query { b: Int }",
        "type Mutation { a: Int }",
        "type Query { a: In } input In { b: Int }",
        "type Query { a(x: Query): Int }",
        "type Query implements Query { a: Int }",
        "union U = Int type Query { u: U }",
      })
  void refusesWhatGraphqlJavaRefuses(String sdl) {
    assertThrows(
        RuntimeException.class,
        () -> UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl)));
    assertThrows(
        RuntimeException.class,
        () -> SchemaAssembly.of(DocumentReader.typeSystem(sdl, "bad.graphqls"), Set.of()));
  }

  /** True when both build it and print the same; false when graphql-java refuses it too. */
  private static boolean compare(String sdl, String name) {
    GraphQLSchema theirs;
    try {
      theirs = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    } catch (RuntimeException e) {
      assertThrows(
          RuntimeException.class,
          () -> SchemaAssembly.of(DocumentReader.typeSystem(sdl, name), Set.of()),
          name);
      return false;
    }
    GraphQLSchema ours;
    try {
      ours = SchemaAssembly.of(DocumentReader.typeSystem(sdl, name), Set.of());
    } catch (Declined e) {
      return false; // an `extend`, left to graphql-java
    }
    assertEquals(print(theirs), print(ours), name);
    assertEquals(facts(theirs), facts(ours), name);
    return true;
  }

  private static String print(GraphQLSchema schema) {
    return new SchemaPrinter(
            SchemaPrinter.Options.defaultOptions()
                .includeDirectives(true)
                .includeScalarTypes(true)
                .includeSchemaDefinition(true)
                .includeDirectiveDefinitions(true))
        .print(schema);
  }

  /** What printing may not show: directive definitions, roots, one-of inputs, each type's kind. */
  private static String facts(GraphQLSchema schema) {
    TreeMap<String, String> facts = new TreeMap<>();
    for (GraphQLDirective directive : schema.getDirectives()) {
      facts.put(
          "@" + directive.getName(),
          directive.validLocations() + " repeatable=" + directive.isRepeatable());
    }
    for (GraphQLNamedType type : schema.getAllTypesAsList()) {
      String kind = type.getClass().getSimpleName();
      if (type instanceof GraphQLInputObjectType input) {
        kind += " oneOf=" + input.isOneOf();
      }
      facts.put(type.getName(), kind);
    }
    facts.put("roots", schema.getQueryType() + " " + schema.getMutationType());
    return facts.entrySet().stream().map(Object::toString).collect(Collectors.joining("\n"));
  }

  private static List<Path> schemas() throws IOException {
    List<Path> out = new ArrayList<>();
    GraphQLFiles.shared("optix/schema.full.graphql").ifPresent(out::add);
    out.addAll(GraphQLFiles.withSuffix(".graphqls"));
    return out;
  }
}
