package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.optixgql.processor.DiagnosticFixtures.CLIENT_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.ME;
import static dev.optixgql.processor.DiagnosticFixtures.METHOD_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.OPERATION_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.SCHEMA;
import static dev.optixgql.processor.DiagnosticFixtures.SCHEMA_LINE;
import static dev.optixgql.processor.DiagnosticFixtures.USER_BY_ID;
import static dev.optixgql.processor.DiagnosticFixtures.api;
import static dev.optixgql.processor.DiagnosticFixtures.apiWith;
import static dev.optixgql.processor.DiagnosticFixtures.assertCascade;
import static dev.optixgql.processor.DiagnosticFixtures.assertError;
import static dev.optixgql.processor.DiagnosticFixtures.client;
import static dev.optixgql.processor.DiagnosticFixtures.source;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  void aPrimitiveBindsANullableScalarVariableWhichIsThenAlwaysSent() {
    project.write(
        "ops.graphql", "query Users($limit: Int) {\n  users(limit: $limit) {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Users\")", "UsersQuery.Data users(int limit);");

    assertThat(project.compile(api)).succeededWithoutWarnings();
  }

  @Test
  void aNullableScalarVariableNamesBothTheBoxedAndThePrimitiveType() {
    project.write(
        "ops.graphql", "query Users($limit: Int) {\n  users(limit: $limit) {\n    name\n  }\n}\n");
    JavaFileObject api = api("@GraphQLOperation(\"Users\")", "UsersQuery.Data users(long limit);");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "[OptixGql/ParameterTypeMismatch] Parameter 'limit' is declared long but variable $limit of"
            + " 'Users' needs Integer (null leaves it unsent) or int (always sent).",
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
            + " MeQuery.Data: return MeQuery.Data, CompletableFuture<MeQuery.Data>, or MeQuery (the operation itself, e.g. for a Batch).",
        api,
        METHOD_LINE);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pagesOfAnOperationThatReadsNoPage() {
    project.write("ops.graphql", ME);
    JavaFileObject api =
        api("@GraphQLOperation(\"Me\")", "dev.optixgql.runtime.Pages<MeQuery.Data> me();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "[OptixGql/ReturnTypeMismatch] Method me() returns Pages, but operation 'Me' does not"
            + " read one page of a list: a query whose one root field returns an Optix pagination"
            + " wrapper and takes its page from a variable, e.g. bookings(page: $page, limit:"
            + " $limit) { total data { ... } }.",
        api,
        METHOD_LINE);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pagesOfTheWrongItems() {
    project
        .write(
            "paged.graphqls",
            """
            type Query {
              users(page: Int = 1, limit: Int = 100): UserPagination!
            }
            type UserPagination {
              total: Int!
              data: [User]!
            }
            type User {
              id: ID!
            }
            """)
        .write(
            "ops.graphql",
            "query Users($page: Int) {\n  users(page: $page) {\n    data {\n      id\n    }\n"
                + "  }\n}\n");
    JavaFileObject api =
        client(
            "paged.graphqls",
            "@GraphQLOperation(\"Users\")",
            "dev.optixgql.runtime.Pages<UsersQuery.Data> users();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "[OptixGql/ReturnTypeMismatch] Method users() returns Pages<UsersQuery.Data> but the"
            + " pages of 'Users' hold UsersQuery.Data.Users.User: return"
            + " Pages<UsersQuery.Data.Users.User>.",
        api,
        METHOD_LINE);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void returnTypeMismatchForALookalikeOfCompletableFuture() {
    project.write("ops.graphql", ME);
    JavaFileObject lookalike =
        JavaFileObjects.forSourceString(
            "com.acme.CompletableFuture",
            "package com.acme;\n\npublic class CompletableFuture<T> {}\n");
    JavaFileObject api =
        api("@GraphQLOperation(\"Me\")", "com.acme.CompletableFuture<MeQuery.Data> me();");

    Compilation compilation = project.compile(api, lookalike);

    assertError(
        compilation,
        "[OptixGql/ReturnTypeMismatch] Method me() returns"
            + " com.acme.CompletableFuture<MeQuery.Data> but operation 'Me' produces MeQuery.Data:",
        api,
        METHOD_LINE);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void parameterTypeMismatchForALookalikeOfAnInputType() {
    project.write(
        "ops.graphql",
        "query Users($order: UserOrder) {\n  users(order: $order) {\n    name\n  }\n}\n");
    JavaFileObject lookalike =
        JavaFileObjects.forSourceString(
            "com.acme.UserOrder", "package com.acme;\n\npublic enum UserOrder { NAME_ASC }\n");
    JavaFileObject api =
        api("@GraphQLOperation(\"Users\")", "UsersQuery.Data users(com.acme.UserOrder order);");

    Compilation compilation = project.compile(api, lookalike);

    assertError(
        compilation,
        "[OptixGql/ParameterTypeMismatch] Parameter 'order' is declared com.acme.UserOrder but"
            + " variable $order of 'Users' needs UserOrder",
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

  @Test
  void mutationNotAllowed() {
    project
        .write("schema.graphqls", SCHEMA + "\ntype Mutation {\n  rename(name: String!): User!\n}\n")
        .write(
            "ops.graphql",
            "mutation Rename($name: String!) {\n  rename(name: $name) {\n    name\n  }\n}\n");
    JavaFileObject api =
        apiWith(
            "schema = \"schema.graphqls\", readOnly = true",
            "@GraphQLOperation(\"Rename\")",
            "RenameMutation.Data rename(String name);");

    Compilation compilation = project.compile(api);

    // The mutation itself is clean, so its class is generated and javac finds RenameMutation.
    assertError(
        compilation,
        "src/main/graphql/ops.graphql:1:1: [OptixGql/MutationNotAllowed] 'Rename' is a mutation,"
            + " but Api is declared @GraphQLClient(readOnly = true). Bind it in a client that may"
            + " change data.",
        api,
        OPERATION_LINE);
    assertThat(compilation).hadErrorCount(1);
    assertTrue(project.generated().contains("test.RenameMutation"), () -> "" + project.generated());
    assertFalse(project.generated().contains("test.Api_Impl"), () -> "" + project.generated());
  }

  @Test
  void conflictingGeneratedType() {
    // Both map to the class MeQuery, with different fields.
    project.write("ops.graphql", ME + "\nquery MeQuery {\n  me {\n    id\n  }\n}\n");
    JavaFileObject api =
        api(
            "@GraphQLOperation(\"Me\")",
            "MeQuery.Data me();",
            "@GraphQLOperation(\"MeQuery\")",
            "MeQuery.Data meQuery();");

    Compilation compilation = project.compile(api);

    assertError(
        compilation,
        "[OptixGql/ConflictingGeneratedType] Package 'test' would get two different versions of"
            + " operation class 'MeQuery' (two operations with names that map to it, or two"
            + " schemas that disagree on it). Rename one operation, or put the interfaces bound to"
            + " different schemas in different packages.",
        api,
        OPERATION_LINE + 2);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void invalidScalarMapping() {
    project
        .write(
            "schema.graphqls",
            SCHEMA + "\nscalar Money\n\nextend type User {\n  balance: Money\n}\n")
        .write("ops.graphql", "query Me {\n  me {\n    balance\n  }\n}\n");
    JavaFileObject adapter =
        JavaFileObjects.forSourceString(
            "test.MoneyAdapter",
            """
            package test;

            import com.fasterxml.jackson.core.JsonGenerator;
            import com.fasterxml.jackson.core.JsonParser;
            import dev.optixgql.runtime.ScalarAdapter;
            import java.math.BigDecimal;

            public final class MoneyAdapter implements ScalarAdapter<BigDecimal> {
              private MoneyAdapter() {}

              @Override
              public BigDecimal read(JsonParser in) {
                return null;
              }

              @Override
              public void write(JsonGenerator out, BigDecimal value) {}
            }
            """);
    JavaFileObject api =
        apiWith(
            "schema = \"schema.graphqls\", scalars = @dev.optixgql.runtime.GraphQLScalar("
                + "name = \"Money\", javaType = java.math.BigDecimal.class,"
                + " adapter = MoneyAdapter.class)",
            "@GraphQLOperation(\"Me\")",
            "MeQuery.Data me();");

    Compilation compilation = project.compile(api, adapter);

    // Attached to the adapter value, on the line of the @GraphQLClient attributes.
    assertError(
        compilation,
        "[OptixGql/InvalidScalarMapping] The adapter for scalar 'Money' needs a public"
            + " no-argument constructor: generated code creates it once per class.",
        api,
        SCHEMA_LINE);
    assertThat(compilation).hadErrorCount(1);
  }
}
