package dev.optixgql.sandbox.engine;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import java.util.Map;

/**
 * Resolves a field with no dedicated fetcher: the parent map's entry by the field's real name, else
 * {@link DefaultValues}. An entry explicitly null stays null unless the field is non-null.
 */
final class FallbackDataFetcher implements DataFetcher<Object> {
  @Override
  public Object get(DataFetchingEnvironment env) {
    String field = env.getFieldDefinition().getName();
    if (env.getSource() instanceof Map<?, ?> map && map.containsKey(field)) {
      Object value = map.get(field);
      if (value != null || !(env.getFieldType() instanceof GraphQLNonNull)) {
        return value;
      }
    }
    String parent = ((GraphQLNamedType) env.getParentType()).getName();
    return DefaultValues.of(env.getFieldType(), parent, field, env.getGraphQLSchema());
  }
}
