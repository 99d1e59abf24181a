package dev.optixgql.processor.ir;

import java.util.List;

/**
 * Everything generated into one Java package: sorted, so output is deterministic.
 *
 * @param generatedAnnotation whether the package's module may name {@code
 *     javax.annotation.processing.Generated} (a named module that does not read {@code
 *     java.compiler} may not)
 */
public record IrPackage(
    String name,
    boolean generatedAnnotation,
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
