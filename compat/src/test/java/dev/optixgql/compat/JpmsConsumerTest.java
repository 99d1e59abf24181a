package dev.optixgql.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.compat.Compilers.Result;
import dev.optixgql.sandbox.OptixSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer that is a named module ({@code src/test/projects/jpms-consumer}: {@code requires
 * dev.optixgql.runtime}) compiles on the module path, and its generated client runs in a separate
 * JVM, as modules only, against the sandbox. Without the qualified export the runtime needs, the
 * run fails with a message that says which line to add.
 */
class JpmsConsumerTest {
  @TempDir Path dir;

  @Test
  void aNamedModuleCompilesAndRunsItsGeneratedClient() throws Exception {
    Path project = consumer();
    Result javac = compile(project);
    assertTrue(javac.success(), javac.output());
    assertEquals(List.of(), javac.optixLines(), javac.output());

    try (OptixSandbox sandbox = OptixSandbox.start()) {
      Run run = run(javac, sandbox);
      assertEquals(0, run.status(), run.output());
      List<String> lines = run.output().lines().toList();
      assertTrue(lines.contains("module com.acme.optix"), run.output());
      assertTrue(lines.contains("runtime dev.optixgql.runtime"), run.output());
      assertTrue(
          lines.stream().anyMatch(l -> l.startsWith("organization ") && l.length() > 13),
          run.output());
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("location ")), run.output());
      assertTrue(sandbox.requestCount() >= 2, "requests: " + sandbox.requestCount());
    }
  }

  @Test
  void withoutTheExportTheRunSaysWhatToAdd() throws Exception {
    Path project = consumer();
    Path moduleInfo = project.resolve("src/main/java/module-info.java");
    Files.writeString(
        moduleInfo,
        "module com.acme.optix {\n  requires dev.optixgql.runtime;\n}\n",
        StandardCharsets.UTF_8);
    Result javac = compile(project);
    assertTrue(javac.success(), javac.output());
    // The build already warns, at the interface.
    assertEquals(
        List.of(
            "warning: [OptixGql/ModuleNotExported] Module com.acme.optix does not export"
                + " com.acme.optix.api to dev.optixgql.runtime, so"
                + " OptixClient.create(Organization.class) will fail at run time. Add 'exports"
                + " com.acme.optix.api to dev.optixgql.runtime;' to module-info.java."),
        javac.optixLines().stream().map(l -> l.substring(l.indexOf("warning: "))).toList(),
        javac.output());
    assertTrue(javac.output().contains("Organization.java:9: warning"), javac.output());

    try (OptixSandbox sandbox = OptixSandbox.start()) {
      Run run = run(javac, sandbox);
      assertEquals(1, run.status(), run.output());
      assertTrue(
          run.output()
              .contains(
                  "module com.acme.optix does not export com.acme.optix.api to"
                      + " dev.optixgql.runtime. Add 'exports com.acme.optix.api to"
                      + " dev.optixgql.runtime;' to its module-info.java."),
          run.output());
    }
  }

  @Test
  void generatedFilesCarryGeneratedOnlyWhereTheModuleReadsJavaCompiler() throws Exception {
    Path impl = Path.of("com/acme/optix/api/Organization_Impl.java");
    Result without = compile(consumer("without"));
    assertTrue(without.success(), without.output());
    assertFalse(Files.readString(without.generated().resolve(impl)).contains("@Generated"));

    Path reads = consumer("reads-java-compiler");
    Path moduleInfo = reads.resolve("src/main/java/module-info.java");
    Files.writeString(
        moduleInfo,
        Files.readString(moduleInfo)
            .replace(
                "requires dev.optixgql.runtime;",
                "requires dev.optixgql.runtime;\n  requires java.compiler;"));
    Result with = compile(reads);
    assertTrue(with.success(), with.output());
    assertTrue(Files.readString(with.generated().resolve(impl)).contains("@Generated("));
  }

  private Path consumer() throws IOException {
    return consumer("jpms-consumer");
  }

  private Path consumer(String name) throws IOException {
    Path project = dir.resolve(name);
    Compilers.copyTree(
        Path.of(System.getProperty("optixgql.projects")).resolve("jpms-consumer"), project);
    Path examples = Path.of(System.getProperty("optixgql.examples"));
    Path snapshot = project.resolve("src/main/graphql/optix/organization.graphqls");
    Files.createDirectories(snapshot.getParent());
    Files.copy(examples.resolve("src/main/graphql/optix/organization.graphqls"), snapshot);
    return project;
  }

  private static Result compile(Path project) {
    return Compilers.javacWithPaths(
        project,
        List.of("--module-path", Jars.path(Jars.select(Jars.RUNTIME))),
        Jars.processorPath(),
        List.of());
  }

  private record Run(int status, String output) {}

  /** {@code java --module-path … -m com.acme.optix/com.acme.optix.Main}: no class path at all. */
  private static Run run(Result compiled, OptixSandbox sandbox) throws Exception {
    List<Path> modulePath = new ArrayList<>();
    modulePath.add(compiled.classes());
    modulePath.addAll(Jars.select(Jars.RUNTIME));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "--module-path",
                Jars.path(modulePath),
                "-m",
                "com.acme.optix/com.acme.optix.Main",
                sandbox.endpoint().toString(),
                sandbox.organizationToken())
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the consumer did not end within 60 s: " + output);
    }
    return new Run(process.exitValue(), output);
  }
}
