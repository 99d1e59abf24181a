package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A snapshot's enums, input types and fragment interfaces are generated once, in one package,
 * however many packages bind operations over it: two interfaces in two packages share one {@code
 * BookingInput}, and one value of it can be passed to both.
 */
class SchemaTypesPackageTest {
  private static final String SCHEMA =
      """
      type Query {
        draft(input: BookingInput!): Booking
      }

      type Booking {
        title: String
        status: Status
      }

      enum Status {
        DRAFT
        BOOKED
      }

      input BookingInput {
        title: String!
      }
      """;

  private static final String OPS =
      "query DraftA($input: BookingInput!) {\n  draft(input: $input) {\n    ...Parts\n  }\n}\n\n"
          + "query DraftB($input: BookingInput!) {\n  draft(input: $input) {\n    ...Parts\n  }\n}\n\n"
          + "fragment Parts on Booking {\n  title\n  status\n}\n";

  @TempDir Path dir;

  @Test
  void twoPackagesShareOneCopyInTheirCommonPackage() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", OPS);

    Compilation compilation = project.compile(clients("com.acme"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(
        Set.of(
            "com.acme.BookingInput",
            "com.acme.Status",
            "com.acme.Parts",
            "com.acme.a.DraftAQuery",
            "com.acme.a.A_Impl",
            "com.acme.b.DraftBQuery",
            "com.acme.b.B_Impl",
            "com.acme.Both"),
        withoutNested(project.generated(), compilation));
  }

  @Test
  void theOptionNamesThePackage() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", OPS);

    Compilation compilation =
        project.compile(
            List.of("-Aoptixgql.typesPackage=com.acme.optix"), clients("com.acme.optix"));

    assertThat(compilation).succeededWithoutWarnings();
    Set<String> generated = project.generated();
    assertEquals(
        Set.of("com.acme.optix.BookingInput", "com.acme.optix.Status", "com.acme.optix.Parts"),
        generated.stream()
            .filter(name -> name.startsWith("com.acme.optix."))
            .collect(java.util.stream.Collectors.toSet()));
  }

  /**
   * {@code com.acme.a.A} binding {@code DraftA}, {@code com.acme.b.B} binding {@code DraftB}, and
   * {@code com.acme.Both} using one {@code BookingInput} (written against the default package) with
   * both.
   */
  private static JavaFileObject[] clients(String types) {
    return new JavaFileObject[] {
      client("com.acme.a", "A", "DraftA", types),
      client("com.acme.b", "B", "DraftB", types),
      JavaFileObjects.forSourceString(
          "com.acme.Both",
          "package com.acme;\n\n"
              + "import "
              + types
              + ".*;\n\n"
              + "public final class Both {\n"
              + "  static void both(com.acme.a.A a, com.acme.b.B b) {\n"
              + "    BookingInput input = new BookingInput(\"Planning\");\n"
              + "    Parts first = a.draftA(input).draft();\n"
              + "    Parts second = b.draftB(input).draft();\n"
              + "    Status status = first.status() == null ? second.status() : first.status();\n"
              + "  }\n"
              + "}\n")
    };
  }

  private static JavaFileObject client(String pkg, String name, String operation, String types) {
    return JavaFileObjects.forSourceString(
        pkg + "." + name,
        "package "
            + pkg
            + ";\n\n"
            + "import dev.optixgql.runtime.GraphQLClient;\n"
            + "import dev.optixgql.runtime.GraphQLOperation;\n\n"
            + "@GraphQLClient(schema = \"schema.graphqls\")\n"
            + "public interface "
            + name
            + " {\n"
            + "  @GraphQLOperation(\""
            + operation
            + "\")\n"
            + "  "
            + operation
            + "Query.Data "
            + Character.toLowerCase(operation.charAt(0))
            + operation.substring(1)
            + "("
            + types
            + ".BookingInput input);\n"
            + "}\n");
  }

  /** The generated top-level types, plus the hand-written one the test compiled. */
  private static Set<String> withoutNested(Set<String> generated, Compilation compilation) {
    Set<String> out = new TreeSet<>(generated);
    out.add("com.acme.Both");
    return out;
  }
}
