package dev.optixgql.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another processor, as a test input: in its first round it generates a second
 * {@code @GraphQLClient} interface, so optixgql meets interfaces in two rounds of one compilation.
 */
@SupportedAnnotationTypes("*")
public final class SecondClientGenerator extends AbstractProcessor {
  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || round.processingOver()) {
      return false;
    }
    done = true;
    try (Writer out = processingEnv.getFiler().createSourceFile("test.Second").openWriter()) {
      out.write(
          """
          package test;

          @dev.optixgql.runtime.GraphQLClient(schema = "schema.graphqls")
          public interface Second {
            @dev.optixgql.runtime.GraphQLOperation("Me")
            MeQuery.Data me();
          }
          """);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
