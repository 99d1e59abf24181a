package dev.optixgql.sandbox.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON text into plain maps, lists, strings, numbers, booleans and nulls. */
public final class JsonReader {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonReader() {}

  /** Reads one JSON value that must fill the whole text. */
  public static Object read(String text) throws MalformedRequestException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads one JSON value that must fill the whole byte array (UTF-8). */
  public static Object read(byte[] bytes) throws MalformedRequestException {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new MalformedRequestException("The request body is empty.");
      }
      Object value = value(parser, first);
      if (parser.nextToken() != null) {
        throw new MalformedRequestException("The request body has content after its JSON value.");
      }
      return value;
    } catch (JsonProcessingException e) {
      // Jackson's own message may quote the offending input (perhaps a token): give only where.
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new MalformedRequestException("The request body is not valid JSON" + where + ".");
    } catch (IOException e) {
      throw new MalformedRequestException("The request body could not be read.");
    }
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          object.put(name, value(parser, parser.nextToken()));
        }
        return object;
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(value(parser, t));
        }
        return array;
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return parser.getIntValue();
          case LONG:
            return parser.getLongValue();
          default:
            return parser.getBigIntegerValue();
        }
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("Unexpected JSON token " + token);
    }
  }
}
