package dev.optixgql.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A consumer project on disk in the Maven layout: {@code src/main/graphql/schema.graphqls}, one
 * {@code ops.graphql}, and interfaces in package {@code test} that each bind {@code Me}.
 */
final class SmallProject {
  static final String SCHEMA =
      """
      type Query {
        me: User!
      }

      type User {
        id: ID!
        name: String!
      }
      """;

  private SmallProject() {}

  /** Writes the project under {@code dir/project} and returns that directory. */
  static Path write(Path dir, String operations, String... interfaces) {
    Path project = dir.resolve("project");
    Compilers.write(project.resolve("src/main/graphql/schema.graphqls"), SCHEMA);
    Compilers.write(project.resolve("src/main/graphql/ops.graphql"), operations);
    for (String name : interfaces) {
      Compilers.write(
          project.resolve("src/main/java/test/" + name + ".java"),
          """
          package test;

          import dev.optixgql.runtime.GraphQLClient;
          import dev.optixgql.runtime.GraphQLOperation;

          @GraphQLClient(schema = "schema.graphqls")
          public interface %s {
            @GraphQLOperation("Me")
            MeQuery.Data me();
          }
          """
              .formatted(name));
    }
    return project;
  }

  static void deleteGraphqlRoot(Path project) {
    try (Stream<Path> files = Files.walk(project.resolve("src/main/graphql"))) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
