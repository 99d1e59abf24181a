package dev.optixgql.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.sandbox.OptixSandbox;
import dev.optixgql.sandbox.SandboxClient;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox serves a user's snapshot: the real Optix schema ({@code
 * ../shared/optix/schema.full.graphql}, 515 types, when present) for both token kinds, where every
 * root query field answers a query selecting its scalar fields; seeded data still answers where the
 * sandbox models it.
 */
public class YourSnapshotTest {
  public static final Path FULL = Path.of("..", "..", "shared", "optix", "schema.full.graphql");

  private static OptixSandbox sandbox;
  private static SandboxClient client;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(
        Files.isRegularFile(FULL), "the real schema is not beside the repository: " + FULL);
    sandbox = OptixSandbox.builder().organizationSchema(FULL).personalSchema(FULL).build();
    client = new SandboxClient(sandbox);
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @TestFactory
  List<DynamicTest> everyRootQueryFieldOfTheRealSchemaAnswersForBothKinds() {
    GraphQLSchema schema =
        SchemaLoader.executable(SchemaLoader.read(FULL), new SandboxWiringFactory(Map.of()));
    List<DynamicTest> tests = new ArrayList<>();
    for (TokenKind kind : TokenKind.values()) {
      String token =
          kind == TokenKind.ORGANIZATION ? sandbox.organizationToken() : sandbox.personalToken();
      for (GraphQLFieldDefinition root : schema.getQueryType().getFieldDefinitions()) {
        // Arguments the modelled fields need to answer rather than refuse (a draft of no bookings).
        Map<String, String> arguments =
            EveryFieldResolvesTest.ROOT_ARGUMENTS.getOrDefault(root.getName(), Map.of());
        String query = new SelectionQueryBuilder(schema, 1).query("query", root, arguments);
        tests.add(
            DynamicTest.dynamicTest(
                kind + " Query." + root.getName(),
                () -> {
                  Map<String, Object> body = client.graphql(token, query);
                  assertFalse(body.containsKey("errors"), () -> query + "\n" + body);
                  assertTrue(
                      SandboxClient.map(body.get("data")).containsKey(root.getName()),
                      () -> query + "\n" + body);
                }));
      }
    }
    return tests;
  }

  @Test
  void seededDataStillAnswersOnTheRealSchema() {
    Map<String, Object> body =
        client.graphql(sandbox.organizationToken(), "{ booking(booking_id: \"501\") { title } }");
    assertFalse(body.containsKey("errors"), body::toString);
    Map<String, Object> booking =
        SandboxClient.map(SandboxClient.map(body.get("data")).get("booking"));
    assertNotNull(booking.get("title"));
  }

  @Test
  void anIntrospectionJsonSnapshotServesToo(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("tiny.json");
    Files.writeString(
        json,
        "{\"data\":{\"__schema\":{\"queryType\":{\"name\":\"Query\"},\"mutationType\":null,"
            + "\"subscriptionType\":null,\"directives\":[],\"types\":[{\"kind\":\"OBJECT\","
            + "\"name\":\"Query\",\"description\":null,\"fields\":[{\"name\":\"hello\","
            + "\"description\":null,\"args\":[],\"type\":{\"kind\":\"SCALAR\",\"name\":\"String\","
            + "\"ofType\":null},\"isDeprecated\":false,\"deprecationReason\":null}],"
            + "\"inputFields\":null,\"interfaces\":[],\"enumValues\":null,\"possibleTypes\":null},"
            + "{\"kind\":\"SCALAR\",\"name\":\"String\",\"description\":null,\"fields\":null,"
            + "\"inputFields\":null,\"interfaces\":null,\"enumValues\":null,"
            + "\"possibleTypes\":null}]}}}");
    try (OptixSandbox tiny = OptixSandbox.builder().organizationSchema(json).build()) {
      Map<String, Object> body =
          new SandboxClient(tiny).graphql(tiny.organizationToken(), "{ hello }");
      assertEquals(Map.of("hello", "Query.hello"), body.get("data"), body::toString);
    }
  }

  @Test
  void aMissingSnapshotIsRefusedWhereItIsNamed(@TempDir Path dir) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> OptixSandbox.builder().personalSchema(dir.resolve("nope.graphqls")));
    assertEquals("No file at " + dir.resolve("nope.graphqls").toAbsolutePath(), e.getMessage());
  }
}
