package dev.optixgql.runtime;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks for a token in everything a caller can reach from a value: its {@code toString}, and for an
 * exception its message, stack trace text, causes and suppressed exceptions, and, reflectively, the
 * fields of every object reachable from it (strings, char and byte arrays included). A hit is any
 * run of {@link #FRAGMENT} characters of the token.
 */
final class LeakScan {
  static final int FRAGMENT = 8;
  private static final int MAX_DEPTH = 8;

  private final String token;
  private final List<String> leaks = new ArrayList<>();
  private final Map<Object, Boolean> seen = new IdentityHashMap<>();
  private int values;

  LeakScan(String token) {
    this.token = token;
  }

  /** Scans {@code value} and what it reaches; returns this for chaining. */
  LeakScan scan(String what, Object value) {
    values++;
    if (value instanceof Throwable e) {
      java.io.StringWriter trace = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(trace));
      check(what + " stack trace", trace.toString());
    }
    check(what + " toString", String.valueOf(value));
    walk(what, value, 0);
    return this;
  }

  List<String> leaks() {
    return leaks;
  }

  int values() {
    return values;
  }

  private void walk(String where, Object value, int depth) {
    if (value == null || depth > MAX_DEPTH || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof String s) {
      check(where, s);
      return;
    }
    if (value instanceof char[] chars) {
      check(where, new String(chars));
      return;
    }
    if (value instanceof byte[] bytes) {
      check(where, new String(bytes, StandardCharsets.ISO_8859_1));
      return;
    }
    Class<?> type = value.getClass();
    if (type.isArray()) {
      if (!type.getComponentType().isPrimitive()) {
        for (int i = 0; i < Array.getLength(value); i++) {
          walk(where + "[" + i + "]", Array.get(value, i), depth + 1);
        }
      }
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(where + "[" + i++ + "]", item, depth + 1);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        walk(where + ".key", entry.getKey(), depth + 1);
        walk(where + "[" + entry.getKey() + "]", entry.getValue(), depth + 1);
      }
      return;
    }
    if (type.isPrimitive()
        || value instanceof Number
        || value instanceof Boolean
        || type.isEnum()) {
      return;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        Object fieldValue;
        try {
          field.setAccessible(true);
          fieldValue = field.get(value);
        } catch (RuntimeException | IllegalAccessException e) {
          continue; // a JDK class's field the module system keeps closed
        }
        walk(where + "." + field.getName(), fieldValue, depth + 1);
      }
    }
  }

  private void check(String where, String text) {
    for (int i = 0; i + FRAGMENT <= token.length(); i++) {
      if (text.contains(token.substring(i, i + FRAGMENT))) {
        leaks.add(where + ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text));
        return;
      }
    }
  }
}
