package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.seed.SeedData;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a query selecting every field under a root field, down to a depth: objects at each level,
 * only scalars and enums at the last. An interface or union also gets an inline fragment per
 * possible type, so every implementation's own fields are selected too. Required arguments get
 * literal values made up from their types unless given.
 */
final class SelectionQueryBuilder {
  private final GraphQLSchema schema;
  private final int maxDepth;

  /**
   * @param schema the schema the query is for, which knows each interface's implementations
   * @param maxDepth the number of object levels under the root field, the last leaves only
   */
  SelectionQueryBuilder(GraphQLSchema schema, int maxDepth) {
    this.schema = schema;
    this.maxDepth = maxDepth;
  }

  /**
   * @param rootArguments argument literals for the root field, by argument name
   */
  String query(String operation, GraphQLFieldDefinition root, Map<String, String> rootArguments) {
    return operation + " { " + field(root, 1, rootArguments) + " }";
  }

  private String field(GraphQLFieldDefinition field, int depth, Map<String, String> given) {
    StringBuilder out = new StringBuilder(field.getName());
    List<String> arguments = new ArrayList<>();
    for (GraphQLArgument argument : field.getArguments()) {
      if (given.containsKey(argument.getName())) {
        arguments.add(argument.getName() + ": " + given.get(argument.getName()));
      } else if (GraphQLTypeUtil.isNonNull(argument.getType())) {
        arguments.add(argument.getName() + ": " + literal(argument.getType()));
      }
    }
    if (!arguments.isEmpty()) {
      out.append('(').append(String.join(", ", arguments)).append(')');
    }
    GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
    if (GraphQLTypeUtil.isLeaf(type)) {
      return out.toString();
    }
    return out.append(" { ").append(selection(type, depth)).append(" }").toString();
  }

  private String selection(GraphQLType type, int depth) {
    List<String> selected = new ArrayList<>();
    selected.add("__typename");
    if (type instanceof GraphQLFieldsContainer fields) {
      selected.addAll(fields(fields, depth));
    }
    List<GraphQLObjectType> possibleTypes =
        type instanceof GraphQLUnionType union
            ? union.getTypes().stream().map(GraphQLObjectType.class::cast).toList()
            : type instanceof GraphQLInterfaceType face
                ? schema.getImplementations(face)
                : List.of();
    for (GraphQLObjectType possible : possibleTypes) {
      List<String> own = fields(possible, depth);
      if (!own.isEmpty()) {
        selected.add("... on " + possible.getName() + " { " + String.join(" ", own) + " }");
      }
    }
    return String.join(" ", selected);
  }

  private List<String> fields(GraphQLFieldsContainer type, int depth) {
    List<String> selected = new ArrayList<>();
    for (GraphQLFieldDefinition child : type.getFieldDefinitions()) {
      boolean leaf = GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(child.getType()));
      if (leaf || depth < maxDepth) {
        selected.add(field(child, depth + 1, Map.of()));
      }
    }
    return selected;
  }

  /** A literal of an input type: Int timestamps, "1" ids, first enum values, required fields. */
  static String literal(GraphQLInputType type) {
    GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
    if (bare instanceof GraphQLList list) {
      return "[" + literal((GraphQLInputType) list.getWrappedType()) + "]";
    }
    if (bare instanceof GraphQLEnumType enumType) {
      return enumType.getValues().get(0).getName();
    }
    if (bare instanceof GraphQLInputObjectType object) {
      List<String> fields = new ArrayList<>();
      for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
        if (field.getType() instanceof GraphQLNonNull) {
          fields.add(field.getName() + ": " + literal(field.getType()));
        }
      }
      return "{" + String.join(", ", fields) + "}";
    }
    switch (((GraphQLScalarType) bare).getName()) {
      case "Int":
        return String.valueOf(SeedData.ANCHOR);
      case "Float":
        return "1.5";
      case "Boolean":
        return "false";
      case "ID":
        return "\"1\"";
      default:
        return "\"sandbox\"";
    }
  }
}
