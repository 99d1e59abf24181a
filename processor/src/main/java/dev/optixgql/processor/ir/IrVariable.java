package dev.optixgql.processor.ir;

/**
 * An operation variable: a component of the operation record.
 *
 * @param hasDefault whether the document gives it a default value, so it may be left unsent
 */
public record IrVariable(String name, IrType type, boolean hasDefault) {
  // equals and hashCode written out, as for every IR value compared on the clean path: see
  // ClientDeclaration.equals.
  @Override
  public boolean equals(Object other) {
    return other instanceof IrVariable that
        && name.equals(that.name)
        && type.equals(that.type)
        && hasDefault == that.hasDefault;
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + type.hashCode()) * 31 + Boolean.hashCode(hasDefault);
  }
}
