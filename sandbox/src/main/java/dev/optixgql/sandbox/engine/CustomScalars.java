package dev.optixgql.sandbox.engine;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;

/** The Optix custom scalars, all strings on the wire: DateTime, Time, JsonString, and others. */
final class CustomScalars {
  /** {@code Y-m-d H:i:s}, e.g. {@code 2030-01-07 09:00:00}. */
  static final GraphQLScalarType DATE_TIME = stringScalar("DateTime");

  /** {@code hh:mm:ss}, e.g. {@code 09:00:00}. */
  static final GraphQLScalarType TIME = stringScalar("Time");

  /** JSON text carried in a string. */
  static final GraphQLScalarType JSON_STRING = stringScalar("JsonString");

  private CustomScalars() {}

  /** Returns the scalar a snapshot declares by this name; unknown names get a string scalar. */
  static GraphQLScalarType named(String name) {
    switch (name) {
      case "DateTime":
        return DATE_TIME;
      case "Time":
        return TIME;
      case "JsonString":
        return JSON_STRING;
      default:
        return stringScalar(name);
    }
  }

  /** The value a field of this scalar type gets when the seed has none. */
  static String defaultValue(String name, String otherwise) {
    switch (name) {
      case "DateTime":
        return "2030-01-07 09:00:00";
      case "Time":
        return "09:00:00";
      case "JsonString":
        return "{}";
      default:
        return otherwise;
    }
  }

  private static GraphQLScalarType stringScalar(String name) {
    return GraphQLScalarType.newScalar()
        .name(name)
        .description("Optix " + name + ", carried as a string")
        .coercing(new StringCoercing(name))
        .build();
  }

  /** Coerces a custom scalar to and from a string, refusing other literals and variables. */
  private static final class StringCoercing implements Coercing<String, String> {
    private final String name;

    StringCoercing(String name) {
      this.name = name;
    }

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof String || value instanceof Number || value instanceof Boolean) {
        return value.toString();
      }
      throw new CoercingSerializeException("Cannot serialize a " + name + " from " + value);
    }

    @Override
    public String parseValue(Object input, GraphQLContext context, Locale locale) {
      if (input instanceof String text) {
        return text;
      }
      throw new CoercingParseValueException("Expected a string for " + name);
    }

    @Override
    public String parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (input instanceof StringValue text) {
        return text.getValue();
      }
      throw new CoercingParseLiteralException("Expected a string literal for " + name);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
      return StringValue.of(String.valueOf(input));
    }
  }
}
