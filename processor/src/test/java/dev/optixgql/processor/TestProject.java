package dev.optixgql.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * A throwaway project for one test compilation: a GraphQL root at {@code src/main/graphql} under a
 * temporary directory, and the options that point the processor at it, so diagnostics name files as
 * {@code src/main/graphql/ops.graphql}.
 */
final class TestProject {
  private final Path projectDir;
  private final Path graphqlDir;

  private TestProject(Path projectDir, Path graphqlDir) {
    this.projectDir = projectDir;
    this.graphqlDir = graphqlDir;
  }

  /** A project rooted at {@code dir}, its GraphQL root {@code dir/src/main/graphql}. */
  static TestProject in(Path dir) {
    return new TestProject(dir, dir.resolve("src/main/graphql"));
  }

  /** A project whose GraphQL root is {@code graphqlDir} itself, named relative to its parent. */
  static TestProject ofGraphqlDir(Path graphqlDir) {
    return new TestProject(graphqlDir.getParent(), graphqlDir);
  }

  /** Writes {@code text} to {@code relativePath} under the GraphQL root. */
  TestProject write(String relativePath, String text) {
    try {
      Path file = graphqlDir.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code source} to {@code relativePath} under the GraphQL root. */
  TestProject copy(Path source, String relativePath) {
    try {
      Path file = graphqlDir.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.copy(source, file);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles {@code sources} with the processor pointed at this project. */
  Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new OptixGqlProcessor())
        .withOptions(
            "-Aoptixgql.graphqlDir=" + graphqlDir,
            "-Aoptixgql.projectDir=" + projectDir,
            // Every lint but "processing", which notes the annotations no processor claims.
            "-Xlint:all,-processing")
        .compile(sources);
  }

  /** The errors the processor reported, leaving out javac's own (such as missing symbols). */
  static List<Diagnostic<?>> optixErrors(Compilation compilation) {
    return compilation.errors().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains("[OptixGql/"))
        .<Diagnostic<?>>map(d -> d)
        .toList();
  }
}
