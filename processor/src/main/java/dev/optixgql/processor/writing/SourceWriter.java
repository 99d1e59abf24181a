package dev.optixgql.processor.writing;

import com.palantir.javapoet.JavaFile;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * The last stage: writes generated files through javac's {@link Filer}, once each per compilation,
 * so javac compiles them in the next round.
 */
public final class SourceWriter {
  private final Filer filer;
  private final Diagnostics diagnostics;
  private final Set<String> written = new HashSet<>();

  public SourceWriter(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  public void write(JavaFile file) {
    String name = file.packageName() + "." + file.typeSpec().name();
    if (!written.add(name)) {
      return;
    }
    // Rendered whole first: JavaPoet appends many small pieces, which cost more through the
    // Filer's encoding writer than one string does.
    String text = file.toString();
    try {
      JavaFileObject out =
          filer.createSourceFile(
              name, file.typeSpec().originatingElements().toArray(new Element[0]));
      try (Writer writer = out.openWriter()) {
        writer.write(text);
      }
    } catch (FilerException e) {
      diagnostics.report(
          DiagnosticKind.CONFLICTING_GENERATED_TYPE,
          null,
          null,
          "Cannot generate "
              + name
              + ": "
              + e.getMessage()
              + ". Is a class of that name already declared?");
    } catch (IOException e) {
      diagnostics.report(
          DiagnosticKind.INTERNAL, null, null, "Cannot write " + name + ": " + e.getMessage());
    }
  }
}
