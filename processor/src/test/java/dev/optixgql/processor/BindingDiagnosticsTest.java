package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.optixgql.processor.DiagnosticFixtures.CLIENT_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.ME;
import static dev.optixgql.processor.DiagnosticFixtures.METHOD_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.OPERATION_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.SCHEMA;
import static dev.optixgql.processor.DiagnosticFixtures.USER_BY_ID;
import static dev.optixgql.processor.DiagnosticFixtures.api;
import static dev.optixgql.processor.DiagnosticFixtures.assertCascade;
import static dev.optixgql.processor.DiagnosticFixtures.assertError;
import static dev.optixgql.processor.DiagnosticFixtures.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One negative case per diagnostic id of the Java side (interfaces, methods, parameters): the
 * count, id and Java line of what the processor reports, attached to the annotation value,
 * annotation, method or parameter at fault.
 */
class BindingDiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void writeSchema() {
    project = TestProject.in(dir).write("schema.graphqls", SCHEMA);
  }

  @Test
  void unknownOperation() {
    project.write("ops.graphql", "query WhoAmI {\n  me {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"WhoAmi\")", "WhoAmIQuery.Data whoAmI();");

    Compilation compilation = project.compile(api);

    String message =
        assertError(
            compilation,
            "[OptixGql/UnknownOperation] No operation named 'WhoAmi' in the .graphql files",
            api,
            OPERATION_LINE);
    assertTrue(message.endsWith(" Did you mean 'WhoAmI'?"), message);
    assertCascade(compilation, "WhoAmIQuery");
  }

  @Test
  void unknownParameter() {
    project.write(
        "ops.graphql", "query Users($limit: Int) {\n  users(limit: $limit) {\n    name\n  }\n}\n");
    JavaFileObject api =
        api("@GraphQLOperation(\"Users\")", "UsersQuery.Data users(Integer lmit);");

    Compilation compilation = project.compile(api);

    String message =
        assertError(
            compilation,
            "[OptixGql/UnknownParameter] Parameter 'lmit' of users() matches no variable of"
                + " operation 'Users' (variables: $limit).",
            api,
            METHOD_LINE);
    assertTrue(message.endsWith(" Did you mean 'limit'?"), message);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void missingParameter() {
    project.write("ops.graphql", USER_BY_ID);
    JavaFileObject api = api("@GraphQLOperation(\"User\")", "UserQuery.Data user();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "[OptixGql/MissingParameter] Method user() has no parameter for the required variable $id"
            + " of 'User': add a parameter 'id' of type String.",
        api,
        OPERATION_LINE);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void parameterTypeMismatch() {
    project.write("ops.graphql", USER_BY_ID);
    JavaFileObject api = api("@GraphQLOperation(\"User\")", "UserQuery.Data user(long id);");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "[OptixGql/ParameterTypeMismatch] Parameter 'id' is declared long but variable $id of"
            + " 'User' needs String.",
        api,
        METHOD_LINE);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void returnTypeMismatch() {
    project.write("ops.graphql", ME);
    JavaFileObject api = api("@GraphQLOperation(\"Me\")", "String me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "[OptixGql/ReturnTypeMismatch] Method me() returns String but operation 'Me' produces"
            + " MeQuery.Data: return MeQuery.Data or CompletableFuture<MeQuery.Data>.",
        api,
        METHOD_LINE);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void notAnInterface() {
    project.write("ops.graphql", ME);
    JavaFileObject api =
        JavaFileObjects.forSourceString(
            "test.Api", source("schema.graphqls", "public abstract class Api {", "void me() {}"));

    Compilation compilation = project.compile(api);

    // Attached to the annotation itself: there is no value that is wrong.
    assertError(
        compilation,
        "[OptixGql/NotAnInterface] @GraphQLClient goes on an interface; Api is a class.",
        api,
        CLIENT_LINE);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void missingOperationAnnotation() {
    project.write("ops.graphql", ME);
    JavaFileObject api =
        api("@GraphQLOperation(\"Me\")", "MeQuery.Data me();", "", "MeQuery.Data again();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "[OptixGql/MissingOperationAnnotation] Method again() of a @GraphQLClient interface needs"
            + " @GraphQLOperation(\"OperationName\")",
        api,
        METHOD_LINE + 2);
    assertThat(compilation).hadErrorCount(1);
  }
}
