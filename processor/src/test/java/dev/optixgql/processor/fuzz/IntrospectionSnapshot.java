package dev.optixgql.processor.fuzz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.introspection.IntrospectionQuery;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Turns an SDL snapshot into the introspection JSON a server would answer ({@code {"data":
 * {"__schema": …}}}), so the JSON loader is fuzzed from the same schema; written with jackson-core
 * alone, as the processor has no databind.
 */
public final class IntrospectionSnapshot {
  private IntrospectionSnapshot() {}

  public static String fromSdl(String sdl) {
    GraphQLSchema schema =
        UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    ExecutionResult result =
        GraphQL.newGraphQL(schema).build().execute(IntrospectionQuery.INTROSPECTION_QUERY);
    if (!result.getErrors().isEmpty()) {
      throw new IllegalStateException("introspection failed: " + result.getErrors());
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      write(json, Map.of("data", result.getData()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeFieldName(String.valueOf(entry.getKey()));
        write(json, entry.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        write(json, element);
      }
      json.writeEndArray();
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof Number number) {
      json.writeNumber(number.toString());
    } else {
      json.writeString(value.toString());
    }
  }
}
