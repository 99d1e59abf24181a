package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.optixgql.processor.DiagnosticFixtures.client;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

  /** Spreads beside fields, reached through two paths (issue 25). */
  private static final String MERGING =
      "query Foo { root { ...FA } }\n"
          + "fragment FA on A { c { id ...FB } y { id ...FB } }\n"
          + "fragment FB on B { name c { id ...FC } }\n"
          + "fragment FC on C { name }\n";

  private static final String MERGING_SCHEMA =
      "type Query { root: A }\ntype A { c: B y: B }\n"
          + "type B { id: ID! name: String c: C }\ntype C { id: ID! name: String }\n";

  @Test
  void aSharedRecordIsNotNamedThroughAFragmentsMemberType() {
    // FD's `p { id ...FE }` is one record under Root.P.S, also held by Root.Q.S, which implements
    // FD: there FD's member type P hides the class Root.P, so the shared record must not be
    // reached as P.S.E.
    TestProject project =
        TestProject.in(dir)
            .write(
                "schema.graphqls",
                "type Query { root: A }\ntype A { p: B q: C }\n"
                    + "type B { id: ID! name: String s: D }\n"
                    + "type C { id: ID! name: String s: D }\n"
                    + "type D { id: ID! name: String p: E }\ntype E { id: ID! name: String }\n")
            .write(
                "ops.graphql",
                "query Foo { root { ...FA } }\n"
                    + "fragment FA on A { p { id ...FB } q { id ...FC } }\n"
                    + "fragment FB on B { name s { id ...FD } }\n"
                    + "fragment FC on C { name s { id ...FD } }\n"
                    + "fragment FD on D { name p { id ...FE } }\n"
                    + "fragment FE on E { name }\n");
    JavaFileObject api =
        client("schema.graphqls", "@GraphQLOperation(\"Foo\")", "FooQuery.Data foo();");

    assertThat(project.compile(api)).succeededWithoutWarnings();
  }

  @Test
  void aFragmentFieldMergingBesideASpreadDeclaresOnlyWhatItAdds() throws java.io.IOException {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", MERGING_SCHEMA).write("ops.graphql", MERGING);
    JavaFileObject api =
        client("schema.graphqls", "@GraphQLOperation(\"Foo\")", "FooQuery.Data foo();");

    Compilation compilation = project.compile(api);

    assertThat(compilation).succeededWithoutWarnings();
    String fa =
        compilation
            .generatedSourceFile("test.FA")
            .orElseThrow()
            .getCharContent(true)
            .toString()
            .replaceAll("(?s)/\\*\\*.*?\\*/\\s*", "");
    // FA's c and y extend FB and add `id` (c's type is B: FB's member C would hide it); FB's field
    // c keeps FB's own nested type below them, not a copy.
    assertTrue(fa.contains("interface B extends FB {\n    String id();\n  }"), fa);
    assertTrue(fa.contains("interface Y extends FB {\n    String id();\n  }"), fa);
    assertEquals(3, fa.split("interface ", -1).length - 1, fa);
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
