package dev.optixgql.processor.ir;

import java.util.List;

/**
 * A validated operation lowered against one snapshot, with the schema types it reaches lowered too:
 * everything later stages need from the schema, so an operation read from the cache needs no schema
 * at all.
 *
 * @param used the names of the enums and input objects it reaches
 * @param enums those enums, lowered, in name order
 * @param inputObjects those input objects, lowered, in name order
 */
public record LoweredOperation(
    IrOperation operation, UsedTypes used, List<IrEnum> enums, List<IrInputObject> inputObjects) {

  public LoweredOperation {
    enums = List.copyOf(enums);
    inputObjects = List.copyOf(inputObjects);
  }
}
