package dev.optixgql.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** The class files a compile-testing compilation wrote, loadable. */
public final class CompiledClasses {
  private CompiledClasses() {}

  /**
   * Compiles {@code sources} in {@code project}, asserts the compilation succeeded without a
   * warning, and loads its class files.
   */
  static ClassLoader compileCleanly(TestProject project, JavaFileObject... sources) {
    Compilation compilation = project.compile(sources);
    com.google.testing.compile.CompilationSubject.assertThat(compilation)
        .succeededWithoutWarnings();
    return loader(compilation);
  }

  /** The binary names of the compilation's class files. */
  public static java.util.List<String> names(Compilation compilation) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        names.add(binaryName(file));
      }
    }
    return names;
  }

  private static String binaryName(JavaFileObject file) {
    String path = file.toUri().getPath();
    return path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length())
        .replace(".class", "")
        .replace('/', '.');
  }

  /** Loads the compilation's class files, the runtime's from this test's class path. */
  public static ClassLoader loader(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String binary = binaryName(file);
      try (InputStream in = file.openInputStream()) {
        classes.put(binary, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ClassLoader(CompiledClasses.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
