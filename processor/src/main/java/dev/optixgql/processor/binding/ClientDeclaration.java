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
    List<MethodDeclaration> methods) {}
