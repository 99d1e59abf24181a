package dev.optixgql.processor.diagnostic;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.Messager;

/**
 * The last stage for diagnostics: prints each collected diagnostic once through javac's {@link
 * Messager}, attached to its Java site.
 */
public final class DiagnosticPrinter {
  private final Messager messager;

  public DiagnosticPrinter(Messager messager) {
    this.messager = messager;
  }

  /**
   * Whether the element or one enclosing it says {@code @SuppressWarnings("optixgql:<id>")}, e.g.
   * {@code "optixgql:deprecation"} (ids are case-insensitive), or {@code "optixgql:all"}.
   */
  static boolean suppressed(Diagnostic d) {
    String wanted = "optixgql:" + d.kind().id().toLowerCase(java.util.Locale.ROOT);
    for (javax.lang.model.element.Element e = d.element(); e != null; e = e.getEnclosingElement()) {
      SuppressWarnings annotation = e.getAnnotation(SuppressWarnings.class);
      if (annotation == null) {
        continue;
      }
      for (String value : annotation.value()) {
        String key = value.toLowerCase(java.util.Locale.ROOT);
        if (key.equals(wanted) || key.equals("optixgql:all")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String identity(javax.lang.model.element.Element element) {
    StringBuilder out = new StringBuilder();
    for (javax.lang.model.element.Element e = element; e != null; e = e.getEnclosingElement()) {
      out.append(e.getKind()).append(' ').append(e).append('/');
    }
    return out.toString();
  }

  public void print(Diagnostics diagnostics) {
    Set<String> printed = new LinkedHashSet<>();
    for (Diagnostic d : diagnostics.all()) {
      if (d.severity() != javax.tools.Diagnostic.Kind.ERROR && suppressed(d)) {
        continue;
      }
      String text = d.render();
      // One GraphQL mistake reached through two interfaces is one mistake; a problem of the set-up
      // (no GraphQL root, say) is told on every interface it stops, so none is left silent.
      String key =
          d.severity() + text + (d.location() == null ? "\u0000" + identity(d.element()) : "");
      if (!printed.add(key)) {
        continue;
      }
      if (d.element() == null) {
        messager.printMessage(d.severity(), text);
      } else if (d.annotation() == null) {
        messager.printMessage(d.severity(), text, d.element());
      } else if (d.annotationValue() == null) {
        messager.printMessage(d.severity(), text, d.element(), d.annotation());
      } else {
        messager.printMessage(d.severity(), text, d.element(), d.annotation(), d.annotationValue());
      }
    }
  }
}
