package dev.optixgql.processor.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into plain maps and lists for graphql-java's {@code
 * IntrospectionResultToSchema}; only used at compile time, on snapshot files.
 */
final class IntrospectionJson {
  private static final JsonFactory JSON = new JsonFactory();

  private IntrospectionJson() {}

  static Object parse(String text) throws IOException {
    try (JsonParser in = JSON.createParser(text)) {
      in.nextToken();
      Object value = read(in);
      if (in.nextToken() != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(
            in, "Unexpected content after the JSON value");
      }
      return value;
    }
  }

  private static Object read(JsonParser in) throws IOException {
    JsonToken token = in.currentToken();
    if (token == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(in, "Unexpected end of input");
    }
    switch (token) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
          String name = in.currentName();
          in.nextToken();
          object.put(name, read(in));
        }
        return object;
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(in));
        }
        return array;
      case VALUE_STRING:
        return in.getText();
      case VALUE_NUMBER_INT:
        return in.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return in.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(in, "Unexpected token " + token);
    }
  }
}
