package dev.optixgql.sandbox.seed;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the field maps that stand for GraphQL objects; unlike {@code Map.of}, allows nulls. */
public final class Fields {
  private Fields() {}

  /**
   * Returns a mutable map of alternating field names and values. A key present with a null value
   * resolves to null; an absent key resolves to the type's default (see the engine's {@code
   * DefaultValues}).
   */
  public static Map<String, Object> of(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must alternate");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }
}
