package dev.optixgql.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.optixgql.runtime.Batch;
import dev.optixgql.runtime.GraphQLErrorsException;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenPlacement;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.runtime.testing.EchoQuery;
import dev.optixgql.runtime.testing.PingQuery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the in-memory Optix records of each way a client sends, and how it answers. */
class InMemoryOptixTest {
  private static final String PONG = "{\"ping\":{\"status\":\"ok\"}}";

  @ParameterizedTest
  @EnumSource(TokenPlacement.class)
  void recordsTheVariablesTokenKindAndPlacementOfEachWayToSend(TokenPlacement placement) {
    InMemoryOptix optix = InMemoryOptix.create().answer("Echo", PONG);
    try (OptixClient client =
        optix.client(
            OptixClient.builder()
                .tokenProvider(TokenProvider.fixed("member-t0ken-p"))
                .tokenPlacement(placement))) {
      assertEquals("ok", client.execute(new EchoQuery("a \"quoted\" tag", 7)).status());
    }
    InMemoryOptix.Request sent = optix.requests().get(0);
    assertEquals("Echo", sent.operationName());
    assertEquals("{\"tag\":\"a \\\"quoted\\\" tag\",\"n\":7}", sent.variables());
    assertEquals(TokenKind.PERSONAL, sent.tokenKind());
    assertEquals(placement, sent.placement());
  }

  @Test
  void answersEachOperationOfABatch() {
    InMemoryOptix optix =
        InMemoryOptix.create()
            .answer("Ping", PONG)
            .answer("Echo", request -> request.variables().contains("\"n\":2") ? PONG : "null");
    try (OptixClient client = optix.client("org-t0ken-o")) {
      Batch batch = client.batch();
      Batch.Item<PingQuery.Data> ping = batch.add(new PingQuery());
      Batch.Item<PingQuery.Data> echo = batch.add(new EchoQuery("x", 2));
      batch.send();

      assertEquals("ok", ping.get().status());
      assertEquals("ok", echo.get().status());
    }
    assertEquals(
        List.of("Ping", "Echo"),
        optix.requests().stream().map(InMemoryOptix.Request::operationName).toList());
  }

  @Test
  void anOperationWithoutAnAnswerSaysSo() {
    InMemoryOptix optix = InMemoryOptix.create();
    try (OptixClient client = optix.client("org-t0ken-o")) {
      GraphQLErrorsException e =
          assertThrows(GraphQLErrorsException.class, () -> client.execute(new PingQuery()));
      assertEquals(
          "InMemoryOptix has no answer for Ping: give one with answer(\"Ping\", ...).",
          e.errors().get(0).message());
    }
  }
}
