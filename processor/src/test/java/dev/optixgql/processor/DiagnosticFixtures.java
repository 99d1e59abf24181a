package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The inputs and assertions the diagnostic tests share: a small schema, interfaces whose lines are
 * known, and "exactly one optixgql error, this id, this location, this Java line".
 */
final class DiagnosticFixtures {
  // Lines of every source built by source(): the annotation, its schema value, the members.
  static final int CLIENT_LINE = 7;
  static final int SCHEMA_LINE = 8;
  static final int OPERATION_LINE = 10;
  static final int METHOD_LINE = 11;

  static final String SCHEMA =
      """
      type Query {
        me: User!
        user(id: ID!): User
        users(limit: Int = 10, order: UserOrder): [User!]!
      }

      type User {
        id: ID!
        name: String!
        email: String
      }

      enum UserOrder {
        NAME_ASC
        NAME_DESC
      }
      """;

  static final String ME = "query Me {\n  me {\n    name\n  }\n}\n";
  static final String USER_BY_ID = "query User($id: ID!) {\n  user(id: $id) {\n    name\n  }\n}\n";

  private DiagnosticFixtures() {}

  /** An interface bound to {@code schema.graphqls}; see {@link #source}. */
  static JavaFileObject api(String... members) {
    return client("schema.graphqls", members);
  }

  static JavaFileObject client(String schema, String... members) {
    return JavaFileObjects.forSourceString(
        "test.Api", source(schema, "public interface Api {", members));
  }

  /**
   * A type in package {@code test}: {@code @GraphQLClient(} on line {@value #CLIENT_LINE}, its
   * {@code schema} value on line {@value #SCHEMA_LINE}, and the members from line {@value
   * #OPERATION_LINE}, one per line.
   */
  static String source(String schema, String declaration, String... members) {
    return sourceWith("schema = \"" + schema + "\"", declaration, members);
  }

  /**
   * Like {@link #source}, with {@code attributes} (e.g. {@code schema = "s.graphqls", readOnly =
   * true}) on line {@value #SCHEMA_LINE} in place of the {@code schema} value.
   */
  static String sourceWith(String attributes, String declaration, String... members) {
    StringBuilder text =
        new StringBuilder(
            """
            package test;

            import dev.optixgql.runtime.GraphQLClient;
            import dev.optixgql.runtime.GraphQLOperation;
            import java.util.concurrent.CompletableFuture;

            @GraphQLClient(
                %s)
            %s
            """
                .formatted(attributes, declaration));
    for (String member : members) {
      text.append(member.isEmpty() ? "" : "  " + member).append('\n');
    }
    return text.append("}\n").toString();
  }

  /** {@code test.<name>}: an interface {@code name} bound to {@code schema.graphqls}. */
  static JavaFileObject named(String name, String... members) {
    return JavaFileObjects.forSourceString(
        "test." + name, source("schema.graphqls", "public interface " + name + " {", members));
  }

  /**
   * {@code test.Api} with {@code attributes} in its {@code @GraphQLClient}; see {@link #source}.
   */
  static JavaFileObject apiWith(String attributes, String... members) {
    return JavaFileObjects.forSourceString(
        "test.Api", sourceWith(attributes, "public interface Api {", members));
  }

  /**
   * Asserts the processor reported exactly one warning (and no error), that it starts with {@code
   * head} and is attached to {@code line} of {@code source}; returns its message.
   */
  static String assertWarning(
      Compilation compilation, String head, JavaFileObject source, int line) {
    assertEquals(List.of(), TestProject.optixErrors(compilation), "optixgql errors");
    List<Diagnostic<?>> warnings = TestProject.optixWarnings(compilation);
    assertEquals(1, warnings.size(), () -> "optixgql warnings: " + warnings);
    String message = warnings.get(0).getMessage(Locale.ROOT);
    assertTrue(message.startsWith(head), () -> "expected '" + head + "…', got: " + message);
    assertThat(compilation).hadWarningContaining(head).inFile(source).onLine(line);
    return message;
  }

  /**
   * Asserts the processor reported exactly one error, that it starts with {@code head} and is
   * attached to {@code line} of {@code source}; returns its message.
   */
  static String assertError(Compilation compilation, String head, JavaFileObject source, int line) {
    Diagnostic<?> error = onlyOptixError(compilation, head);
    assertThat(compilation).hadErrorContaining(head).inFile(source).onLine(line);
    return error.getMessage(Locale.ROOT);
  }

  /** Asserts the processor reported exactly one error, starting with {@code head}, on no file. */
  static void assertUnattachedError(Compilation compilation, String head) {
    assertNull(onlyOptixError(compilation, head).getSource(), "attached to a Java file");
  }

  /**
   * Asserts javac's only other error is that {@code missingClass}, which the broken unit did not
   * generate, does not exist where the interface names it.
   */
  static void assertCascade(Compilation compilation, String missingClass) {
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("package " + missingClass + " does not exist")
        .inFile(compilation.sourceFiles().get(0))
        .onLine(METHOD_LINE);
  }

  private static Diagnostic<?> onlyOptixError(Compilation compilation, String head) {
    List<Diagnostic<?>> errors = TestProject.optixErrors(compilation);
    assertEquals(1, errors.size(), () -> "optixgql errors: " + errors);
    String message = errors.get(0).getMessage(Locale.ROOT);
    assertTrue(message.startsWith(head), () -> "expected '" + head + "…', got: " + message);
    return errors.get(0);
  }
}
