package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stage 1 reads every snapshot format: an introspection result bare ({@code {"__schema":…}}) or
 * wrapped ({@code {"data":{"__schema":…}}}), and SDL in a {@code .graphqls} or {@code .graphql}
 * file; the introspection samples come from {@code ../shared/corpus/gjc-schemas}.
 */
class SchemaFormatsTest {
  private static final String OPERATION =
      """
      query ProductById($id: ID!) {
        productById(id: $id) {
          id
          title
          description
          price
          stockStatus
        }
      }
      """;

  /** The part of the sample schema that {@link #OPERATION} uses, as SDL. */
  private static final String SDL =
      """
      scalar BigDecimal

      type Query {
        productById(id: ID!): Product
      }

      type Product {
        id: ID!
        title: String!
        description: String
        price: BigDecimal!
        stockStatus: StockStatus
      }

      enum StockStatus {
        IN_STOCK
        SPECIAL_ORDER
        BACK_ORDERED
        COMING_SOON
        SOLD_OUT
        DISCONTINUED
      }
      """;

  @TempDir Path dir;

  @Test
  void bareIntrospectionJson() {
    Path json = SharedFiles.require("corpus/gjc-schemas/sample-introspection.json");
    generate(TestProject.in(dir.resolve("bare")).copy(json, "schema.json"), "schema.json");
  }

  @Test
  void wrappedIntrospectionJsonReadsLikeTheBareOne() {
    Path bare = SharedFiles.require("corpus/gjc-schemas/sample-introspection.json");
    Path wrapped = SharedFiles.require("corpus/gjc-schemas/sample-introspection-wrapped.json");

    Map<String, String> fromBare =
        generate(TestProject.in(dir.resolve("bare")).copy(bare, "schema.json"), "schema.json");
    Map<String, String> fromWrapped =
        generate(
            TestProject.in(dir.resolve("wrapped")).copy(wrapped, "schema.json"), "schema.json");

    assertEquals(fromBare, fromWrapped);
  }

  @Test
  void sdlInGraphqlsFile() {
    generate(TestProject.in(dir).write("schema.graphqls", SDL), "schema.graphqls");
  }

  @Test
  void sdlInGraphqlFileIsNotReadAsOperations() {
    generate(TestProject.in(dir).write("schema.graphql", SDL), "schema.graphql");
  }

  /**
   * Compiles an interface bound to {@code schema} (with {@link #OPERATION} beside it), asserts it
   * compiles cleanly with the operation and its enum generated, and returns the sources.
   */
  private static Map<String, String> generate(TestProject project, String schema) {
    project.write("products.graphql", OPERATION);
    JavaFileObject api =
        JavaFileObjects.forSourceString(
            "test.Products",
            """
            package test;

            import dev.optixgql.runtime.GraphQLClient;
            import dev.optixgql.runtime.GraphQLOperation;

            @GraphQLClient(schema = "%s")
            public interface Products {
              @GraphQLOperation("ProductById")
              ProductByIdQuery.Data productById(String id);
            }
            """
                .formatted(schema));

    Compilation compilation = project.compile(api);

    assertThat(compilation).succeeded();
    // The sample schemas declare custom scalars with no mapping: read as text, with a warning.
    for (var warning : compilation.warnings()) {
      org.junit.jupiter.api.Assertions.assertTrue(
          warning.getMessage(java.util.Locale.ROOT).contains("[OptixGql/UnmappedScalar]"),
          () -> "unexpected warning: " + warning.getMessage(java.util.Locale.ROOT));
    }
    assertThat(compilation).generatedSourceFile("test.ProductByIdQuery");
    assertThat(compilation).generatedSourceFile("test.StockStatus");
    assertThat(compilation).generatedSourceFile("test.Products_Impl");
    Map<String, String> out = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try {
        // The header names the snapshot; the formats are compared on what follows it.
        String text = file.getCharContent(true).toString();
        out.put(file.getName(), text.substring(text.indexOf('\n') + 1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
