package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean build asks javac about the names it will write while the schema is built beside ({@link
 * FilerLookahead}): exactly the implementations and operation classes it then writes, and nothing
 * when the schema comes from the cache, which waits for nothing.
 */
class FilerLookaheadTest {
  private static final String SCHEMA =
      DiagnosticFixtures.SCHEMA
          + """

          type Mutation {
            rename(id: ID!, name: String!): User
          }
          """;

  /**
   * A nested interface ({@code Outer_Api_Impl}), a query, a mutation and a name with its suffix.
   */
  private static final JavaFileObject OUTER =
      JavaFileObjects.forSourceString(
          "test.Outer",
          """
          package test;

          import dev.optixgql.runtime.GraphQLClient;
          import dev.optixgql.runtime.GraphQLOperation;

          public class Outer {
            @GraphQLClient(schema = "schema.graphqls")
            public interface Api {
              @GraphQLOperation("me")
              MeQuery.Data me();

              @GraphQLOperation("rename")
              RenameMutation.Data rename(String id, String name);

              @GraphQLOperation("UsersQuery")
              UsersQuery.Data users();
            }
          }
          """);

  @TempDir Path dir;

  @Test
  void aCleanBuildLooksUpExactlyTheTypesItWritesInTheInterfacesPackage() {
    TestProject project = project();

    Compilation compilation = project.compile(List.of("-Aoptixgql.cache=false"), OUTER);

    assertThat(compilation).succeeded();
    Set<String> written = inPackageTest(project.generated());
    assertEquals(
        Set.of("test.MeQuery", "test.RenameMutation", "test.UsersQuery", "test.Outer_Api_Impl"),
        written);
    assertEquals(written, inPackageTest(project.lookedUpFirst()));
  }

  @Test
  void aBuildFromTheCacheLooksNothingUpAhead() {
    TestProject project = project();
    List<String> options = List.of("-Aoptixgql.cacheDir=" + dir.resolve("cache"));
    assertThat(project.compile(options, OUTER)).succeeded();

    Compilation second = project.compile(options, OUTER);

    assertThat(second).succeeded();
    assertEquals(4, inPackageTest(project.generated()).size());
    assertEquals(Set.of(), inPackageTest(project.lookedUpFirst()));
  }

  private TestProject project() {
    return TestProject.in(dir.resolve("project"))
        .write("schema.graphqls", SCHEMA)
        .write(
            "operations.graphql",
            "query me { me { id } }\n"
                + "mutation rename($id: ID!, $name: String!) { rename(id: $id, name: $name) { name } }\n"
                + "query UsersQuery { users { id } }\n");
  }

  private static Set<String> inPackageTest(Set<String> names) {
    Set<String> out = new TreeSet<>();
    for (String name : names) {
      if (name.startsWith("test.") && name.lastIndexOf('.') == "test".length()) {
        out.add(name);
      }
    }
    assertTrue(out.size() <= names.size());
    return out;
  }
}
