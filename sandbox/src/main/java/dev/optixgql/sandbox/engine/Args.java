package dev.optixgql.sandbox.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Typed reads of GraphQL argument and input-object maps, tolerant of absent entries. */
final class Args {
  private Args() {}

  static String string(Map<String, Object> args, String name) {
    Object value = args.get(name);
    return value == null ? null : value.toString();
  }

  static Integer integer(Map<String, Object> args, String name) {
    return args.get(name) instanceof Number number ? number.intValue() : null;
  }

  static int integer(Map<String, Object> args, String name, int fallback) {
    Integer value = integer(args, name);
    return value == null ? fallback : value;
  }

  static Boolean bool(Map<String, Object> args, String name) {
    return args.get(name) instanceof Boolean bool ? bool : null;
  }

  /** Returns the ids of an {@code [ID]} argument without null elements, or null when absent. */
  static List<String> ids(Map<String, Object> args, String name) {
    if (!(args.get(name) instanceof List<?> list)) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    for (Object element : list) {
      if (element != null) {
        ids.add(element.toString());
      }
    }
    return ids;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> args, String name) {
    return args.get(name) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Map<String, Object> args, String name) {
    List<Map<String, Object>> objects = new ArrayList<>();
    if (args.get(name) instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof Map<?, ?> map) {
          objects.add((Map<String, Object>) map);
        }
      }
    }
    return objects;
  }

  /** Whether a text contains another, ignoring case; a null needle matches everything. */
  static boolean containsIgnoreCase(String haystack, String needle) {
    return needle == null
        || (haystack != null
            && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT)));
  }
}
