package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.optixgql.processor.DiagnosticFixtures.client;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid documents whose generated code once did not compile, now compiled clean. */
class SpecCompileTest {
  @TempDir Path dir;

  @Test
  void aRecordNamedLikeAMemberTypeOfItsFragmentStillCompiles() {
    // Inside a record implementing FragA, "Field" means FragA.Field: the record that would have
    // been named Field (and referred to its own nested type as Field.Type) is named Type instead.
    TestProject project =
        TestProject.in(dir)
            .write(
                "schema.graphqls",
                "type Query { field: Type }\ntype Type { field: Type foo: String }\n")
            .write(
                "ops.graphql",
                "query Foo { field { ...FragA } }\nfragment FragA on Type { field { foo } }\n");
    JavaFileObject api =
        client("schema.graphqls", "@GraphQLOperation(\"Foo\")", "FooQuery.Data foo();");

    Compilation compilation = project.compile(api);

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(project.generated().contains("test.FragA"), () -> "" + project.generated());
  }

  @Test
  void fragmentsSpreadAtEveryLevelCompile() {
    TestProject project =
        TestProject.in(dir)
            .write(
                "schema.graphqls",
                "type Query { field: Type }\ntype Type { field: Type foo: String bar: String }\n")
            .write(
                "ops.graphql",
                "query Foo { field { ...FragA field { ...FragB field { ...FragA } } } }\n"
                    + "fragment FragA on Type { field { foo field { bar } } }\n"
                    + "fragment FragB on Type { field { ...FragA } foo }\n");
    JavaFileObject api =
        client("schema.graphqls", "@GraphQLOperation(\"Foo\")", "FooQuery.Data foo();");

    assertThat(project.compile(api)).succeededWithoutWarnings();
  }

  @Test
  void argumentsThatDifferOnlyInInputFieldOrderCompile() {
    TestProject project =
        TestProject.in(dir)
            .write(
                "schema.graphqls",
                "type Query { users(range: Range): [User!]! }\ntype User { name: String email: String }\n"
                    + "input Range { a: Int b: Int }\n")
            .write(
                "ops.graphql",
                "query Users {\n  users(range: {a: null, b: 1}) { name }\n"
                    + "  users(range: {b: 1, a: null}) { email }\n}\n");
    JavaFileObject api =
        client("schema.graphqls", "@GraphQLOperation(\"Users\")", "UsersQuery.Data users();");

    assertThat(project.compile(api)).succeededWithoutWarnings();
  }

  @Test
  void aSelectionTooLargeForARecordIsALocatedErrorNotBrokenCode() {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      fields.append("    f").append(i).append(": name\n");
    }
    TestProject project =
        TestProject.in(dir)
            .write("schema.graphqls", "type Query { me: User }\ntype User { name: String }\n")
            .write("ops.graphql", "query Wide {\n  me {\n" + fields + "  }\n}\n");
    JavaFileObject api =
        client("schema.graphqls", "@GraphQLOperation(\"Wide\")", "WideQuery.Data wide();");

    Compilation compilation = project.compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "src/main/graphql/ops.graphql:1:1: [OptixGql/InvalidOperation] 'Wide' is valid GraphQL"
                + " but too large for Java: its selection on 'User' (me) takes 300 parameter slots,"
                + " and a record holds at most 254 (a Float! takes two). Split it into two"
                + " operations.");
    assertThat(compilation).hadErrorCount(2); // and javac's missing WideQuery
  }
}
