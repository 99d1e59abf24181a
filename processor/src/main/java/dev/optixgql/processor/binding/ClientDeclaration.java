package dev.optixgql.processor.binding;

import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.ir.ScalarMapping;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @GraphQLClient} interface as written: its schema path, token kind and operation methods,
 * with the Java sites diagnostics attach to.
 */
public record ClientDeclaration(
    TypeElement element,
    JavaSite schemaSite,
    String schemaPath,
    String tokenKind,
    boolean readOnly,
    Map<String, ScalarMapping> scalars,
    List<MethodDeclaration> methods) {

  /**
   * The same interface's declaration (javac's elements are canonical). Written out, as a map key's
   * equality, so that the first lookup does not link {@code java.lang.runtime.ObjectMethods}:
   * method handles cost a fresh class loader tens of milliseconds (BENCHMARKS.md).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ClientDeclaration that && element.equals(that.element);
  }

  @Override
  public int hashCode() {
    return element.hashCode();
  }
}
