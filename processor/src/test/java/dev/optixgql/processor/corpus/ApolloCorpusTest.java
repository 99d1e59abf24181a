package dev.optixgql.processor.corpus;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.optixgql.processor.OptixGqlProcessor;
import dev.optixgql.processor.corpus.CaseOutcome.Kind;
import dev.optixgql.processor.corpus.ClientSourceWriter.ClientSource;
import dev.optixgql.processor.corpus.CorpusReport.CaseResult;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's acceptance test: every case of Apollo Kotlin's code-generation corpus ({@code
 * ../shared/corpus/apollo-codegen}) goes through the processor, bound by an interface with one
 * method per operation, and must either compile or fail with located, identified errors, never
 * crash. Whether graphql-java alone accepts each case is recorded beside it: those cases are the
 * ones we should generate. The full report is printed and written to {@code
 * target/apollo-corpus-report.txt}.
 */
class ApolloCorpusTest {
  /**
   * Flip when polymorphic selections, named fragments and custom scalars land: then every case
   * graphql-java accepts must compile.
   */
  static final boolean REQUIRE_ALL_ACCEPTED_CASES_TO_COMPILE = true;

  /**
   * Cases graphql-java accepts that optixgql refuses on purpose, with a located error, and why; the
   * switch above does not require them to compile.
   */
  static final Map<String, String> REFUSED_BY_DESIGN = Map.of();

  @TempDir Path temp;

  @Test
  void everyCaseCompilesOrFailsWithLocatedErrors() throws IOException {
    String shared = System.getProperty("optixgql.shared");
    assumeTrue(shared != null && !shared.isBlank(), "optixgql.shared is not set");
    Path corpus = Path.of(shared).resolve("corpus/apollo-codegen");
    assumeTrue(Files.isDirectory(corpus.resolve("com/example")), () -> corpus + " is absent");

    List<CaseResult> results = new ArrayList<>();
    for (CorpusCase corpusCase : CorpusCase.list(corpus)) {
      results.add(run(corpusCase, temp.resolve(corpusCase.name())));
    }
    String report = CorpusReport.render(results);
    System.out.println(report);
    writeReport(report);

    assertFalse(results.isEmpty(), "no cases in " + corpus);
    List<CaseResult> crashes =
        results.stream().filter(r -> r.outcome().kind() == Kind.CRASH).toList();
    assertEquals(
        List.of(),
        crashes.stream().map(r -> r.name() + ": " + r.outcome().firstError()).toList(),
        "optixgql crashed on corpus cases (see 'Crashes' in the report above)");
    if (REQUIRE_ALL_ACCEPTED_CASES_TO_COMPILE) {
      assertEquals(
          List.of(),
          results.stream()
              .filter(CaseResult::unexpectedFailure)
              .map(r -> r.name() + ": " + r.outcome().firstError())
              .toList(),
          "cases graphql-java accepts must generate and compile");
    }
  }

  /** Checks {@code corpusCase} with graphql-java, then compiles it with the processor. */
  private static CaseResult run(CorpusCase corpusCase, Path projectDir) throws IOException {
    Document operations = null;
    TypeDefinitionRegistry types = null;
    String rejection = null;
    try {
      types = corpusCase.types();
    } catch (RuntimeException e) {
      rejection = "schema: " + firstLine(e);
    }
    try {
      operations = corpusCase.operations();
    } catch (RuntimeException e) {
      rejection = rejection != null ? rejection : "operations: " + firstLine(e);
    }
    if (rejection == null) {
      rejection = validate(types, operations);
    }

    Path graphqlDir = projectDir.resolve("src/main/graphql");
    corpusCase.copyInto(graphqlDir);
    ClientSource client =
        ClientSourceWriter.write(corpusCase.name(), corpusCase.schemaName(), operations, types);
    CaseOutcome outcome;
    long start = System.nanoTime();
    try {
      Compilation compilation =
          javac()
              .withProcessors(new OptixGqlProcessor())
              .withOptions(
                  "-Aoptixgql.graphqlDir=" + graphqlDir,
                  "-Aoptixgql.projectDir=" + projectDir,
                  "-Xlint:all,-processing")
              .compile(JavaFileObjects.forSourceString(client.qualifiedName(), client.text()));
      outcome = OutcomeClassifier.classify(compilation);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      outcome = OutcomeClassifier.escaped(e);
    }
    return new CaseResult(
        corpusCase.name(),
        rejection,
        outcome,
        REFUSED_BY_DESIGN.get(corpusCase.name()),
        client.notes(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /** graphql-java's verdict on a readable case: builds the schema, validates the document. */
  private static String validate(TypeDefinitionRegistry types, Document operations) {
    GraphQLSchema schema;
    try {
      schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
    } catch (RuntimeException e) {
      return "schema: " + firstLine(e);
    }
    List<ValidationError> errors =
        new Validator().validateDocument(schema, operations, Locale.ROOT);
    if (errors.isEmpty()) {
      return null;
    }
    return "validation: "
        + errors.get(0).getMessage()
        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
  }

  private static String firstLine(Throwable e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** Writes the report beside the build's other output, for reading after a quiet build. */
  private static void writeReport(String report) throws IOException {
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    Path target = module.resolve("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("apollo-corpus-report.txt"), report, StandardCharsets.UTF_8);
    }
  }
}
