package dev.optixgql.processor.ir;

import java.util.List;
import java.util.Objects;

/** A schema input object used by the operations of a package, with all its fields. */
public record IrInputObject(String name, String description, List<Field> fields) {
  public IrInputObject {
    fields = List.copyOf(fields);
  }

  // equals and hashCode written out, as for every IR value compared on the clean path: see
  // ClientDeclaration.equals.
  @Override
  public boolean equals(Object other) {
    return other instanceof IrInputObject that
        && name.equals(that.name)
        && Objects.equals(description, that.description)
        && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, fields);
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

    @Override
    public boolean equals(Object other) {
      return other instanceof Field that
          && name.equals(that.name)
          && type.equals(that.type)
          && Objects.equals(defaultValue, that.defaultValue)
          && Objects.equals(description, that.description)
          && Objects.equals(deprecationReason, that.deprecationReason);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, type, defaultValue, description, deprecationReason);
    }
  }
}
