package dev.optixgql.processor.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One folder of the Apollo corpus ({@code apollo-codegen/com/example/<name>/}): its operations and
 * the schema they run against, its own {@code schema.graphqls} or {@code schema.json}, else the
 * shared Star Wars schema. Apollo's {@code schema.java.graphqls} and {@code schema.kotlin.graphqls}
 * are left out: they extend scalars with Apollo's {@code @map} codegen settings, not the schema.
 */
record CorpusCase(String name, Path schemaFile, Path operationsFile) {
  static final String OPERATIONS = "TestOperation.graphql";

  /** Every case under {@code corpusRoot} (the {@code apollo-codegen} directory), by name. */
  static List<CorpusCase> list(Path corpusRoot) throws IOException {
    Path shared = corpusRoot.resolve("schema.graphqls");
    List<CorpusCase> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(corpusRoot.resolve("com/example"))) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        Path schema = shared;
        if (Files.isRegularFile(dir.resolve("schema.graphqls"))) {
          schema = dir.resolve("schema.graphqls");
        } else if (Files.isRegularFile(dir.resolve("schema.json"))) {
          schema = dir.resolve("schema.json");
        }
        cases.add(new CorpusCase(dir.getFileName().toString(), schema, dir.resolve(OPERATIONS)));
      }
    }
    return cases;
  }

  /** The snapshot's name in the GraphQL root, as {@code @GraphQLClient(schema = …)} names it. */
  String schemaName() {
    return isJson() ? "schema.json" : "schema.graphqls";
  }

  /** Copies the schema and the operations into {@code graphqlDir}, a temporary GraphQL root. */
  void copyInto(Path graphqlDir) {
    try {
      Files.createDirectories(graphqlDir);
      Files.copy(schemaFile, graphqlDir.resolve(schemaName()));
      Files.copy(operationsFile, graphqlDir.resolve(OPERATIONS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operations, parsed as the processor parses them; throws on a syntax error. */
  Document operations() throws IOException {
    ParserEnvironment env =
        ParserEnvironment.newParserEnvironment()
            .document(Files.readString(operationsFile, StandardCharsets.UTF_8))
            .parserOptions(ParserOptions.getDefaultOperationParserOptions())
            .locale(Locale.ROOT)
            .build();
    return Parser.parse(env);
  }

  /** The schema's type definitions; throws when graphql-java cannot read them. */
  TypeDefinitionRegistry types() throws IOException {
    String text = Files.readString(schemaFile, StandardCharsets.UTF_8);
    if (!isJson()) {
      return new SchemaParser().parse(text);
    }
    Map<String, Object> json = asMap(readJson(text));
    if (json.get("data") instanceof Map<?, ?> data) {
      json = asMap(data);
    }
    Document sdl = new IntrospectionResultToSchema().createSchemaDefinition(json);
    return new SchemaParser().buildRegistry(sdl);
  }

  private boolean isJson() {
    return schemaFile.getFileName().toString().endsWith(".json");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("Not an introspection result: " + value);
    }
    return (Map<String, Object>) value;
  }

  /** A JSON document as maps, lists and scalars (jackson-core only, no databind). */
  private static Object readJson(String text) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      parser.nextToken();
      return value(parser);
    }
  }

  private static Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Object> map = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        map.put(key, value(parser));
      }
      return map;
    }
    if (token == JsonToken.START_ARRAY) {
      List<Object> list = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        list.add(value(parser));
      }
      return list;
    }
    return switch (token) {
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      default -> null;
    };
  }
}
