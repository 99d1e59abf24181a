package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.json.JsonReader;
import dev.optixgql.sandbox.json.MalformedRequestException;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.WiringFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Loads a snapshot (this package's own, or the user's: SDL or introspection JSON) and makes it
 * executable.
 */
final class SchemaLoader {
  /**
   * Where the sandbox's own snapshots live: beside {@code OptixSandbox}, the public type, where the
   * examples' copies and the conformance tests find them.
   */
  private static final String SNAPSHOTS = "/dev/optixgql/sandbox/";

  private SchemaLoader() {}

  /** Reads the SDL text of a snapshot, e.g. {@code organization.graphqls}. */
  static String readSnapshot(String resource) {
    try (InputStream in = SchemaLoader.class.getResourceAsStream(SNAPSHOTS + resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing schema snapshot resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read schema snapshot " + resource, e);
    }
  }

  static GraphQLSchema load(String resource, WiringFactory wiringFactory) {
    return executable(new SchemaParser().parse(readSnapshot(resource)), wiringFactory);
  }

  /** A user's snapshot: {@code .json} (introspection result) or SDL, by extension. */
  static TypeDefinitionRegistry read(Path snapshot) {
    String text;
    try {
      text = Files.readString(snapshot, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the snapshot " + snapshot, e);
    }
    try {
      if (!snapshot.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        return new SchemaParser().parse(text);
      }
      Object json = JsonReader.read(text);
      Map<?, ?> root = json instanceof Map<?, ?> map ? map : Map.of();
      Object schema =
          root.get("data") instanceof Map<?, ?> data ? data.get("__schema") : root.get("__schema");
      if (!(schema instanceof Map<?, ?>)) {
        throw new IllegalArgumentException("no __schema in it");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> introspection = Map.of("__schema", (Map<String, Object>) schema);
      Document document = new IntrospectionResultToSchema().createSchemaDefinition(introspection);
      return new SchemaParser().buildRegistry(document);
    } catch (MalformedRequestException | RuntimeException e) {
      throw new IllegalArgumentException(
          "The snapshot " + snapshot + " is neither SDL nor an introspection result: " + e, e);
    }
  }

  static GraphQLSchema executable(TypeDefinitionRegistry registry, WiringFactory wiringFactory) {
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().wiringFactory(wiringFactory).build();
    return new SchemaGenerator().makeExecutableSchema(registry, wiring);
  }
}
