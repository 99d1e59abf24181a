package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor in javac's rounds: it looks for {@code @GraphQLClient} only where javac found it
 * (the later rounds, which hold the files it generated, are skipped unless another processor
 * generated an interface), and {@code @Generated} is put on its files only where the compilation's
 * platform has it.
 */
class ProcessingRoundsTest {
  private static final String SCHEMA = "type Query {\n  ping: String\n}\n";

  private static final String OPS = "query Ping {\n  ping\n}\n";

  @TempDir Path dir;

  @Test
  void anInterfaceAnotherProcessorGeneratesIsImplementedInTheNextRound() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", OPS);

    // Api is processed in the first round, Later (binding the same operation) in the second.
    Compilation compilation =
        project.compile(
            List.of(new ClientWriter()),
            List.of(),
            client(),
            JavaFileObjects.forSourceString(
                "com.acme.Marker",
                "package com.acme;\n\n"
                    + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.SOURCE)\n"
                    + "@interface WriteClient {}\n\n"
                    + "@WriteClient\n"
                    + "final class Marker {}\n"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(
        Set.of("com.acme.Later", "com.acme.Later_Impl", "com.acme.Api_Impl", "com.acme.PingQuery"),
        Set.copyOf(
            compilation.generatedSourceFiles().stream()
                .map(file -> file.getName().replaceAll(".*/com/acme/(\\w+)\\.java$", "com.acme.$1"))
                .toList()));
    assertEquals(
        Set.of("com.acme.Api_Impl", "com.acme.Later_Impl", "com.acme.PingQuery"),
        project.generated());
  }

  @Test
  void generatedFilesCarryGeneratedWhereThePlatformHasIt() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", OPS);

    Compilation compilation = project.compile(client());

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        impl(compilation).contains("@Generated(\"dev.optixgql.processor.OptixGqlProcessor\")"));
  }

  @Test
  void withoutJavaCompilerInTheModuleGraphTheyDoNot() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", OPS);

    Compilation compilation =
        project.compile(List.of(), List.of("--limit-modules", "java.base"), client());

    assertThat(compilation).succeededWithoutWarnings();
    assertFalse(impl(compilation).contains("@Generated"));
  }

  private static JavaFileObject client() {
    return JavaFileObjects.forSourceString("com.acme.Api", clientSource("Api"));
  }

  private static String clientSource(String name) {
    return "package com.acme;\n\n"
        + "import dev.optixgql.runtime.GraphQLClient;\n"
        + "import dev.optixgql.runtime.GraphQLOperation;\n\n"
        + "@GraphQLClient(schema = \"schema.graphqls\")\n"
        + "public interface "
        + name
        + " {\n"
        + "  @GraphQLOperation(\"Ping\")\n"
        + "  PingQuery.Data ping();\n"
        + "}\n";
  }

  private static String impl(Compilation compilation) {
    try {
      for (JavaFileObject file : compilation.generatedSourceFiles()) {
        if (file.getName().endsWith("Api_Impl.java")) {
          return file.getCharContent(true).toString();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no Api_Impl generated");
  }

  /** Writes the interface {@code com.acme.Later} in the round that finds {@code @WriteClient}. */
  private static final class ClientWriter extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("com.acme.WriteClient");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (annotations.isEmpty()) {
        return false;
      }
      try {
        JavaFileObject file = processingEnv.getFiler().createSourceFile("com.acme.Later");
        try (Writer out = file.openWriter()) {
          out.write(clientSource("Later"));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return true;
    }
  }
}
