package dev.optixgql.sandbox.http;

import dev.optixgql.sandbox.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP response about to be written: status, JSON body, extra headers.
 *
 * @param body a value {@link JsonWriter} can write
 */
record HttpAnswer(int status, Object body, Map<String, String> headers) {

  HttpAnswer {
    headers = Map.copyOf(headers);
  }

  static HttpAnswer json(Object body) {
    return new HttpAnswer(200, body, Map.of());
  }

  /** An answer with the standard error body {@code {"errors":[{"message":…}]}}. */
  static HttpAnswer error(int status, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    return new HttpAnswer(status, Map.of("errors", List.of(error)), Map.of());
  }

  HttpAnswer withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new HttpAnswer(status, body, more);
  }
}
