package dev.optixgql.sandbox.engine;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deterministic value of a field the seed does not set, chosen by its type, so that every field
 * of whatever snapshot is loaded resolves, and never to null.
 */
final class DefaultValues {
  /** The id a field of type {@code ID} gets when the seed has none. */
  static final String DEFAULT_ID = "1";

  private DefaultValues() {}

  /**
   * Returns the default for a field.
   *
   * @param parent the name of the type declaring the field
   * @param field the field's name
   */
  static Object of(GraphQLOutputType type, String parent, String field, GraphQLSchema schema) {
    GraphQLType bare = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
    if (bare instanceof GraphQLList) {
      return List.of();
    }
    if (bare instanceof GraphQLScalarType scalar) {
      return scalar(scalar.getName(), parent + "." + field);
    }
    if (bare instanceof GraphQLEnumType enumType) {
      return enumType.getValues().get(0).getName();
    }
    Map<String, Object> object = new LinkedHashMap<>();
    if (bare instanceof GraphQLInterfaceType || bare instanceof GraphQLUnionType) {
      GraphQLObjectType standIn = TypenameTypeResolver.firstPossibleType(bare, schema);
      object.put(TypenameTypeResolver.TYPENAME, standIn.getName());
    }
    return object;
  }

  private static Object scalar(String name, String coordinate) {
    switch (name) {
      case "String":
        return coordinate;
      case "Int":
        return 0;
      case "Float":
        return 0.0;
      case "Boolean":
        return false;
      case "ID":
        return DEFAULT_ID;
      default:
        return CustomScalars.defaultValue(name, coordinate);
    }
  }
}
