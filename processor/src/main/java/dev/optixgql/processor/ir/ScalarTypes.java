package dev.optixgql.processor.ir;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a scalar's name to its IR type for one client: the spec's five as they are, a custom
 * scalar through the client's mappings, then the built-in Optix ones, else as text with one {@code
 * [OptixGql/UnmappedScalar]} warning per scalar.
 */
public final class ScalarTypes {
  private final Map<String, ScalarMapping> mappings;
  private final Diagnostics diagnostics;
  private final JavaSite site;
  private final Set<String> warned = new HashSet<>();

  public ScalarTypes(Map<String, ScalarMapping> mappings, Diagnostics diagnostics, JavaSite site) {
    this.mappings = mappings;
    this.diagnostics = diagnostics;
    this.site = site;
  }

  public IrType.Scalar of(String name) {
    if (IrType.BUILT_IN.contains(name)) {
      return new IrType.Scalar(name);
    }
    ScalarMapping mapping = mappings.get(name);
    if (mapping == null) {
      mapping = ScalarMapping.OPTIX_DEFAULTS.get(name);
    }
    if (mapping != null) {
      return new IrType.Scalar(name, mapping.javaType(), mapping.adapter());
    }
    if (warned.add(name)) {
      diagnostics.report(
          DiagnosticKind.UNMAPPED_SCALAR,
          null,
          site,
          "Custom scalar '"
              + name
              + "' has no mapping, so its values are read and written as their JSON text"
              + " (String). Map it with @GraphQLClient(scalars = @GraphQLScalar(name = \""
              + name
              + "\", javaType = …, adapter = …)).");
    }
    return new IrType.Scalar(name);
  }
}
