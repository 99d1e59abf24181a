package dev.optixgql.benchmarks.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floor of any source-generating processor: in its first round it writes the reference
 * generated sources through the {@code Filer}, doing no other work. javac then pays what every
 * generating processor costs: another round that parses and enters the new sources, a last round,
 * and entering everything once more for the compile proper.
 */
final class FloorProcessor extends AbstractProcessor {
  private final Path generated;
  private boolean done;

  FloorProcessor(Path generated) {
    this.generated = generated;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.optixgql.runtime.GraphQLClient");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || annotations.isEmpty()) {
      return false;
    }
    done = true;
    try {
      List<Path> files = Workspace.javaFiles(generated);
      for (Path file : files) {
        String relative = generated.relativize(file).toString();
        String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          out.write(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
