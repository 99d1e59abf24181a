package dev.optixgql.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.optixgql.compat.Compilers.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another graphql-java first on the processor path (the 25.0 a Spring Boot 4 application brings
 * through spring-graphql, as when the processor is found on the class path, or another processor's
 * own): the packaged processor carries its graphql-java and JavaPoet relocated, so it runs with
 * them and generates the same files. Before they were shaded, this failed with {@code
 * NoClassDefFoundError: graphql/validation/OperationValidationRule}, reported as a bug in optixgql.
 */
class ProcessorPathConflictTest {
  @TempDir Path dir;

  @Test
  void anotherGraphqlJavaFirstOnTheProcessorPath() throws Exception {
    List<Path> processorPath = Jars.processorPath();
    assumeTrue(
        Jars.shaded(processorPath.get(0)),
        "the processor's unshaded classes are on the class path (a build that has not packaged it)");
    Path conflicting = conflictingGraphqlJava();
    List<Path> withConflict = new ArrayList<>(List.of(conflicting));
    withConflict.addAll(processorPath);
    Path project = SmallProject.write(dir, "query Me {\n  me {\n    id\n    name\n  }\n}\n", "Api");

    Result javac = Compilers.javac(project, Jars.select(Jars.RUNTIME), withConflict, List.of());

    assertTrue(javac.success(), javac.output());
    assertEquals(List.of(), javac.optixLines(), javac.output());
    assertTrue(javac.generatedFiles().containsKey("test/MeQuery.java"), javac.output());
  }

  /** graphql-java 25.0, copied by this module's build into {@code target/conflicting}. */
  private static Path conflictingGraphqlJava() throws Exception {
    Path directory = Path.of(System.getProperty("optixgql.conflictingJars", "target/conflicting"));
    try (Stream<Path> jars = Files.list(directory)) {
      Path jar =
          jars.filter(p -> p.getFileName().toString().startsWith("graphql-java-"))
              .findFirst()
              .orElseThrow();
      assertTrue(!jar.getFileName().toString().equals("graphql-java-26.2.jar"), jar::toString);
      return jar;
    }
  }
}
