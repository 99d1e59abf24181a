package dev.optixgql.processor.diagnostic;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The Java source a diagnostic is attached to, most precise first: an annotation value, its
 * annotation, then the element, so IDEs and javac point at the right spot.
 */
public record JavaSite(Element element, AnnotationMirror annotation, AnnotationValue value) {
  public static JavaSite of(Element element) {
    return new JavaSite(element, null, null);
  }

  public static JavaSite of(Element element, AnnotationMirror annotation, AnnotationValue value) {
    return new JavaSite(element, annotation, value);
  }
}
