package dev.optixgql.processor.ir;

import java.util.List;

/** A schema input object used by the operations of a package, with all its fields. */
public record IrInputObject(String name, String description, List<Field> fields) {
  public IrInputObject {
    fields = List.copyOf(fields);
  }

  /**
   * One input field; a nullable one (or one with a default) may be absent, null or set.
   *
   * @param defaultValue the schema's default as GraphQL text, or {@code null} when it has none
   * @param deprecationReason {@code null} unless deprecated
   */
  public record Field(
      String name, IrType type, String defaultValue, String description, String deprecationReason) {

    /** Whether the schema gives it a default, so it may be left unsent. */
    public boolean hasDefault() {
      return defaultValue != null;
    }
  }
}
