package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.optixgql.processor.FragmentDiamond.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25: a fragment reached through many response paths is lowered and generated once per
 * distinct context, so a document whose expanded response tree grows exponentially with its depth
 * compiles to sources that grow linearly with its fragments; a shape that would still multiply is
 * refused with {@code OperationTooLarge} at once. The time bounds only guard against a hang (the
 * deep diamond took minutes before); the size bounds are the real check.
 */
class FragmentScalingTest {
  /** Generated lines per fragment: about 190 for the diamonds whose fields amount to a spread. */
  private static final int LINES_PER_FRAGMENT = 400;

  /**
   * Per fragment when every field merges its own {@code id} with the next fragment: each such field
   * is a record and a nested interface of its own (about 40 + 5 x width lines: the record holds the
   * next fragment's width + 2 fields), so the bound grows with the width, not with the paths.
   */
  private static int mergedLinesPerFragment(int width) {
    return 60 * (width + 2);
  }

  @TempDir Path dir;

  /** 10 levels of 3 types: 28 fragments, 3^9 = 19,683 paths to the last level's fragments. */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void deepDiamondGrowsLinearly() throws IOException {
    compileLinear(new FragmentDiamond(10, 3, Shape.SOLE), LINES_PER_FRAGMENT);
  }

  /** 4 levels of 30 types: 91 fragments, each of 30 reached from each of 30 above. */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void wideDiamondGrowsLinearly() throws IOException {
    compileLinear(new FragmentDiamond(4, 30, Shape.SOLE), LINES_PER_FRAGMENT);
  }

  /** Spreads beside a field the fragment selects too ({@code next0 { id ...F1_0 }}), deep. */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void deepDiamondWithSpreadsBesideAFieldGrowsLinearly() throws IOException {
    compileLinear(new FragmentDiamond(10, 3, Shape.BESIDE), LINES_PER_FRAGMENT);
  }

  /** The same, wide: 4 levels of 30 types. */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void wideDiamondWithSpreadsBesideAFieldGrowsLinearly() throws IOException {
    compileLinear(new FragmentDiamond(4, 30, Shape.BESIDE), LINES_PER_FRAGMENT);
  }

  /** Spreads beside a field the fragment does not select, deep: every field merges. */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void deepDiamondMergingAtEveryFieldGrowsLinearly() throws IOException {
    compileLinear(new FragmentDiamond(10, 3, Shape.MERGED), mergedLinesPerFragment(3));
  }

  /** The same, wide: 4 levels of 12 types (37 fragments, 432 merging fields). */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void wideDiamondMergingAtEveryFieldGrowsLinearly() throws IOException {
    compileLinear(new FragmentDiamond(4, 12, Shape.MERGED), mergedLinesPerFragment(12));
  }

  /**
   * Two fragments spread side by side in every field, 10 levels of 3: below each field the two
   * merge again, and each fragment's nested interfaces would repeat every merge below them, one per
   * path; refused at the operation.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void multiplyingShapeIsRefusedAtTheOperation() {
    FragmentDiamond diamond = new FragmentDiamond(10, 3, Shape.TWO_FRAGMENTS);
    Compilation compilation = compile(diamond);
    List<Diagnostic<?>> errors = TestProject.optixErrors(compilation);
    assertEquals(1, errors.size(), () -> errors.toString());
    String message = errors.get(0).getMessage(Locale.ROOT);
    assertTrue(
        message.startsWith(
            "src/main/graphql/ops.graphql:1:1: [OptixGql/OperationTooLarge] 'Diamond' is valid"
                + " GraphQL but would generate more than 5000 types (fragment '"),
        message);
    assertEquals(DiagnosticFixtures.OPERATION_LINE, errors.get(0).getLineNumber());
  }

  /** The advice of that refusal: the pair spread through one fragment spreading both, deep. */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void deepDiamondOfCombinedFragmentsGrowsLinearly() throws IOException {
    compileLinear(new FragmentDiamond(10, 3, Shape.COMBINED), LINES_PER_FRAGMENT);
  }

  /** The same, wide: 4 levels of 30 types. */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void wideDiamondOfCombinedFragmentsGrowsLinearly() throws IOException {
    compileLinear(new FragmentDiamond(4, 30, Shape.COMBINED), LINES_PER_FRAGMENT);
  }

  /**
   * Merging at every field of 4 levels of 21 types (about 900 records of up to 23 fields): their
   * readers' names constants need more than one class's initializer (javac's 64 KB per method), so
   * they spill into nested holders, and it compiles.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void readersBeyondOneClassSpillIntoHolders() throws IOException {
    Compilation compilation = compile(new FragmentDiamond(4, 21, Shape.MERGED));
    assertThat(compilation).succeededWithoutWarnings();
    String query = "";
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      if (file.getName().endsWith("DiamondQuery.java")) {
        query = file.getCharContent(true).toString();
      }
    }
    assertTrue(query.contains("private static final class Names2 {"), "no second holder");
    assertTrue(query.contains("Names2.READ_"), "no reader refers to the second holder");
  }

  /**
   * Merging at every field of 4 levels of 30 types (about 1,800 records of up to 32 fields):
   * linear, but past what the reading code should hold (OperationLowering's MAX_READER_BYTES);
   * refused before javac runs for minutes.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void recordsBeyondOneReaderAreRefusedAtTheOperation() {
    Compilation compilation = compile(new FragmentDiamond(4, 30, Shape.MERGED));
    List<Diagnostic<?>> errors = TestProject.optixErrors(compilation);
    assertEquals(1, errors.size(), () -> errors.toString());
    String message = errors.get(0).getMessage(Locale.ROOT);
    assertTrue(
        message.startsWith(
            "src/main/graphql/ops.graphql:1:1: [OptixGql/OperationTooLarge] 'Diamond' is valid"
                + " GraphQL but its response records hold more fields than the generated reading"
                + " code should"),
        message);
    assertEquals(DiagnosticFixtures.OPERATION_LINE, errors.get(0).getLineNumber());
  }

  /**
   * Not a check: prints the document's and the generated sources' lines and the compile time per
   * shape at about 10, 20, 40 and 80 fragments, deep (width 3) and wide (4 levels), for README's
   * figures. Run with {@code OPTIXGQL_SCALING_REPORT=true} and {@code
   * -Dtest=FragmentScalingTest#report}.
   */
  @Test
  @EnabledIfEnvironmentVariable(named = "OPTIXGQL_SCALING_REPORT", matches = "true")
  void report() throws IOException {
    int[] deepLevels = {4, 7, 14, 27};
    int[] wideWidths = {3, 6, 13, 26};
    for (Shape shape : Shape.values()) {
      for (int wide = 0; wide < 2; wide++) {
        for (int i = wide; i < 4; i++) { // 4 x 3 is both the smallest deep and wide one
          FragmentDiamond diamond =
              wide == 0
                  ? new FragmentDiamond(deepLevels[i], 3, shape)
                  : new FragmentDiamond(4, wideWidths[i], shape);
          Path project = Files.createTempDirectory(dir, "report");
          long start = System.nanoTime();
          Compilation compilation = compile(diamond, project);
          long millis = (System.nanoTime() - start) / 1_000_000;
          boolean clean = compilation.status() == Compilation.Status.SUCCESS;
          System.out.printf(
              Locale.ROOT,
              "scaling %s %d x %d: %d fragments, %d document lines, %s, %d ms%n",
              shape,
              diamond.levels,
              diamond.width,
              diamond.fragments(),
              diamond.document().lines().count(),
              clean
                  ? lines(compilation) + " generated lines"
                  : compilation.errors().get(0).getMessage(Locale.ROOT).lines().findFirst(),
              millis);
        }
      }
    }
  }

  private Compilation compile(FragmentDiamond diamond) {
    return compile(diamond, dir);
  }

  private static Compilation compile(FragmentDiamond diamond, Path in) {
    TestProject project =
        TestProject.in(in)
            .write("schema.graphqls", diamond.schema())
            .write("ops.graphql", diamond.document());
    JavaFileObject api =
        DiagnosticFixtures.api("@GraphQLOperation(\"Diamond\")", "DiamondQuery.Data diamond();");
    return project.compile(api);
  }

  private static long lines(Compilation compilation) throws IOException {
    long lines = 0;
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      lines += file.getCharContent(true).toString().lines().count();
    }
    return lines;
  }

  private void compileLinear(FragmentDiamond diamond, int bound) throws IOException {
    Compilation compilation = compile(diamond);
    assertThat(compilation).succeededWithoutWarnings();
    long perFragment = lines(compilation) / diamond.fragments();
    assertTrue(
        perFragment < bound,
        () ->
            diamond.fragments()
                + " fragments generated "
                + perFragment
                + " lines each: the output multiplies again");
  }
}
