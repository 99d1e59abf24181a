package dev.optixgql.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.processor.cache.BuildCache;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.DocumentParser;
import dev.optixgql.processor.options.ProjectPaths;
import dev.optixgql.processor.schema.SchemaLoader;
import dev.optixgql.processor.schema.SchemaSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stage 3 where graphql-java's validator differs from the spec: valid documents it would refuse
 * (input objects compared in field order, its server-side complexity limits).
 */
class SpecValidationTest {
  private static final String SCHEMA =
      """
      type Query {
        me: User!
        users(range: Range): [User!]!
      }

      type User {
        name: String!
        email: String
      }

      input Range {
        a: Int
        b: Int
      }
      """;

  @TempDir Path dir;

  @Test
  void inputObjectsThatDifferOnlyInFieldOrderMerge() throws IOException {
    List<String> reported =
        validate(
            "query Q {\n  users(range: {a: null, b: 1}) { name }\n"
                + "  users(range: {b: 1, a: null}) { email }\n}\n");

    assertEquals(List.of(), reported);
  }

  @Test
  void inputObjectsThatDifferInAValueStillConflict() throws IOException {
    List<String> reported =
        validate(
            "query Q {\n  users(range: {a: 1, b: 1}) { name }\n"
                + "  users(range: {b: 1, a: 2}) { email }\n}\n");

    assertEquals(1, reported.size(), reported::toString);
    assertTrue(reported.get(0).contains("[OptixGql/FieldConflict]"), reported::toString);
  }

  @Test
  void anOperationOfMoreThanAHundredThousandFieldsIsValid() throws IOException {
    StringBuilder operation = new StringBuilder("query Q {\n  me {\n");
    for (int i = 0; i <= 100_000; i++) {
      operation.append("    f").append(i).append(": name\n");
    }
    List<String> reported = validate(operation.append("  }\n}\n").toString());

    assertEquals(List.of(), reported);
  }

  private List<String> validate(String operation) throws IOException {
    Path root = dir.resolve("src/main/graphql");
    Files.createDirectories(root);
    Files.writeString(root.resolve("schema.graphqls"), SCHEMA);
    Files.writeString(root.resolve("ops.graphql"), operation);
    Diagnostics diagnostics = new Diagnostics();
    ProjectPaths paths = ProjectPaths.forRoot(root, null);
    SchemaSnapshot snapshot =
        new SchemaLoader(root, paths, diagnostics, BuildCache.in(null))
            .load("schema.graphqls", null)
            .orElseThrow();
    DocumentIndex documents =
        new DocumentParser(root, paths, diagnostics, BuildCache.in(null))
            .parseAll(Set.of(root.resolve("schema.graphqls").toAbsolutePath().normalize()));
    new OperationValidator(diagnostics)
        .validate(documents.operations().get("Q"), documents, snapshot, null);
    return diagnostics.all().stream().map(d -> d.render()).toList();
  }
}
