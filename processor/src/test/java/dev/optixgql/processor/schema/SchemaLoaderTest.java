package dev.optixgql.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import graphql.GraphQL;
import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fast builder {@link SchemaLoader} takes for introspection snapshots builds exactly the schema
 * graphql-java's validating builder does, on the real Optix schema (from {@code ../shared}).
 */
class SchemaLoaderTest {
  @Test
  void fastBuilderMatchesTheValidatingBuilderOnTheOptixSchema() throws IOException {
    String shared = System.getProperty("optixgql.shared");
    assumeTrue(shared != null && !shared.isBlank(), "optixgql.shared is not set");
    Path file = Path.of(shared, "optix", "schema.full.graphql");
    assumeTrue(Files.isRegularFile(file), () -> file + " is absent");
    GraphQLSchema original =
        UnExecutableSchemaGenerator.makeUnExecutableSchema(
            new SchemaParser().parse(Files.readString(file)));
    Map<String, Object> introspection =
        GraphQL.newGraphQL(original)
            .build()
            .execute(IntrospectionQuery.INTROSPECTION_QUERY)
            .getData();

    TypeDefinitionRegistry registry =
        new SchemaParser()
            .buildRegistry(new IntrospectionResultToSchema().createSchemaDefinition(introspection));
    GraphQLSchema validated = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    GraphQLSchema fast = WholeSchema.fromIntrospectedTypes(registry);

    SchemaPrinter printer = new SchemaPrinter(SchemaPrinter.Options.defaultOptions());
    String expected = printer.print(validated);
    assertEquals(expected, printer.print(fast));
    assertEquals(validated.getAllTypesAsList().size(), fast.getAllTypesAsList().size());
    assertEquals(
        original.getAllTypesAsList().size(),
        fast.getAllTypesAsList().size(),
        "every type survives the introspection round trip");
  }
}
