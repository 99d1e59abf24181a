package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25: a fragment reached through many response paths is lowered and generated once per
 * distinct context, so a document whose expanded response tree grows exponentially with its depth
 * compiles to sources that grow linearly with its fragments; a shape that would still multiply is
 * refused with {@code OperationTooLarge} at once. The time bounds only guard against a hang (the
 * deep diamond took minutes before); the size bounds are the real check.
 */
class FragmentScalingTest {
  /** Generated lines per fragment: about 190 for the diamonds below. */
  private static final int LINES_PER_FRAGMENT = 400;

  @TempDir Path dir;

  /** 10 levels of 3 types: 28 fragments, 3^9 = 19,683 paths to the last level's fragments. */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void deepDiamondGrowsLinearly() throws IOException {
    compileLinear(new FragmentDiamond(10, 3, false));
  }

  /** 4 levels of 30 types: 91 fragments, each of 30 reached from each of 30 above. */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void wideDiamondGrowsLinearly() throws IOException {
    compileLinear(new FragmentDiamond(4, 30, false));
  }

  /** Spreads beside a field: 3^9 paths of nested interfaces, refused at the operation. */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void multiplyingShapeIsRefusedAtTheOperation() {
    FragmentDiamond diamond = new FragmentDiamond(10, 3, true);
    Compilation compilation = compile(diamond);
    List<Diagnostic<?>> errors = TestProject.optixErrors(compilation);
    assertEquals(1, errors.size(), () -> errors.toString());
    String message = errors.get(0).getMessage(Locale.ROOT);
    assertTrue(
        message.startsWith(
            "src/main/graphql/ops.graphql:1:1: [OptixGql/OperationTooLarge] 'Diamond' is valid"
                + " GraphQL but would generate more than 5000 types (fragment 'F"),
        message);
    assertTrue(message.contains("'next { ...Fragment }'"), message);
    assertEquals(DiagnosticFixtures.OPERATION_LINE, errors.get(0).getLineNumber());
  }

  private Compilation compile(FragmentDiamond diamond) {
    TestProject project =
        TestProject.in(dir)
            .write("schema.graphqls", diamond.schema())
            .write("ops.graphql", diamond.document());
    JavaFileObject api =
        DiagnosticFixtures.api("@GraphQLOperation(\"Diamond\")", "DiamondQuery.Data diamond();");
    return project.compile(api);
  }

  private void compileLinear(FragmentDiamond diamond) throws IOException {
    Compilation compilation = compile(diamond);
    assertThat(compilation).succeededWithoutWarnings();
    long lines = 0;
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      lines += file.getCharContent(true).toString().lines().count();
    }
    long perFragment = lines / diamond.fragments();
    assertTrue(
        perFragment < LINES_PER_FRAGMENT,
        () ->
            diamond.fragments()
                + " fragments generated "
                + perFragment
                + " lines each: the output multiplies again");
  }
}
