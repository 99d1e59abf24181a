package dev.optixgql.processor.ir;

import java.util.List;
import javax.lang.model.element.Element;

/**
 * A {@code @GraphQLClient} interface to implement.
 *
 * @param origin the interface, only as the generated file's originating element
 * @param packageName the interface's package
 * @param simpleNames the interface's simple name, with its enclosing types first
 * @param tokenKind the runtime {@code TokenKind} constant the client requires
 */
public record IrClient(
    Element origin,
    String packageName,
    List<String> simpleNames,
    String tokenKind,
    List<IrMethod> methods) {

  public IrClient {
    simpleNames = List.copyOf(simpleNames);
    methods = List.copyOf(methods);
  }
}
