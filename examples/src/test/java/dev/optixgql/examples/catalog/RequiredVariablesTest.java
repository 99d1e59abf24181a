package dev.optixgql.examples.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.TokenProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A required variable given {@code null} is refused where it is given, naming the operation, the
 * variable and its type, before anything is sent (the endpoint here does not even listen).
 */
class RequiredVariablesTest {
  private final CatalogApi api =
      OptixClient.builder()
          .endpoint("http://127.0.0.1:9/graphql")
          .tokenProvider(TokenProvider.fixed("never-sent-o"))
          .build()
          .create(CatalogApi.class);

  @Test
  void aNullRequiredInputIsRefusedByTheOperation() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> api.reserve(null));
    assertEquals("Reserve needs $input (ReservationInput!): it cannot be null", e.getMessage());
  }

  @Test
  void nullRequiredStringsAndListsAreRefused() {
    assertEquals(
        "Search needs $text (String!): it cannot be null",
        assertThrows(NullPointerException.class, () -> new SearchQuery(null, true, true))
            .getMessage());
    assertEquals(
        "Nodes needs $ids ([ID!]!): it cannot be null",
        assertThrows(NullPointerException.class, () -> api.nodes(null)).getMessage());
  }

  @Test
  void aNullBoxedParameterForANonNullScalarIsRefusedBeforeUnboxing() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> api.searchBoxed("desk", null, true));
    assertEquals("Search needs $brief (Boolean!): it cannot be null", e.getMessage());
  }

  @Test
  void nullableVariablesStayOptional() {
    assertEquals(null, new RoomsWithQuery(null).amenity());
    assertEquals(List.of("a"), new NodesQuery(List.of("a")).ids());
  }
}
