package dev.optixgql.processor.ir;

import java.util.List;

/** Everything generated into one Java package: sorted, so output is deterministic. */
public record IrPackage(
    String name,
    List<IrOperation> operations,
    List<IrFragment> fragments,
    List<IrEnum> enums,
    List<IrInputObject> inputObjects,
    List<IrClient> clients) {

  public IrPackage {
    operations = List.copyOf(operations);
    fragments = List.copyOf(fragments);
    enums = List.copyOf(enums);
    inputObjects = List.copyOf(inputObjects);
    clients = List.copyOf(clients);
  }
}
