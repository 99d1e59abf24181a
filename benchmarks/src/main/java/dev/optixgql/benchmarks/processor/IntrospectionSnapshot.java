package dev.optixgql.benchmarks.processor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.introspection.IntrospectionQuery;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * Turns the real Optix schema's SDL into the introspection-result snapshot ({@code
 * {"data":{"__schema":…}}}) that a project would download and check in.
 */
final class IntrospectionSnapshot {
  private IntrospectionSnapshot() {}

  /** The schema the operations are generated and validated against. */
  static GraphQLSchema schema(String sdl) {
    return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
  }

  /** The standard introspection query's result, serialized by Jackson. */
  static String json(GraphQLSchema schema) {
    ExecutionResult result =
        GraphQL.newGraphQL(schema).build().execute(IntrospectionQuery.INTROSPECTION_QUERY);
    if (!result.getErrors().isEmpty()) {
      throw new IllegalStateException("Introspection failed: " + result.getErrors());
    }
    try {
      return new ObjectMapper().writeValueAsString(result.toSpecification());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
