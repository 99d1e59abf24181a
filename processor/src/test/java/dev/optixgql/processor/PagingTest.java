package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.optixgql.processor.DiagnosticFixtures.client;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which queries read one page of an Optix list (their class implements {@code PagedOperation}) and
 * the page and page size they start from: the variable's default, else the argument's, else
 * Optix's.
 */
class PagingTest {
  private static final String SCHEMA =
      """
      type Query {
        bookings(limit: Int = 25, page: Int = 1, title: String): BookingPagination!
        plans(limit: Int, page: Int): PlanPagination
        me: User
      }
      type Mutation {
        cancel(page: Int): BookingPagination
      }
      type BookingPagination {
        total: Int!
        data: [Booking]!
      }
      type PlanPagination {
        data: [String!]
      }
      type Booking {
        booking_id: ID!
      }
      type User {
        name: String
      }
      """;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // operation | page number | page size
        "query Op($page: Int) { bookings(page: $page) { data { booking_id } } }"
            + " | page != null ? page : 1 | return 25",
        "query Op($page: Int = 3, $limit: Int = 10) { bookings(page: $page, limit: $limit)"
            + " { total data { booking_id } } } | page != null ? page : 3"
            + " | limit != null ? limit : 10",
        "query Op($page: Int!, $limit: Int = 5) { bookings(page: $page, limit: $limit)"
            + " { data { booking_id } } } | return page; | limit != null ? limit : 5",
        "query Op($p: Int) { list: bookings(page: $p, limit: 7) { data { id: booking_id } } }"
            + " | p != null ? p : 1 | return 7",
        "query Op($page: Int) { __typename plans(page: $page) { data } }"
            + " | page != null ? page : 1 | return 100",
      })
  void pages(String operation, String pageNumber, String pageSize) {
    String source = generate(operation);

    assertTrue(source.contains("implements PagedOperation<OpQuery.Data, "), source);
    assertTrue(source.contains(pageNumber), source);
    assertTrue(source.contains(pageSize), source);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "query Op { bookings(page: 2) { data { booking_id } } }",
        "query Op($page: Int) { bookings(page: $page) { total } }",
        "query Op($page: Int) { bookings(page: $page) { data { booking_id } } me { name } }",
        "query Op($page: Int, $title: String) { bookings(page: $page, limit: 5, title: $title)"
            + " { data { booking_id } } me { name } }",
        "query Op($page: Int) { ... on Query { bookings(page: $page) { data { booking_id } } } }",
        "query Op($limit: Int) { bookings(limit: $limit) { data { booking_id } } }",
      })
  void doesNotPage(String operation) {
    String source = generate(operation);

    assertFalse(source.contains("PagedOperation"), source);
    assertTrue(source.contains("implements Operation<OpQuery.Data>"), source);
  }

  @Test
  void aMutationDoesNotPage() {
    TestProject project =
        TestProject.in(dir)
            .write("schema.graphqls", SCHEMA)
            .write("ops.graphql", "mutation Op($page: Int) { cancel(page: $page) { total } }");
    Compilation compilation =
        project.compile(client("schema.graphqls", "@GraphQLOperation(\"Op\")", "OpMutation op();"));

    assertThat(compilation).succeeded();
    assertFalse(source(compilation, "test.OpMutation").contains("PagedOperation"));
  }

  @Test
  void aVariableNamedLikeAPagingMethodIsRenamed() {
    String source =
        generate(
            "query Op($page: Int, $pageSize: Int) { bookings(page: $page, limit: $pageSize)"
                + " { data { booking_id } } }");

    assertTrue(source.contains("public int pageSize()"), source);
    assertTrue(source.contains("pageSize_ != null ? pageSize_ : 25"), source);
  }

  private String generate(String operation) {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", operation);
    // A required $page needs a parameter; otherwise the method hands out the operation.
    String method =
        operation.contains("$page: Int!") ? "OpQuery.Data op(int page);" : "OpQuery op();";
    Compilation compilation =
        project.compile(client("schema.graphqls", "@GraphQLOperation(\"Op\")", method));
    assertThat(compilation).succeeded();
    return source(compilation, "test.OpQuery");
  }

  private static String source(Compilation compilation, String type) {
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, type.replace('.', '/') + ".java")
            .orElseThrow();
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
