package dev.optixgql.benchmarks.processor;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates distinct operations without variables against a schema: root {@code Query} fields in
 * turn (required arguments given as literals), seeded selections of depth 1 to 3, and only those
 * that graphql-java's {@link Validator} accepts.
 */
final class OperationCorpus {
  /** One generated operation: its name and its text. */
  record Operation(String name, String text) {}

  /** The operations, and how many distinct candidates the validator rejected. */
  record Result(List<Operation> operations, int rootFields, int rejected) {}

  private OperationCorpus() {}

  static Result generate(GraphQLSchema schema, int count) {
    List<GraphQLFieldDefinition> roots = new ArrayList<>();
    for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
      if (!field.isDeprecated()
          && SelectionBuilder.isObjectWithLeaves(field)
          && arguments(field) != null) {
        roots.add(field);
      }
    }
    Validator validator = new Validator();
    Set<String> bodies = new HashSet<>();
    List<Operation> operations = new ArrayList<>();
    int rejected = 0;
    for (int attempt = 0; operations.size() < count && attempt < count * 50; attempt++) {
      GraphQLFieldDefinition root = roots.get(attempt % roots.size());
      int depth = 1 + (attempt / roots.size()) % 3;
      String body =
          new SelectionBuilder(new Random(attempt)).objectField(root, arguments(root), depth, "  ");
      if (body == null || !bodies.add(body)) {
        continue;
      }
      String name = String.format(Locale.ROOT, "Op%03d", operations.size() + 1);
      String text = "query " + name + " {\n" + body + "}\n";
      Document document = Parser.parse(text);
      if (!validator.validateDocument(schema, document, Locale.ROOT).isEmpty()) {
        rejected++;
        continue;
      }
      operations.add(new Operation(name, text));
    }
    if (operations.size() < count) {
      throw new IllegalStateException(
          "Only " + operations.size() + " valid distinct operations; wanted " + count);
    }
    return new Result(operations, roots.size(), rejected);
  }

  /** {@code (a: 1, b: "x")} for the required arguments, or {@code null} if one has no literal. */
  private static String arguments(GraphQLFieldDefinition field) {
    List<String> out = new ArrayList<>();
    for (GraphQLArgument argument : field.getArguments()) {
      if (argument.getType() instanceof GraphQLNonNull && !argument.hasSetDefaultValue()) {
        String literal = literal(argument.getType());
        if (literal == null) {
          return null;
        }
        out.add(argument.getName() + ": " + literal);
      }
    }
    return out.isEmpty() ? "" : "(" + String.join(", ", out) + ")";
  }

  private static String literal(GraphQLInputType type) {
    GraphQLType bare = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
    if (bare instanceof GraphQLList list) {
      String element = literal((GraphQLInputType) list.getWrappedType());
      return element == null ? null : "[" + element + "]";
    }
    if (bare instanceof GraphQLEnumType enumType) {
      return enumType.getValues().get(0).getName();
    }
    if (bare instanceof GraphQLScalarType scalar) {
      switch (scalar.getName()) {
        case "Int":
          return "1";
        case "Float":
          return "1.5";
        case "Boolean":
          return "true";
        case "DateTime":
          return "\"2030-01-07 09:00:00\"";
        case "Time":
          return "\"09:00:00\"";
        default:
          return "\"1\"";
      }
    }
    return null;
  }
}
