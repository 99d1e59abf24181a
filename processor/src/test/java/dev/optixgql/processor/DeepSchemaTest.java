package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.optixgql.processor.DiagnosticFixtures.client;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema whose types refer to each other in a chain thousands long: graphql-java builds types
 * recursively, which overflowed the stack of javac's thread ({@code [OptixGql/Internal]
 * StackOverflowError}, seen on a generated 3,996-type schema). Stage 1 builds schemas on a thread
 * with a deep stack, whether the snapshot is built whole or lean (the operation names the chain's
 * field, so a lean build keeps every link).
 */
class DeepSchemaTest {
  private static final int LINKS = 2_000;

  @TempDir Path dir;

  private static String chain() {
    StringBuilder sdl = new StringBuilder("type Query {\n  t0: T0\n}\n\n");
    for (int i = 0; i < LINKS; i++) {
      sdl.append("type T").append(i).append(" {\n  id: ID!\n");
      if (i + 1 < LINKS) {
        sdl.append("  next: T").append(i + 1).append('\n');
      }
      sdl.append("}\n\n");
    }
    return sdl.toString();
  }

  @Test
  void aLongChainOfTypesBuildsWithoutOverflowingJavacsStack() {
    for (List<String> options : List.of(List.of("-Aoptixgql.cache=false"), List.<String>of())) {
      TestProject project =
          TestProject.in(dir.resolve("p" + options.size()))
              .write("schema.graphqls", chain())
              .write("ops.graphql", "query Chain {\n  t0 {\n    next {\n      id\n    }\n  }\n}\n");
      JavaFileObject api =
          client("schema.graphqls", "@GraphQLOperation(\"Chain\")", "ChainQuery.Data chain();");

      Compilation compilation = project.compile(options, api);

      assertEquals(List.of(), TestProject.optixErrors(compilation), options.toString());
      assertThat(compilation).succeeded();
    }
  }
}
