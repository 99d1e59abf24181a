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
}
