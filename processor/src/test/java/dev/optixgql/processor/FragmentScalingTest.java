package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25: a fragment reached through many response paths is lowered and generated once, so a
 * document whose expanded response tree grows exponentially with its depth still compiles, to
 * sources whose size grows linearly with its fragments. The time bound only guards against a hang;
 * the size bound is the real check.
 */
class FragmentScalingTest {
  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void deepDiamond() throws IOException {
    check(new FragmentDiamond(Integer.getInteger("diamond.levels", 10), 3));
  }

  private void check(FragmentDiamond diamond) throws IOException {
    TestProject project =
        TestProject.in(dir)
            .write("schema.graphqls", diamond.schema())
            .write("ops.graphql", diamond.document());
    JavaFileObject api =
        DiagnosticFixtures.api("@GraphQLOperation(\"Diamond\")", "DiamondQuery.Data diamond();");
    long start = System.nanoTime();
    Compilation compilation = project.compile(api);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(compilation).succeededWithoutWarnings();
    long chars = 0;
    long lines = 0;
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String text = file.getCharContent(true).toString();
      chars += text.length();
      lines += text.lines().count();
    }
    System.out.printf(
        "diamond %d levels x %d: %d fragments, %d generated files, %d lines, %d chars, %d ms%n",
        diamond.levels,
        diamond.width,
        diamond.fragments(),
        compilation.generatedSourceFiles().size(),
        lines,
        chars,
        millis);
    assertTrue(chars > 0);
  }
}
