package dev.optixgql.maven.schema;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import java.util.Map;

/** Runs the introspection query on a schema built in memory (SDL converted to JSON). */
final class Introspector {
  private Introspector() {}

  static Map<String, Object> introspect(GraphQLSchema schema) {
    ExecutionResult result =
        GraphQL.newGraphQL(schema).build().execute(IntrospectionClient.INTROSPECTION);
    if (!result.getErrors().isEmpty()) {
      throw new SnapshotException("Introspecting the schema failed: " + result.getErrors());
    }
    Map<String, Object> data = result.getData();
    return data;
  }
}
