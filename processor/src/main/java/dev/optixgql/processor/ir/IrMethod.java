package dev.optixgql.processor.ir;

import java.util.List;

/**
 * One interface method: the operation it runs and, in declaration order, the parameters that supply
 * its variables (a variable with no parameter is left unsent).
 *
 * @param async whether it returns {@code CompletableFuture<Data>} rather than {@code Data}
 * @param idempotent whether a mutation may be retried (declared on the method)
 * @param factory whether it returns the operation object itself instead of executing it
 * @param pages whether it returns {@code Pages} of the list the operation pages ({@link IrPaging})
 */
public record IrMethod(
    String name,
    IrOperation operation,
    boolean async,
    boolean idempotent,
    boolean factory,
    boolean pages,
    List<Parameter> parameters) {

  public IrMethod {
    parameters = List.copyOf(parameters);
  }

  /**
   * A parameter, the variable it supplies, and whether it is declared with a primitive type ({@code
   * int} rather than {@code Integer}), which the override must repeat.
   */
  public record Parameter(String name, IrVariable variable, boolean primitive) {}
}
