package dev.optixgql.processor.ir;

import java.util.List;

/**
 * A response record: the fields one selection set picks from a composite type. Its {@code name} is
 * the natural one (the capitalized response name); code generation makes it unique.
 *
 * @param name the suggested simple name, e.g. {@code Bookings}
 * @param alternativeName a second suggestion used on a clash: the schema type's name
 * @param schemaType the GraphQL type selected from
 * @param description the schema type's description, or {@code null}
 */
public record IrModel(
    String name,
    String alternativeName,
    String schemaType,
    String description,
    List<IrField> fields) {

  public IrModel {
    fields = List.copyOf(fields);
  }
}
