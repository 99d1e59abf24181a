package dev.optixgql.processor.ir;

import java.util.List;

/** A schema enum used by the operations of a package, with every value the schema declares. */
public record IrEnum(String name, String description, List<Value> values) {
  public IrEnum {
    values = List.copyOf(values);
  }

  /** One enum value; {@code deprecationReason} is {@code null} unless deprecated. */
  public record Value(String name, String description, String deprecationReason) {}
}
