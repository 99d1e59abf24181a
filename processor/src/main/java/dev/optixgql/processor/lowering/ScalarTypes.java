package dev.optixgql.processor.lowering;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.ir.IrType;
import dev.optixgql.processor.ir.ScalarMapping;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Resolves a scalar's name to its IR type for one client: the spec's five as they are, a custom
 * scalar through the client's mappings, then the built-in Optix ones (Optix snapshots only), else
 * as text with one {@code [OptixGql/UnmappedScalar]} warning per scalar.
 */
public final class ScalarTypes {
  private final Map<String, ScalarMapping> mappings;
  private final Diagnostics diagnostics;
  private final JavaSite site;
  private final Set<String> warned = new HashSet<>();

  private final Supplier<GraphQLSchema> schema;

  /**
   * @param schema the snapshot the client is bound to, asked for only when a custom scalar is
   *     resolved: Optix's built-in mappings apply only where it is Optix's ({@link #optixFormat})
   */
  public ScalarTypes(
      Map<String, ScalarMapping> mappings,
      Supplier<GraphQLSchema> schema,
      Diagnostics diagnostics,
      JavaSite site) {
    this.mappings = mappings;
    this.schema = schema;
    this.diagnostics = diagnostics;
    this.site = site;
  }

  /**
   * Whether scalar {@code name} of {@code schema} has the format Optix gives it: the schema is an
   * Optix snapshot (an {@code Organization} type with {@code organization_id} and {@code
   * organization_uuid}), or the scalar's own description states the format ({@code Y-m-d H:i:s} for
   * {@code DateTime}, {@code hh:mm:ss} for {@code Time}, JSON for {@code JsonString}).
   */
  public static boolean optixFormat(GraphQLSchema schema, String name) {
    if (schema == null) {
      return false;
    }
    if (schema.getType("Organization") instanceof GraphQLObjectType organization
        && organization.getFieldDefinition("organization_id") != null
        && organization.getFieldDefinition("organization_uuid") != null) {
      return true;
    }
    String description =
        schema.getType(name) instanceof GraphQLScalarType scalar ? scalar.getDescription() : null;
    if (description == null) {
      return false;
    }
    return switch (name) {
      case "DateTime" -> description.contains("Y-m-d H:i:s");
      case "Time" -> description.contains("hh:mm:ss");
      case "JsonString" -> description.contains("JSON");
      default -> false;
    };
  }

  public IrType.Scalar of(String name) {
    if (IrType.BUILT_IN.contains(name)) {
      return new IrType.Scalar(name);
    }
    ScalarMapping mapping = mappings.get(name);
    if (mapping == null && optixFormat(schema.get(), name)) {
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
