package dev.optixgql.processor.ir;

/**
 * One field of a response record.
 *
 * @param responseName the JSON key: the alias if any, else the field name
 * @param fieldName the schema field's name
 * @param type its type; a field under {@code @include}/{@code @skip} is nullable
 * @param description the schema field's description, or {@code null}
 * @param deprecationReason the deprecation reason, or {@code null} when not deprecated
 */
public record IrField(
    String responseName,
    String fieldName,
    IrType type,
    String description,
    String deprecationReason) {

  /** Equal values; a nested model compared in linear time (see {@link IrEquality}). */
  @Override
  public boolean equals(Object other) {
    return other instanceof IrField that && IrEquality.equal(this, that);
  }

  @Override
  public int hashCode() {
    return IrEquality.hash(this);
  }

  /** Equal but for the description, which an implementing type may word differently. */
  public boolean sameShape(IrField other) {
    return responseName.equals(other.responseName)
        && fieldName.equals(other.fieldName)
        && type.equals(other.type)
        && java.util.Objects.equals(deprecationReason, other.deprecationReason);
  }
}
