package dev.optixgql.benchmarks.processor;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Picks a seeded random selection set on an object type: some of its scalar and enum fields and,
 * while depth allows, a few nested objects; deprecated fields and fields with required arguments
 * are left out.
 */
final class SelectionBuilder {
  private static final int MAX_LEAVES = 8;
  private static final int MAX_CHILDREN = 2;

  private final Random random;

  SelectionBuilder(Random random) {
    this.random = random;
  }

  /**
   * {@code name(arguments) { … }} for a field whose type is an object, or {@code null} when the
   * object has no selectable scalar.
   */
  String objectField(GraphQLFieldDefinition field, String arguments, int depth, String indent) {
    GraphQLObjectType type = (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(field.getType());
    List<GraphQLFieldDefinition> leaves = selectable(type, true);
    if (leaves.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    out.append(indent).append(field.getName()).append(arguments).append(" {\n");
    int count = 1 + random.nextInt(Math.min(MAX_LEAVES, leaves.size()));
    for (GraphQLFieldDefinition leaf : pick(leaves, count)) {
      out.append(indent).append("  ").append(leaf.getName()).append('\n');
    }
    if (depth > 0) {
      List<GraphQLFieldDefinition> objects = selectable(type, false);
      int children = Math.min(objects.size(), random.nextInt(MAX_CHILDREN + 1));
      for (GraphQLFieldDefinition child : pick(objects, children)) {
        String nested = objectField(child, "", depth - 1, indent + "  ");
        if (nested != null) {
          out.append(nested);
        }
      }
    }
    return out.append(indent).append("}\n").toString();
  }

  /** Whether a field returns an object with something to select. */
  static boolean isObjectWithLeaves(GraphQLFieldDefinition field) {
    return GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType type
        && !selectable(type, true).isEmpty();
  }

  /** Fields a generated operation may select without arguments: leaves, or objects. */
  static List<GraphQLFieldDefinition> selectable(GraphQLObjectType type, boolean leaves) {
    List<GraphQLFieldDefinition> out = new ArrayList<>();
    for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
      if (field.isDeprecated() || hasRequiredArgument(field)) {
        continue;
      }
      GraphQLType named = GraphQLTypeUtil.unwrapAll(field.getType());
      boolean leaf = named instanceof GraphQLScalarType || named instanceof GraphQLEnumType;
      if (leaves ? leaf : named instanceof GraphQLObjectType) {
        out.add(field);
      }
    }
    return out;
  }

  static boolean hasRequiredArgument(GraphQLFieldDefinition field) {
    for (GraphQLArgument argument : field.getArguments()) {
      if (argument.getType() instanceof GraphQLNonNull && !argument.hasSetDefaultValue()) {
        return true;
      }
    }
    return false;
  }

  /** {@code count} random fields, kept in declaration order. */
  private List<GraphQLFieldDefinition> pick(List<GraphQLFieldDefinition> fields, int count) {
    List<GraphQLFieldDefinition> shuffled = new ArrayList<>(fields);
    Collections.shuffle(shuffled, random);
    List<GraphQLFieldDefinition> picked = new ArrayList<>(shuffled.subList(0, count));
    picked.sort(Comparator.comparingInt(fields::indexOf));
    return picked;
  }
}
