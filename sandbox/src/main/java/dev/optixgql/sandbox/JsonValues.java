package dev.optixgql.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Unmodifiable deep copies of JSON values (maps, lists and scalars; nulls kept). */
final class JsonValues {
  private JsonValues() {}

  static Map<String, Object> immutable(Map<String, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((key, value) -> out.put(key, value(value)));
    return Collections.unmodifiableMap(out);
  }

  @SuppressWarnings("unchecked")
  private static Object value(Object value) {
    if (value instanceof Map<?, ?> map) {
      return immutable((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object element : list) {
        out.add(value(element));
      }
      return Collections.unmodifiableList(out);
    }
    return value;
  }
}
