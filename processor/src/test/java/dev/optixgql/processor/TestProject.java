package dev.optixgql.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.Processor;
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
  private Set<String> generated = Set.of();
  private Set<String> lookedUpFirst = Set.of();

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
    return compile(List.of(), sources);
  }

  /** Compiles {@code sources} with the processor pointed at this project and more options. */
  Compilation compile(List<String> options, JavaFileObject... sources) {
    return compile(List.of(), options, sources);
  }

  /**
   * Compiles {@code sources} with the processor pointed at this project, {@code others} beside it
   * (each round runs them after it), and more options.
   */
  Compilation compile(List<Processor> others, List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>();
    all.add("-Aoptixgql.graphqlDir=" + graphqlDir);
    all.add("-Aoptixgql.projectDir=" + projectDir);
    // Every lint but "processing", which notes the annotations no processor claims.
    all.add("-Xlint:all,-processing");
    all.addAll(options);
    RecordingProcessor processor = new RecordingProcessor();
    List<Processor> processors = new ArrayList<>();
    processors.add(processor);
    processors.addAll(others);
    Compilation compilation = javac().withProcessors(processors).withOptions(all).compile(sources);
    generated = processor.generated();
    lookedUpFirst = processor.lookedUpFirst();
    return compilation;
  }

  /**
   * The qualified names of the source files the last {@link #compile} generated, also when it
   * failed (compile-testing's {@code generatedSourceFiles()} then throws).
   */
  Set<String> generated() {
    return generated;
  }

  /**
   * The type names the last {@link #compile} looked up through {@code Elements.getTypeElement}
   * before it created its first source file.
   */
  Set<String> lookedUpFirst() {
    return lookedUpFirst;
  }

  /** The errors the processor reported, leaving out javac's own (such as missing symbols). */
  static List<Diagnostic<?>> optixErrors(Compilation compilation) {
    return optix(compilation.errors());
  }

  /** The messages of the errors the processor reported, in order. */
  static List<String> optixErrorMessages(Compilation compilation) {
    return optixErrors(compilation).stream().map(d -> d.getMessage(java.util.Locale.ROOT)).toList();
  }

  /** The warnings the processor reported, leaving out javac's own (such as lint). */
  static List<Diagnostic<?>> optixWarnings(Compilation compilation) {
    return optix(compilation.warnings());
  }

  private static List<Diagnostic<?>> optix(List<Diagnostic<? extends JavaFileObject>> all) {
    return all.stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains("[OptixGql/"))
        .<Diagnostic<?>>map(d -> d)
        .toList();
  }
}
