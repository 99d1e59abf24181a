package dev.optixgql.processor.generative;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random, mostly valid operations over a schema: nested selections to a depth, aliases,
 * {@code __typename}, inline and named fragments on the possible types of interfaces and unions,
 * and named fragments (spread at any level, spreading others in turn). Arguments are literals, so
 * the operations have no variables. Seeded: the same seed writes the same text.
 */
final class OperationGenerator {
  private final GraphQLSchema schema;
  private final Random random;
  private final int maxDepth;
  private final List<String> fragments = new ArrayList<>();
  private final String prefix;
  private int aliases;
  private int fragmentCount;

  /** {@code prefix} starts the fragment names, so documents of several generators can mix. */
  OperationGenerator(GraphQLSchema schema, long seed, int maxDepth, String prefix) {
    this.schema = schema;
    this.random = new Random(seed);
    this.maxDepth = maxDepth;
    this.prefix = prefix;
  }

  /** A document: operation {@code name} and the fragments it defined. */
  String operation(String name) {
    fragments.clear();
    String body = selection(schema.getQueryType(), 0);
    StringBuilder out =
        new StringBuilder("query ").append(name).append(' ').append(body).append('\n');
    for (String fragment : fragments) {
      out.append(fragment).append('\n');
    }
    return out.toString();
  }

  private String selection(GraphQLCompositeType type, int depth) {
    if (depth > 0 && random.nextInt(5) == 0) {
      // A named fragment on this type, itself generated like any selection.
      String fragment = prefix + "Frag" + fragmentCount++;
      String body = inner(type, depth);
      fragments.add("fragment " + fragment + " on " + type.getName() + " " + body);
      return random.nextBoolean()
          ? "{ ..." + fragment + " }"
          : "{ __typename ..." + fragment + " }";
    }
    return inner(type, depth);
  }

  private String inner(GraphQLCompositeType type, int depth) {
    List<String> parts = new ArrayList<>();
    if (type instanceof GraphQLFieldsContainer container) {
      parts.addAll(fields(container, depth));
    }
    if (type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType) {
      parts.add("__typename");
      List<GraphQLObjectType> possible = new ArrayList<>(possibleTypes(schema, type));
      List<GraphQLInterfaceType> narrower = narrowerInterfaces(type, possible);
      if (!narrower.isEmpty() && random.nextInt(3) == 0) {
        // A fragment on an interface that only some of the possible types implement.
        parts.add(memberFragment(narrower.get(random.nextInt(narrower.size())), depth + 1));
      }
      int spreads = Math.min(possible.size(), 1 + random.nextInt(2));
      for (int i = 0; i < spreads; i++) {
        GraphQLObjectType concrete = possible.remove(random.nextInt(possible.size()));
        parts.add(
            random.nextInt(3) == 0
                ? memberFragment(concrete, depth + 1)
                : "... on " + concrete.getName() + " " + inner(concrete, depth + 1));
      }
    }
    if (parts.isEmpty()) {
      parts.add("__typename");
    }
    return "{ " + String.join(" ", parts) + " }";
  }

  /**
   * A named fragment on one possible type, or on an interface some of them implement, spread where
   * the abstract type is selected: directly ({@code ...Frag}) or inside an inline fragment ({@code
   * ... on Type { ...Frag }}).
   */
  private String memberFragment(GraphQLCompositeType member, int depth) {
    String fragment = prefix + "Frag" + fragmentCount++;
    String body = inner(member, depth);
    fragments.add("fragment " + fragment + " on " + member.getName() + " " + body);
    return random.nextBoolean()
        ? "..." + fragment
        : "... on " + member.getName() + " { ..." + fragment + " }";
  }

  /** The interfaces some, but not all, of {@code possible} implement, other than {@code type}. */
  private static List<GraphQLInterfaceType> narrowerInterfaces(
      GraphQLCompositeType type, List<GraphQLObjectType> possible) {
    java.util.Map<String, GraphQLInterfaceType> byName = new java.util.TreeMap<>();
    for (GraphQLObjectType object : possible) {
      for (graphql.schema.GraphQLNamedOutputType implemented : object.getInterfaces()) {
        if (!implemented.getName().equals(type.getName())) {
          byName.put(implemented.getName(), (GraphQLInterfaceType) implemented);
        }
      }
    }
    List<GraphQLInterfaceType> out = new ArrayList<>();
    for (GraphQLInterfaceType candidate : byName.values()) {
      long implementing =
          possible.stream().filter(object -> object.getInterfaces().contains(candidate)).count();
      if (implementing < possible.size()) {
        out.add(candidate);
      }
    }
    return out;
  }

  private List<String> fields(GraphQLFieldsContainer type, int depth) {
    List<GraphQLFieldDefinition> candidates = new ArrayList<>();
    for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
      GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(field.getType());
      boolean composite = unwrapped instanceof GraphQLCompositeType;
      if (arguments(field) != null && (!composite || depth < maxDepth)) {
        candidates.add(field);
      }
    }
    List<String> out = new ArrayList<>();
    int count = Math.min(candidates.size(), 1 + random.nextInt(3));
    for (int i = 0; i < count; i++) {
      GraphQLFieldDefinition field = candidates.remove(random.nextInt(candidates.size()));
      String alias = random.nextInt(5) == 0 ? "a" + aliases++ + ": " : "";
      StringBuilder text =
          new StringBuilder(alias).append(field.getName()).append(arguments(field));
      GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(field.getType());
      if (unwrapped instanceof GraphQLCompositeType composite) {
        text.append(' ').append(selection(composite, depth + 1));
      }
      out.add(text.toString());
    }
    return out;
  }

  /** Literals for the required arguments, or {@code null} when one cannot be written. */
  private String arguments(GraphQLFieldDefinition field) {
    List<String> out = new ArrayList<>();
    for (GraphQLArgument argument : field.getArguments()) {
      if (!(argument.getType() instanceof GraphQLNonNull) || argument.hasSetDefaultValue()) {
        continue;
      }
      String literal = literal(GraphQLTypeUtil.unwrapNonNull(argument.getType()));
      if (literal == null) {
        return null;
      }
      out.add(argument.getName() + ": " + literal);
    }
    return out.isEmpty() ? "" : "(" + String.join(", ", out) + ")";
  }

  private static String literal(GraphQLType type) {
    if (type instanceof GraphQLEnumType enumType) {
      return enumType.getValues().get(0).getName();
    }
    if (!(type instanceof GraphQLScalarType scalar)) {
      return null;
    }
    return switch (scalar.getName()) {
      case "ID", "String" -> "\"1\"";
      case "Int" -> "1";
      case "Float" -> "1.5";
      case "Boolean" -> "true";
      default -> null;
    };
  }

  /** The object types a composite type may be at run time. */
  static List<GraphQLObjectType> possibleTypes(GraphQLSchema schema, GraphQLType type) {
    if (type instanceof GraphQLObjectType object) {
      return List.of(object);
    }
    if (type instanceof GraphQLInterfaceType iface) {
      return schema.getImplementations(iface);
    }
    List<GraphQLObjectType> out = new ArrayList<>();
    if (type instanceof GraphQLUnionType union) {
      union.getTypes().forEach(member -> out.add((GraphQLObjectType) member));
    }
    return out;
  }
}
