package dev.optixgql.processor.ir;

import java.util.Map;

/**
 * A custom scalar's Java type and adapter (qualified class names), from {@code @GraphQLScalar} or
 * the built-in Optix defaults.
 */
public record ScalarMapping(String javaType, String adapter) {
  // equals and hashCode written out (a map value inside cache and lowering keys): see
  // ClientDeclaration.equals.
  @Override
  public boolean equals(Object other) {
    return other instanceof ScalarMapping that
        && java.util.Objects.equals(javaType, that.javaType)
        && java.util.Objects.equals(adapter, that.adapter);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(javaType) * 31 + java.util.Objects.hashCode(adapter);
  }

  /**
   * Optix's scalars, mapped unless a client says otherwise, in Optix snapshots only ({@link
   * ScalarTypes#optixFormat}): another schema's {@code DateTime} is unmapped until mapped.
   */
  public static final Map<String, ScalarMapping> OPTIX_DEFAULTS =
      Map.of(
          "DateTime",
          new ScalarMapping(
              "java.time.LocalDateTime", "dev.optixgql.runtime.scalars.OptixDateTimeAdapter"),
          "Time",
          new ScalarMapping("java.time.LocalTime", "dev.optixgql.runtime.scalars.OptixTimeAdapter"),
          "JsonString",
          new ScalarMapping("java.lang.String", "dev.optixgql.runtime.scalars.JsonStringAdapter"));
}
