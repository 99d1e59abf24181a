package dev.optixgql.sandbox.engine;

import graphql.TypeResolutionEnvironment;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import java.util.Comparator;
import java.util.Map;

/**
 * Resolves interface and union values: a map's {@code __typename} entry names its type; without
 * one, the first possible type (union order, or implementations by name) stands in.
 */
final class TypenameTypeResolver implements TypeResolver {
  static final String TYPENAME = "__typename";

  @Override
  public GraphQLObjectType getType(TypeResolutionEnvironment env) {
    if (env.getObject() instanceof Map<?, ?> map && map.get(TYPENAME) instanceof String name) {
      GraphQLObjectType named = env.getSchema().getObjectType(name);
      if (named != null) {
        return named;
      }
    }
    return firstPossibleType(env.getFieldType(), env.getSchema());
  }

  /** The object type that stands in for an abstract type when nothing names one. */
  static GraphQLObjectType firstPossibleType(GraphQLType abstractType, GraphQLSchema schema) {
    GraphQLType type = GraphQLTypeUtil.unwrapAll(abstractType);
    if (type instanceof GraphQLUnionType union) {
      return (GraphQLObjectType) union.getTypes().get(0);
    }
    return schema.getImplementations((GraphQLInterfaceType) type).stream()
        .min(Comparator.comparing(GraphQLObjectType::getName))
        .orElseThrow(
            () -> new IllegalStateException("Interface " + type + " has no implementation"));
  }
}
