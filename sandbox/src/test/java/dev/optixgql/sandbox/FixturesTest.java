package dev.optixgql.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test seeds records of its own, by builder or JSON file, and asserts on them. */
class FixturesTest {
  private static final String LOCATIONS = "{ locations { total data { location_id name city } } }";

  @Test
  void aFixtureAnswersItsFieldAndDefaultsFillWhatItLeavesOut() {
    try (OptixSandbox sandbox =
        OptixSandbox.builder()
            .fixture(
                "Query.locations",
                Map.of(
                    "total",
                    1,
                    "data",
                    List.of(Map.of("location_id", "L-1", "name", "Harbour House"))))
            .build()) {
      Map<String, Object> body =
          new SandboxClient(sandbox).graphql(sandbox.organizationToken(), LOCATIONS);

      assertFalse(body.containsKey("errors"), body::toString);
      Map<String, Object> locations =
          SandboxClient.map(SandboxClient.map(body.get("data")).get("locations"));
      assertEquals(1, ((Number) locations.get("total")).intValue());
      assertEquals(
          List.of(Map.of("location_id", "L-1", "name", "Harbour House", "city", "Location.city")),
          locations.get("data"));
    }
  }

  @Test
  void aNullFixtureMakesItsFieldAnswerNull() {
    try (OptixSandbox sandbox = OptixSandbox.builder().fixture("Location.city", null).build()) {
      Map<String, Object> body =
          new SandboxClient(sandbox).graphql(sandbox.organizationToken(), LOCATIONS);

      assertFalse(body.containsKey("errors"), body::toString);
      Map<String, Object> locations =
          SandboxClient.map(SandboxClient.map(body.get("data")).get("locations"));
      List<?> data = (List<?>) locations.get("data");
      assertFalse(data.isEmpty(), body::toString);
      for (Object location : data) {
        Map<String, Object> fields = SandboxClient.map(location);
        assertTrue(fields.containsKey("city") && fields.get("city") == null, body::toString);
      }
    }
  }

  @Test
  void fixturesComeFromAJsonFileToo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("records.json");
    Files.writeString(
        file,
        "{\"Query.locations\": {\"total\": 2, \"data\": [{\"name\": \"North\"},"
            + " {\"name\": \"South\"}]}}");
    try (OptixSandbox sandbox = OptixSandbox.builder().fixtures(file).build()) {
      Map<String, Object> body =
          new SandboxClient(sandbox)
              .graphql(sandbox.personalToken(), "{ locations { data { name } } }");
      assertEquals(
          Map.of(
              "locations",
              Map.of("data", List.of(Map.of("name", "North"), Map.of("name", "South")))),
          body.get("data"),
          body::toString);
    }
  }

  @Test
  void aKeyThatIsNotACoordinateIsRefusedWithAnExample() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> OptixSandbox.builder().fixture("locations", List.of()));
    assertTrue(e.getMessage().contains("\"Query.invoices\""), e.getMessage());
  }

  @Test
  void aListOptixPagesAnswersOnePageOfItsFixture() {
    List<Map<String, Object>> locations = new java.util.ArrayList<>();
    for (int i = 1; i <= 1_234; i++) {
      locations.add(Map.of("location_id", String.valueOf(i)));
    }
    try (OptixSandbox sandbox =
        OptixSandbox.builder().fixture("Query.locations", Map.of("data", locations)).build()) {
      SandboxClient client = new SandboxClient(sandbox);
      String query =
          "query P($page: Int, $limit: Int) { locations(page: $page, limit: $limit)"
              + " { total data { location_id } } }";

      Object first = client.graphql(sandbox.organizationToken(), query, Map.of()).get("data");
      Object last =
          client
              .graphql(sandbox.organizationToken(), query, Map.of("page", 13, "limit", 100))
              .get("data");
      Object beyond =
          client
              .graphql(sandbox.organizationToken(), query, Map.of("page", 14, "limit", 100))
              .get("data");

      assertEquals(1234, ((Number) SandboxClient.at(first, "locations", "total")).intValue());
      assertEquals(100, SandboxClient.list(SandboxClient.at(first, "locations", "data")).size());
      List<Object> lastPage = SandboxClient.list(SandboxClient.at(last, "locations", "data"));
      assertEquals(34, lastPage.size());
      assertEquals("1201", SandboxClient.map(lastPage.get(0)).get("location_id"));
      assertTrue(SandboxClient.list(SandboxClient.at(beyond, "locations", "data")).isEmpty());
    }
  }

  @Test
  void theOperationsReceivedAreKeptWithTheirVariables() {
    try (OptixSandbox sandbox = OptixSandbox.start()) {
      SandboxClient client = new SandboxClient(sandbox);
      client.graphql(
          sandbox.personalToken(),
          "query Mine($limit: Int) { locations(limit: $limit) { total } }",
          Map.of("limit", 3));
      client.graphql(sandbox.organizationToken(), LOCATIONS);

      List<ReceivedOperation> received = sandbox.receivedOperations();

      assertEquals(2, received.size());
      assertEquals(Map.of("limit", 3L), normalize(received.get(0).variables()));
      assertTrue(received.get(0).personalToken());
      assertFalse(received.get(1).personalToken());
      assertEquals(LOCATIONS, received.get(1).query());
      assertThrows(
          UnsupportedOperationException.class, () -> received.get(0).variables().put("x", 1));
    }
  }

  /** Numbers as longs, as JSON integers read. */
  private static Map<String, Object> normalize(Map<String, Object> variables) {
    Map<String, Object> out = new java.util.HashMap<>();
    variables.forEach(
        (key, value) -> out.put(key, value instanceof Number n ? (Object) n.longValue() : value));
    return out;
  }
}
