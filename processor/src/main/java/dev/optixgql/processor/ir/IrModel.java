package dev.optixgql.processor.ir;

import java.util.List;

/**
 * A response model: the fields one selection set picks from a composite type. Its {@code name} is
 * the natural one (the capitalized response name); code generation makes it unique.
 *
 * <p>A selection on an interface or union that tells concrete types apart (type conditions) is
 * polymorphic: {@code variants} then holds one model per concrete type it distinguishes plus a last
 * one, {@code Other}, for every other type; {@code fields} holds what all of them share.
 *
 * @param name the suggested simple name, e.g. {@code Bookings}
 * @param alternativeName a second suggestion used on a clash: the schema type's name
 * @param schemaType the GraphQL type selected from (for {@code Other}: the abstract type)
 * @param description the schema type's description, or {@code null}
 * @param fields the fields, in selection order (for a polymorphic model: the shared ones)
 * @param variants empty for a plain record; else the concrete variants, {@code Other} last
 * @param fragments the named fragments' models this model implements: their fields are all here, in
 *     the same form (nested records implementing the fragments' nested types)
 */
public record IrModel(
    String name,
    String alternativeName,
    String schemaType,
    String description,
    List<IrField> fields,
    List<IrModel> variants,
    List<IrModel> fragments) {

  public IrModel {
    fields = List.copyOf(fields);
    variants = List.copyOf(variants);
    fragments = List.copyOf(fragments);
  }

  /**
   * The fields an interface for this model declares: all of them for a plain model; for a
   * polymorphic one, the shared fields every variant has in the same form (same object).
   */
  public List<IrField> declaredFields() {
    if (!polymorphic()) {
      return fields;
    }
    List<IrField> out = new java.util.ArrayList<>();
    for (IrField field : fields) {
      boolean everywhere = true;
      for (IrModel variant : variants) {
        boolean found = false;
        for (IrField candidate : variant.fields()) {
          found |= candidate == field;
        }
        everywhere &= found;
      }
      if (everywhere) {
        out.add(field);
      }
    }
    return out;
  }

  /**
   * Equal values and the same sharing, compared in linear time: the IR is a DAG, which a record's
   * generated {@code equals} would unfold (see {@link IrEquality}).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof IrModel that && IrEquality.equal(this, that);
  }

  @Override
  public int hashCode() {
    return IrEquality.hash(this);
  }

  /** The model alone, without what it holds (the generated form would unfold the DAG). */
  @Override
  public String toString() {
    return "IrModel["
        + name
        + " on "
        + schemaType
        + ", "
        + fields.size()
        + " fields, "
        + variants.size()
        + " variants, "
        + fragments.size()
        + " fragments]";
  }

  /** Whether this model is a sealed interface over {@link #variants()}. */
  public boolean polymorphic() {
    return !variants.isEmpty();
  }

  /** The variant for types the selection does not name; the last of {@link #variants()}. */
  public IrModel fallback() {
    return variants.get(variants.size() - 1);
  }
}
