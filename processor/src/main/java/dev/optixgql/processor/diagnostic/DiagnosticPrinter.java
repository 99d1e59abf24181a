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

  public void print(Diagnostics diagnostics) {
    Set<String> printed = new LinkedHashSet<>();
    for (Diagnostic d : diagnostics.all()) {
      String text = d.render();
      // One GraphQL mistake reached through two interfaces is one mistake.
      if (!printed.add(d.severity() + text)) {
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
