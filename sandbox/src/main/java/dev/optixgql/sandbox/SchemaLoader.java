package dev.optixgql.sandbox;

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

/** Loads an SDL snapshot from this package's resources and makes it executable. */
final class SchemaLoader {
  private SchemaLoader() {}

  /** Reads the SDL text of a snapshot, e.g. {@code organization.graphqls}. */
  static String readSnapshot(String resource) {
    try (InputStream in = SchemaLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing schema snapshot resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read schema snapshot " + resource, e);
    }
  }

  static GraphQLSchema load(String resource, WiringFactory wiringFactory) {
    TypeDefinitionRegistry registry = new SchemaParser().parse(readSnapshot(resource));
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().wiringFactory(wiringFactory).build();
    return new SchemaGenerator().makeExecutableSchema(registry, wiring);
  }
}
