package dev.optixgql.processor.binding;

import dev.optixgql.processor.diagnostic.JavaSite;
import java.util.List;
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
    List<MethodDeclaration> methods) {}
