package dev.optixgql.compat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A fresh copy of a consumer project from {@code src/test/projects} under {@code target/it}, built
 * as a user builds it: the repository's Maven Wrapper, offline from the local repository.
 */
final class MavenProject {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** How a Maven run ended: its exit status and everything it printed. */
  record Run(int status, String output) {}

  private final Path dir;

  private MavenProject(Path dir) {
    this.dir = dir;
  }

  /** Copies {@code src/test/projects/<source>} to a fresh {@code target/it/<copy>}. */
  static MavenProject copy(String source, String copy) throws IOException {
    Path dir = Path.of("target/it", copy).toAbsolutePath();
    Compilers.deleteTree(dir);
    Compilers.copyTree(Path.of("src/test/projects", source), dir);
    return new MavenProject(dir);
  }

  /**
   * Copies the repository's root {@code pom.xml} and, beside it, the given files and directories of
   * the repository (such as {@code runtime/pom.xml}, {@code runtime/src/main}) to a fresh {@code
   * target/it/<copy>}: a module built as this repository builds it, on sources a test may change.
   */
  static MavenProject ofRepository(String copy, String... paths) throws IOException {
    Path dir = Path.of("target/it", copy).toAbsolutePath();
    Compilers.deleteTree(dir);
    Files.createDirectories(dir);
    Files.copy(ROOT.resolve("pom.xml"), dir.resolve("pom.xml"));
    for (String path : paths) {
      Files.createDirectories(dir.resolve(path).getParent());
      Compilers.copyTree(ROOT.resolve(path), dir.resolve(path));
    }
    return new MavenProject(dir);
  }

  /** A path inside the project. */
  Path resolve(String relative) {
    return dir.resolve(relative);
  }

  /** {@code ./mvnw -B -o …} in the project, with this JVM's JDK and {@code env} added. */
  Run maven(Map<String, String> env, String... arguments) throws Exception {
    return mavenIn(dir, env, arguments);
  }

  /**
   * {@code ./mvnw -B -o …} in {@code relative}, a directory of the project (one of its modules).
   */
  Run mavenIn(String relative, String... arguments) throws Exception {
    return mavenIn(dir.resolve(relative), Map.of(), arguments);
  }

  private static Run mavenIn(Path dir, Map<String, String> env, String... arguments)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("mvnw").toString());
    command.add("-B");
    command.add("-o");
    command.add("-ntp");
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("OPTIX_TOKEN");
    // The wrapper finds the repository's .mvn/jvm.config above the copy: Maven runs with C1 alone.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("Maven did not end within 5 minutes: " + output);
    }
    return new Run(process.exitValue(), output);
  }
}
