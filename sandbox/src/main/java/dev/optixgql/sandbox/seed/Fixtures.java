package dev.optixgql.sandbox.seed;

import dev.optixgql.sandbox.json.JsonReader;
import dev.optixgql.sandbox.json.MalformedRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records of the user's own, by field coordinate ({@code "Query.invoices"}): the JSON value that
 * field answers, whatever its arguments (a list Optix pages answers one page of the record's {@code
 * data}). Below it the value's own members answer their fields (an object's {@code "status"} its
 * {@code status} field), and anything a record leaves out gets the sandbox's deterministic default,
 * so a fixture holds only what a test asserts on.
 */
public final class Fixtures {
  private final Map<String, Object> byCoordinate = new LinkedHashMap<>();

  /** Adds {@code value} (maps, lists, strings, numbers, booleans, null) for {@code coordinate}. */
  public void put(String coordinate, Object value) {
    if (!coordinate.matches("[_A-Za-z][_0-9A-Za-z]*\\.[_A-Za-z][_0-9A-Za-z]*")) {
      throw new IllegalArgumentException(
          "A fixture is keyed by a field coordinate such as \"Query.invoices\", not \""
              + coordinate
              + "\"");
    }
    byCoordinate.put(coordinate, immutable(value));
  }

  /** Reads a JSON object of coordinates to values, e.g. {@code {"Query.invoices": {...}}}. */
  public void read(Path file) {
    Object json;
    try {
      json = JsonReader.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the fixture file " + file, e);
    } catch (MalformedRequestException e) {
      throw new IllegalArgumentException(
          "The fixture file " + file + " is not JSON: " + e.getMessage(), e);
    }
    if (!(json instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(
          "The fixture file "
              + file
              + " must hold a JSON object of field coordinates to values, e.g."
              + " {\"Query.invoices\": {\"data\": [...]}}");
    }
    map.forEach((coordinate, value) -> put(String.valueOf(coordinate), value));
  }

  /**
   * Adds each member of a query's {@code data} object, as JSON text, as the fixture of the root
   * field it names ({@code {"bookings": {...}}} → {@code Query.bookings}).
   */
  public void readData(String data) {
    Object json;
    try {
      json = JsonReader.read(data);
    } catch (MalformedRequestException e) {
      throw new IllegalArgumentException("The data is not JSON: " + e.getMessage(), e);
    }
    if (!(json instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(
          "Fixture data must be a JSON object of root fields, e.g. {\"bookings\": {...}}");
    }
    map.forEach((field, value) -> put("Query." + field, value));
  }

  /** The fixtures in order; a value may be {@code null} (the field answers null). */
  public Map<String, Object> byCoordinate() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCoordinate));
  }

  private static Object immutable(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), immutable(v)));
      return java.util.Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      return java.util.Collections.unmodifiableList(
          list.stream().map(Fixtures::immutable).toList());
    }
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).intValue() == ((Number) value).longValue()
          ? ((Number) value).intValue()
          : value;
    }
    return value;
  }
}
