package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.optixgql.processor.DiagnosticFixtures.ME;
import static dev.optixgql.processor.DiagnosticFixtures.OPERATION_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.SCHEMA;
import static dev.optixgql.processor.DiagnosticFixtures.USER_BY_ID;
import static dev.optixgql.processor.DiagnosticFixtures.named;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One build with five broken operations in three files, bound by two interfaces beside clean ones:
 * every mistake is reported in that one build, each at its {@code file:line:col} and method, and
 * every clean operation is still generated (STYLE: "never stop at the first error").
 */
class AllErrorsAtOnceTest {
  @TempDir Path dir;

  @Test
  void reportsEveryErrorAndGeneratesTheCleanOperations() {
    TestProject project =
        TestProject.in(dir)
            .write("schema.graphqls", SCHEMA)
            .write("a.graphql", ME + "\nquery BadField {\n  me {\n    nmae\n  }\n}\n")
            .write(
                "b.graphql",
                "query Users {\n  users(limit: 5) {\n    name\n  }\n}\n"
                    + "\nquery BadArgument {\n  users(limt: 5) {\n    name\n  }\n}\n")
            .write(
                "c/more.graphql",
                USER_BY_ID
                    + "\nquery BadSelection {\n  me\n}\n"
                    + "\nquery BadVariable {\n  user(id: $userId) {\n    name\n  }\n}\n"
                    + "\nquery BadType {\n  me {\n    ... on Usr {\n      name\n    }\n  }\n}\n");
    JavaFileObject accounts =
        named(
            "Accounts",
            "@GraphQLOperation(\"Me\")",
            "MeQuery.Data me();",
            "@GraphQLOperation(\"BadField\")",
            "BadFieldQuery.Data badField();",
            "@GraphQLOperation(\"User\")",
            "UserQuery.Data user(String id);",
            "@GraphQLOperation(\"BadVariable\")",
            "BadVariableQuery.Data badVariable();");
    JavaFileObject directory =
        named(
            "Directory",
            "@GraphQLOperation(\"Users\")",
            "UsersQuery.Data users();",
            "@GraphQLOperation(\"BadArgument\")",
            "BadArgumentQuery.Data badArgument();",
            "@GraphQLOperation(\"BadSelection\")",
            "BadSelectionQuery.Data badSelection();",
            "@GraphQLOperation(\"BadType\")",
            "BadTypeQuery.Data badType();");

    Compilation compilation = project.compile(accounts, directory);

    List<Diagnostic<?>> errors = TestProject.optixErrors(compilation);
    assertEquals(5, errors.size(), () -> "optixgql errors: " + errors);
    assertReported(
        compilation, "src/main/graphql/a.graphql:9:5: [OptixGql/UnknownField]", accounts, 2);
    assertReported(
        compilation,
        "src/main/graphql/c/more.graphql:12:12: [OptixGql/UndefinedVariable]",
        accounts,
        4);
    assertReported(
        compilation, "src/main/graphql/b.graphql:8:9: [OptixGql/UnknownArgument]", directory, 2);
    assertReported(
        compilation,
        "src/main/graphql/c/more.graphql:8:3: [OptixGql/SelectionRequired]",
        directory,
        3);
    assertReported(
        compilation, "src/main/graphql/c/more.graphql:19:12: [OptixGql/UnknownType]", directory, 4);
    // javac's only other errors: the five classes the interfaces name but nothing generated.
    assertThat(compilation).hadErrorCount(10);
    for (String missing :
        List.of(
            "BadFieldQuery",
            "BadVariableQuery",
            "BadArgumentQuery",
            "BadSelectionQuery",
            "BadTypeQuery")) {
      assertThat(compilation).hadErrorContaining("package " + missing + " does not exist");
    }

    // Clean operations are generated, broken ones are not, nor the implementation of an
    // interface with a broken method.
    assertEquals(Set.of("test.MeQuery", "test.UserQuery", "test.UsersQuery"), project.generated());
  }

  /** Asserts one of our errors starts with {@code head}, on the {@code n}th method's annotation. */
  private static void assertReported(
      Compilation compilation, String head, JavaFileObject source, int member) {
    long count =
        TestProject.optixErrors(compilation).stream()
            .filter(d -> d.getMessage(Locale.ROOT).startsWith(head))
            .count();
    assertEquals(1, count, () -> "errors starting with " + head);
    assertThat(compilation)
        .hadErrorContaining(head)
        .inFile(source)
        .onLine(OPERATION_LINE + 2 * (member - 1));
  }
}
