package dev.optixgql.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.processor.OptixGqlProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As Gradle runs an incremental processor: the {@link ProcessingEnvironment} is a wrapper, so
 * javac's {@code Trees} refuses it, and the outputs are Gradle's {@code build/classes/java/main}
 * and {@code build/generated/sources/annotationProcessor/java/main}. The GraphQL root is still
 * found (from the Filer's outputs) and everything is generated. The processor jar declares the
 * category Gradle needs for incremental compilation.
 */
class WrappedEnvironmentTest {
  @TempDir Path dir;

  @Test
  void theRootIsFoundThroughAWrappedEnvironmentInGradlesLayout() throws IOException {
    Path project = SmallProject.write(dir, "query Me {\n  me {\n    name\n  }\n}\n", "Api");
    Path classes = project.resolve("build/classes/java/main");
    Path generated = project.resolve("build/generated/sources/annotationProcessor/java/main");
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    List<String> options = new ArrayList<>();
    options.addAll(List.of("--release", "17", "-classpath", Jars.path(Jars.select(Jars.RUNTIME))));
    options.addAll(List.of("-d", classes.toString(), "-s", generated.toString()));
    boolean success;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              output,
              files,
              null,
              options,
              null,
              files.getJavaFileObjectsFromStrings(Compilers.sources(project)));
      Wrapping wrapping = new Wrapping();
      task.setProcessors(List.of(wrapping));
      success = task.call();
      assertTrue(wrapping.treesRefused, "javac's Trees accepted the wrapped environment");
    }

    assertTrue(success, output.toString());
    assertEquals("", output.toString());
    assertTrue(Files.isRegularFile(generated.resolve("test/Api_Impl.java")));
    assertTrue(Files.isRegularFile(classes.resolve("test/MeQuery.class")));
  }

  @Test
  void theProcessorJarDeclaresItsGradleCategory() throws IOException {
    try (InputStream in =
        OptixGqlProcessor.class
            .getClassLoader()
            .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertTrue(in != null, "no META-INF/gradle/incremental.annotation.processors");
      assertEquals(
          OptixGqlProcessor.class.getName() + ",aggregating",
          new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }

  /** Hands optixgql a proxy of the environment, as Gradle's incremental processing does. */
  private static final class Wrapping extends AbstractProcessor {
    private final OptixGqlProcessor delegate = new OptixGqlProcessor();
    boolean treesRefused;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      ProcessingEnvironment wrapped =
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  (proxy, method, args) -> {
                    try {
                      return method.invoke(env, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
      try {
        com.sun.source.util.Trees.instance(wrapped);
      } catch (IllegalArgumentException expected) {
        treesRefused = true;
      }
      delegate.init(wrapped);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }
}
