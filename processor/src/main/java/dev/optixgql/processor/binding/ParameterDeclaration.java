package dev.optixgql.processor.binding;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** One method parameter, matched to an operation variable by name. */
public record ParameterDeclaration(VariableElement element, String name, TypeMirror type) {}
