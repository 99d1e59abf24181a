package dev.optixgql.processor.ir;

import java.util.List;
import java.util.Objects;

/** A schema enum used by the operations of a package, with every value the schema declares. */
public record IrEnum(String name, String description, List<Value> values) {
  public IrEnum {
    values = List.copyOf(values);
  }

  // equals and hashCode written out, as for every IR value compared on the clean path (two
  // operations using one enum each lower it): see ClientDeclaration.equals.
  @Override
  public boolean equals(Object other) {
    return other instanceof IrEnum that
        && name.equals(that.name)
        && Objects.equals(description, that.description)
        && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, values);
  }

  /** One enum value; {@code deprecationReason} is {@code null} unless deprecated. */
  public record Value(String name, String description, String deprecationReason) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Value that
          && name.equals(that.name)
          && Objects.equals(description, that.description)
          && Objects.equals(deprecationReason, that.deprecationReason);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, description, deprecationReason);
    }
  }
}
