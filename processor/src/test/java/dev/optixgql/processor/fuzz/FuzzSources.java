package dev.optixgql.processor.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the fuzzer's starting points: the Optix organization snapshot with the example operations
 * (as SDL and as introspection JSON), and some Apollo Star Wars cases when {@code ../shared} is
 * present.
 */
final class FuzzSources {
  /**
   * Apollo cases on the shared Star Wars schema: fragments, unions, inputs, directives, defaults.
   */
  static final List<String> STAR_WARS_CASES =
      List.of(
          "hero_name",
          "hero_details",
          "union_fragment",
          "union_inline_fragments",
          "inline_fragments_with_friends",
          "two_heroes_with_friends",
          "inline_fragment_with_include_directive",
          "fragment_with_inline_fragment",
          "nested_conditional_inline",
          "hero_with_review",
          "input_object_variable_and_argument",
          "variable_default_value",
          "reserved_keywords",
          "root_query_fragment_with_nested_fragments");

  private FuzzSources() {}

  /** The Optix sources, from {@code ../examples} beside the processor module. */
  static List<FuzzSource> optix(Path moduleDir) throws IOException {
    Path examples = moduleDir.resolve("../examples/src/main/graphql").normalize();
    String sdl = Files.readString(examples.resolve("optix/organization.graphqls"));
    Map<String, String> operations = new TreeMap<>();
    try (Stream<Path> files = Files.list(examples)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList()) {
        operations.put(file.getFileName().toString(), bytes(Files.readAllBytes(file)));
      }
    }
    if (operations.isEmpty()) {
      throw new IllegalStateException("no example operations in " + examples);
    }
    String json = IntrospectionSnapshot.fromSdl(sdl);
    List<FuzzSource> out = new ArrayList<>();
    out.add(withSchema("optix-sdl", "optix/organization.graphqls", text(sdl), operations));
    out.add(withSchema("optix-json", "optix/organization.json", text(json), operations));
    return out;
  }

  /** The Star Wars cases, or none when {@code shared} is unset or lacks the corpus. */
  static List<FuzzSource> starWars(String shared) throws IOException {
    if (shared == null || shared.isBlank()) {
      return List.of();
    }
    Path corpus = Path.of(shared).resolve("corpus/apollo-codegen");
    Path schema = corpus.resolve("schema.graphqls");
    if (!Files.isRegularFile(schema)) {
      return List.of();
    }
    String sdl = bytes(Files.readAllBytes(schema));
    List<FuzzSource> out = new ArrayList<>();
    for (String name : STAR_WARS_CASES) {
      Path operations =
          corpus.resolve("com/example").resolve(name).resolve("TestOperation.graphql");
      if (Files.isRegularFile(operations)) {
        out.add(
            withSchema(
                "starwars/" + name,
                "schema.graphqls",
                sdl,
                Map.of("TestOperation.graphql", bytes(Files.readAllBytes(operations)))));
      }
    }
    return out;
  }

  private static FuzzSource withSchema(
      String name, String schemaPath, String schema, Map<String, String> operations) {
    Map<String, String> files = new TreeMap<>(operations);
    files.put(schemaPath, schema);
    return FuzzSource.of(name, schemaPath, files);
  }

  /** A UTF-8 text as the fuzzer holds files: one char per byte. */
  static String text(String utf8) {
    return bytes(utf8.getBytes(StandardCharsets.UTF_8));
  }

  static String bytes(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
