package dev.optixgql.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.compat.Compilers.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under ECJ, the compiler inside Eclipse and VS Code's Java extension: the examples
 * generate the same files as under javac (their test builders included) and compile cleanly, a
 * broken operation is reported at its {@code .graphql} line and column, and a missing GraphQL root
 * is an error on every interface.
 */
class EcjTest {
  @TempDir Path dir;

  @Test
  void examplesGenerateTheSameFilesAsJavacAndCompile() {
    Path project = copyOfExamples();
    List<Path> classpath = Jars.select(Jars.RUNTIME_AND_SANDBOX);
    List<Path> processorPath = Jars.processorPath();

    // With the test builders, as the examples' build generates them.
    List<String> options = List.of("-Aoptixgql.testBuilders=true");
    Result ecj = Compilers.ecj(project, classpath, processorPath, options);
    Result javac = Compilers.javac(project, classpath, processorPath, options);

    assertTrue(javac.success(), javac.output());
    assertTrue(ecj.success(), ecj.output());
    assertFalse(ecj.output().contains("ERROR"), ecj.output());
    Map<String, byte[]> fromEcj = ecj.generatedFiles();
    Map<String, byte[]> fromJavac = javac.generatedFiles();
    assertTrue(fromJavac.containsKey("dev/optixgql/examples/OrganizationApi_Impl.java"));
    assertTrue(
        fromJavac.containsKey("dev/optixgql/examples/UpcomingBookingsQueryFakes.java"),
        () -> "no test builders: " + fromJavac.keySet());
    assertTrue(fromJavac.size() > 20, () -> "only " + fromJavac.keySet());
    assertEquals(fromJavac.keySet(), fromEcj.keySet());
    for (String file : fromJavac.keySet()) {
      assertArrayEquals(fromJavac.get(file), fromEcj.get(file), file + " differs");
    }
    // ECJ compiled what it generated: every generated type has its class file.
    for (String file : fromEcj.keySet()) {
      String classFile = file.replace(".java", ".class");
      assertTrue(ecj.classes().resolve(classFile).toFile().isFile(), classFile);
    }
  }

  /**
   * The processor's cache under ECJ: a second compilation into fresh outputs, everything read back
   * from the cache, writes the same files as the first.
   */
  @Test
  void aCompilationReadFromTheCacheWritesTheSameFilesUnderEcj() throws Exception {
    Path project = copyOfExamples();
    List<Path> classpath = Jars.select(Jars.RUNTIME_AND_SANDBOX);
    List<Path> processorPath = Jars.processorPath();
    Path cache = dir.resolve("cache");
    List<String> options = List.of("-Aoptixgql.cacheDir=" + cache);

    Result first = Compilers.ecj(project, classpath, processorPath, options);
    Map<String, byte[]> fromFirst = first.generatedFiles();
    Compilers.deleteTree(project.resolve("ecj"));
    Result second = Compilers.ecj(project, classpath, processorPath, options);

    assertTrue(first.success(), first.output());
    assertTrue(second.success(), second.output());
    try (var entries = java.nio.file.Files.list(cache)) {
      assertTrue(entries.count() > fromFirst.size(), "the first compilation filled the cache");
    }
    Map<String, byte[]> fromSecond = second.generatedFiles();
    assertEquals(fromFirst.keySet(), fromSecond.keySet());
    for (String file : fromFirst.keySet()) {
      assertArrayEquals(fromFirst.get(file), fromSecond.get(file), file + " differs");
    }
  }

  @Test
  void aBrokenOperationIsReportedAtItsLineAndColumn() {
    Path project = SmallProject.write(dir, "query Me {\n  me {\n    nmae\n  }\n}\n", "Api");

    Result ecj = Compilers.ecj(project, Jars.select(Jars.RUNTIME), Jars.processorPath(), List.of());

    assertFalse(ecj.success(), ecj.output());
    assertEquals(
        List.of(
            "src/main/graphql/ops.graphql:3:5: [OptixGql/UnknownField] Field 'nmae' is not defined"
                + " on type 'User' (schema src/main/graphql/schema.graphqls). Did you mean"
                + " 'name'?"),
        ecj.optixLines(),
        ecj.output());
    // Attached to the operation's name in the interface, as javac does.
    String[] lines = ecj.output().split("\\R");
    int at = indexOf(lines, "[OptixGql/UnknownField]");
    assertTrue(
        lines[at - 3].contains("ERROR in " + project.resolve("src/main/java/test/Api.java")),
        ecj.output());
    assertTrue(lines[at - 2].contains("@GraphQLOperation(\"Me\")"), ecj.output());
  }

  @Test
  void noGraphQLRootIsAnErrorOnEveryInterfaceUnderEcjAndJavac() {
    Path project =
        SmallProject.write(dir, "query Me {\n  me {\n    name\n  }\n}\n", "First", "Second");
    SmallProject.deleteGraphqlRoot(project);

    for (Result result :
        List.of(
            Compilers.ecj(project, Jars.select(Jars.RUNTIME), Jars.processorPath(), List.of()),
            Compilers.javac(project, Jars.select(Jars.RUNTIME), Jars.processorPath(), List.of()))) {
      assertFalse(result.success(), result.output());
      List<String> errors = result.optixLines();
      assertEquals(2, errors.size(), result.output());
      for (String error : errors) {
        assertTrue(
            error.contains("[OptixGql/GraphQLRootNotFound] No GraphQL root found: looked for "),
            error);
        assertTrue(error.contains(project.resolve("src/main/graphql").toString()), error);
      }
      assertTrue(result.output().contains("First.java"), result.output());
      assertTrue(result.output().contains("Second.java"), result.output());
    }
  }

  @Test
  void interfacesArrivingInALaterRoundFindTheRootToo() throws Exception {
    // ECJ names an output file only once per compilation: the root is looked up once, not per
    // round.
    Path project = SmallProject.write(dir, "query Me {\n  me {\n    name\n  }\n}\n", "First");
    List<Path> processorPath = new ArrayList<>(Jars.processorPath());
    processorPath.add(
        Path.of(
            SecondClientGenerator.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI()));
    String processors =
        SecondClientGenerator.class.getName() + "," + "dev.optixgql.processor.OptixGqlProcessor";

    for (Result result :
        List.of(
            Compilers.ecj(
                project,
                Jars.select(Jars.RUNTIME),
                processorPath,
                List.of("-processor", processors)),
            Compilers.javac(
                project,
                Jars.select(Jars.RUNTIME),
                processorPath,
                List.of("-processor", processors)))) {
      assertTrue(result.success(), result.output());
      assertEquals(List.of(), result.optixLines(), result.output());
      assertTrue(result.generatedFiles().containsKey("test/First_Impl.java"));
      assertTrue(
          result.generatedFiles().containsKey("test/Second_Impl.java"),
          result.generatedFiles().keySet()::toString);
    }
  }

  private static int indexOf(String[] lines, String text) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i;
      }
    }
    throw new AssertionError(text + " not in " + String.join("\n", lines));
  }

  /** The examples' Java sources and GraphQL files, copied into this test's directory. */
  private Path copyOfExamples() {
    Path project = dir.resolve("examples");
    Path examples = Path.of(System.getProperty("optixgql.examples"));
    Compilers.copyTree(examples.resolve("src/main/java"), project.resolve("src/main/java"));
    Compilers.copyTree(examples.resolve("src/main/graphql"), project.resolve("src/main/graphql"));
    return project;
  }
}
