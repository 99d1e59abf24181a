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
   * @param deprecationReason {@code null} unless deprecated
   */
  public record Field(
      String name, IrType type, boolean hasDefault, String description, String deprecationReason) {}
}
