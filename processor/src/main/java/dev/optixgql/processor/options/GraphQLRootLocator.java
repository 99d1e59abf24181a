package dev.optixgql.processor.options;

import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Finds the GraphQL root by convention when {@code optixgql.graphqlDir} is not set: the {@code
 * graphql} directory beside the Java source root of an annotated interface ({@code src/main/java} →
 * {@code src/main/graphql}), else beside the class output ({@code target/classes} → {@code
 * src/main/graphql}).
 */
public final class GraphQLRootLocator {
  private final ProcessingEnvironment env;

  public GraphQLRootLocator(ProcessingEnvironment env) {
    this.env = env;
  }

  /** The places looked at, most likely first. */
  public List<Path> candidates(TypeElement annotated) {
    List<Path> out = new ArrayList<>();
    Path sourceRoot = sourceRoot(annotated);
    if (sourceRoot != null && sourceRoot.getParent() != null) {
      out.add(sourceRoot.getParent().resolve("graphql").normalize());
    }
    Path classes = classOutput();
    if (classes != null && classes.getParent() != null && classes.getParent().getParent() != null) {
      // target/classes -> <project>/src/main/graphql; target/test-classes -> src/test/graphql.
      String set = classes.getFileName().toString().startsWith("test") ? "test" : "main";
      Path project = classes.getParent().getParent();
      Path candidate = project.resolve("src").resolve(set).resolve("graphql").normalize();
      if (!out.contains(candidate)) {
        out.add(candidate);
      }
    }
    return out;
  }

  /** The first candidate that is a directory, or {@code null}. */
  public Path locate(TypeElement annotated) {
    for (Path candidate : candidates(annotated)) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private Path sourceRoot(TypeElement annotated) {
    TypeElement top = annotated;
    while (top.getEnclosingElement() instanceof TypeElement outer) {
      top = outer;
    }
    try {
      JavaFileObject source = Trees.instance(env).getPath(top).getCompilationUnit().getSourceFile();
      URI uri = source.toUri();
      if (!"file".equals(uri.getScheme())) {
        return null;
      }
      Path root = Path.of(uri).getParent();
      PackageElement pkg = env.getElementUtils().getPackageOf(top);
      if (!pkg.isUnnamed()) {
        int depth = pkg.getQualifiedName().toString().split("\\.").length;
        for (int i = 0; i < depth && root != null; i++) {
          root = root.getParent();
        }
      }
      return root;
    } catch (RuntimeException | LinkageError e) {
      // Not javac, or no tree for this element: fall back to the class output.
      return null;
    }
  }

  private Path classOutput() {
    try {
      FileObject probe =
          env.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", "optixgql-root-probe");
      URI uri = probe.toUri();
      return "file".equals(uri.getScheme()) ? Path.of(uri).getParent() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
