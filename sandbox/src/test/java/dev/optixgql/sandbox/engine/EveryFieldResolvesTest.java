package dev.optixgql.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.optixgql.sandbox.OptixSandbox;
import dev.optixgql.sandbox.SandboxClient;
import dev.optixgql.sandbox.seed.SeedData;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For each snapshot and each root Query field, selects every field of the result to depth 3 (on
 * interfaces and unions, every possible type's too) and expects no errors: whatever subset a
 * snapshot holds, the sandbox resolves it.
 */
class EveryFieldResolvesTest {
  private static final int DEPTH = 3;

  /** Root arguments that make the answer non-empty (the rest come from the argument types). */
  static final Map<String, Map<String, String>> ROOT_ARGUMENTS =
      Map.of(
          "booking",
          Map.of("booking_id", "\"501\""),
          "user",
          Map.of("get_by_user_id", "\"201\""),
          "bookingsDraft",
          Map.of(
              "input",
              "{bookings: [{resource_id: [\"105\"], start_timestamp: "
                  + SeedData.ANCHOR
                  + ", end_timestamp: "
                  + (SeedData.ANCHOR + 3600)
                  + "}]}"));

  private static OptixSandbox sandbox;
  private static SandboxClient client;

  @BeforeAll
  static void start() {
    sandbox = OptixSandbox.start();
    client = new SandboxClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @TestFactory
  List<DynamicTest> everyRootQueryFieldResolves() {
    List<DynamicTest> tests = new ArrayList<>();
    for (TokenKind kind : TokenKind.values()) {
      GraphQLSchema schema = SchemaLoader.load(kind.snapshot(), new SandboxWiringFactory(Map.of()));
      String token =
          kind == TokenKind.ORGANIZATION ? sandbox.organizationToken() : sandbox.personalToken();
      for (GraphQLFieldDefinition root : schema.getQueryType().getFieldDefinitions()) {
        String query =
            new SelectionQueryBuilder(schema, DEPTH)
                .query("query", root, ROOT_ARGUMENTS.getOrDefault(root.getName(), Map.of()));
        tests.add(
            DynamicTest.dynamicTest(
                kind.snapshot() + " Query." + root.getName(),
                () -> {
                  Map<String, Object> body = client.graphql(token, query);
                  assertFalse(body.containsKey("errors"), () -> query + "\n" + body);
                  assertNotNull(
                      SandboxClient.map(body.get("data")).get(root.getName()),
                      () -> query + "\n" + body);
                }));
      }
    }
    return tests;
  }
}
