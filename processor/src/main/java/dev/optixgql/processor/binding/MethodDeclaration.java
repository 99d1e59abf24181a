package dev.optixgql.processor.binding;

import dev.optixgql.processor.diagnostic.JavaSite;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/** A {@code @GraphQLOperation} method: the operation it names, its parameters and return type. */
public record MethodDeclaration(
    ExecutableElement element,
    JavaSite operationSite,
    String operationName,
    boolean idempotent,
    List<ParameterDeclaration> parameters,
    TypeMirror returnType) {}
