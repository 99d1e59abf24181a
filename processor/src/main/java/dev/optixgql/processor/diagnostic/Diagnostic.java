package dev.optixgql.processor.diagnostic;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One reported problem: what rule it breaks ({@link DiagnosticKind}), where in GraphQL text (if
 * anywhere) and the most precise Java element, annotation and annotation value it concerns.
 */
public record Diagnostic(
    DiagnosticKind kind,
    javax.tools.Diagnostic.Kind severity,
    String message,
    GraphQLLocation location,
    Element element,
    AnnotationMirror annotation,
    AnnotationValue annotationValue) {

  /** The text printed: {@code path:line:col: [OptixGql/Id] message}. */
  public String render() {
    return (location == null ? "" : location + ": ") + kind.tag() + " " + message;
  }
}
