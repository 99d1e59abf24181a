package dev.optixgql.processor.binding;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.ir.ScalarMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @GraphQLClient} interface into a {@link ClientDeclaration}, reporting annotations
 * on the wrong kind of element and abstract methods with no operation.
 */
public final class ClientReader {
  public static final String CLIENT_ANNOTATION = "dev.optixgql.runtime.GraphQLClient";
  public static final String OPERATION_ANNOTATION = "dev.optixgql.runtime.GraphQLOperation";

  private final Elements elements;
  private final Diagnostics diagnostics;

  public ClientReader(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /** The declaration, or {@code null} when the element cannot be a client (reported). */
  public ClientDeclaration read(Element element) {
    AnnotationMirror client = annotation(element, CLIENT_ANNOTATION);
    if (element.getKind() != ElementKind.INTERFACE) {
      diagnostics.report(
          DiagnosticKind.NOT_AN_INTERFACE,
          null,
          JavaSite.of(element, client, null),
          "@GraphQLClient goes on an interface; "
              + element.getSimpleName()
              + " is a "
              + element.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + ".");
      return null;
    }
    TypeElement type = (TypeElement) element;
    AnnotationValue schemaValue = value(client, "schema");
    AnnotationValue tokenValue = value(client, "token");
    AnnotationValue readOnlyValue = value(client, "readOnly");
    String schema = schemaValue == null ? "" : String.valueOf(schemaValue.getValue());
    String token = tokenValue == null ? "ANY" : String.valueOf(tokenValue.getValue());
    List<MethodDeclaration> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          && !method.getEnclosingElement().toString().equals("java.lang.Object")) {
        MethodDeclaration declaration = method(method);
        if (declaration != null) {
          methods.add(declaration);
        }
      }
    }
    return new ClientDeclaration(
        type,
        JavaSite.of(type, client, schemaValue),
        schema,
        token,
        readOnlyValue != null && Boolean.TRUE.equals(readOnlyValue.getValue()),
        scalars(type, client),
        methods);
  }

  /** An abstract method of the interface, or {@code null} without @GraphQLOperation (reported). */
  private MethodDeclaration method(ExecutableElement method) {
    AnnotationMirror operation = annotation(method, OPERATION_ANNOTATION);
    if (operation == null) {
      diagnostics.report(
          DiagnosticKind.MISSING_OPERATION_ANNOTATION,
          null,
          JavaSite.of(method),
          "Method "
              + method.getSimpleName()
              + "() of a @GraphQLClient interface needs @GraphQLOperation(\"OperationName\") to"
              + " say which operation it executes (or make it a default method).");
      return null;
    }
    AnnotationValue name = value(operation, "value");
    AnnotationValue idempotent = value(operation, "idempotent");
    List<ParameterDeclaration> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(
          new ParameterDeclaration(
              parameter, parameter.getSimpleName().toString(), parameter.asType()));
    }
    return new MethodDeclaration(
        method,
        JavaSite.of(method, operation, name),
        name == null ? "" : String.valueOf(name.getValue()),
        idempotent != null && Boolean.TRUE.equals(idempotent.getValue()),
        parameters,
        method.getReturnType());
  }

  /** The {@code scalars} attribute: {@code @GraphQLScalar(name, javaType, adapter)} each. */
  private Map<String, ScalarMapping> scalars(TypeElement type, AnnotationMirror client) {
    Map<String, ScalarMapping> out = new java.util.TreeMap<>();
    AnnotationValue scalars = value(client, "scalars");
    if (scalars == null || !(scalars.getValue() instanceof List<?> entries)) {
      return out;
    }
    for (Object entry : entries) {
      AnnotationMirror mapping = (AnnotationMirror) ((AnnotationValue) entry).getValue();
      AnnotationValue name = value(mapping, "name");
      AnnotationValue javaType = value(mapping, "javaType");
      AnnotationValue adapter = value(mapping, "adapter");
      if (name == null || javaType == null || adapter == null) {
        continue; // javac reports the missing attribute
      }
      String adapterName = typeName(adapter);
      TypeElement adapterType = elements.getTypeElement(adapterName);
      boolean constructible =
          adapterType != null
              && ElementFilter.constructorsIn(adapterType.getEnclosedElements()).stream()
                  .anyMatch(
                      c ->
                          c.getParameters().isEmpty()
                              && c.getModifiers().contains(Modifier.PUBLIC));
      if (!constructible) {
        diagnostics.report(
            DiagnosticKind.INVALID_SCALAR_MAPPING,
            null,
            JavaSite.of(type, mapping, adapter),
            "The adapter for scalar '"
                + name.getValue()
                + "' needs a public no-argument constructor: generated code creates it once per"
                + " class.");
        continue;
      }
      out.put(String.valueOf(name.getValue()), new ScalarMapping(typeName(javaType), adapterName));
    }
    return out;
  }

  private static String typeName(AnnotationValue classValue) {
    Object value = classValue.getValue();
    if (value instanceof javax.lang.model.type.DeclaredType declared) {
      return ((TypeElement) declared.asElement()).getQualifiedName().toString();
    }
    return String.valueOf(value);
  }

  static AnnotationMirror annotation(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(name)) {
        return mirror;
      }
    }
    return null;
  }

  static AnnotationValue value(AnnotationMirror mirror, String name) {
    if (mirror == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
