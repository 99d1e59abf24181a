package dev.optixgql.runtime;

import static dev.optixgql.runtime.TestClients.PONG;
import static dev.optixgql.runtime.TestClients.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.optixgql.runtime.FaultServer.Reply;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each token placement puts the token where Optix reads it, and nowhere else in the request. */
class TokenPlacementTest {
  private FaultServer server;

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** Sends one ping with {@code token} to the server's endpoint plus {@code suffix}. */
  private FaultServer.Request send(TokenPlacement placement, String token, String suffix) {
    server = FaultServer.script(Reply.json(200, PONG));
    TestClients.builder(URI.create(server.endpoint() + suffix), TokenProvider.fixed(token))
        .tokenPlacement(placement)
        .build()
        .execute(new PingOperation("hi"));
    return server.received().get(0);
  }

  @ParameterizedTest
  @EnumSource(TokenPlacement.class)
  void theTokenAppearsOnceWhereThePlacementPutsIt(TokenPlacement placement) {
    FaultServer.Request request = send(placement, TOKEN, "");

    List<String> places = new ArrayList<>();
    request.headers().forEach((name, value) -> addIf(value.contains(TOKEN), name, places));
    addIf(request.target().contains(TOKEN), "target", places);
    addIf(request.body().contains(TOKEN), "body", places);
    String expected =
        switch (placement) {
          case AUTHORIZATION_HEADER -> "authorization";
          case QUERY_PARAMETER -> "target";
          case JSON_BODY, FORM_BODY -> "body";
        };
    assertEquals(List.of(expected), places);
    String everything = request.headers() + request.target() + request.body();
    assertEquals(2, everything.split(TOKEN, -1).length, "exactly one occurrence");
  }

  @Test
  void theHeaderIsABearerCredential() {
    FaultServer.Request request = send(TokenPlacement.AUTHORIZATION_HEADER, TOKEN, "");

    assertEquals("Bearer " + TOKEN, request.header("Authorization"));
    assertEquals("/graphql", request.target());
    assertEquals(
        Map.of(
            "query",
            PingOperation.DOCUMENT,
            "operationName",
            "Ping",
            "variables",
            Map.of("echo", "hi")),
        request.json());
  }

  @Test
  void theQueryParameterIsAddedToTheEndpointsOwnParameters() {
    FaultServer.Request request = send(TokenPlacement.QUERY_PARAMETER, TOKEN, "?tenant=acme");

    assertEquals("tenant=acme&access_token=" + TOKEN, request.query());
    assertNull(request.header("Authorization"));
  }

  @Test
  void theJsonBodyCarriesAnAccessTokenField() {
    FaultServer.Request request = send(TokenPlacement.JSON_BODY, TOKEN, "");

    assertEquals("application/json", request.header("Content-Type"));
    assertEquals(
        Map.of(
            "query",
            PingOperation.DOCUMENT,
            "operationName",
            "Ping",
            "variables",
            Map.of("echo", "hi"),
            "access_token",
            TOKEN),
        request.json());
    assertNull(request.header("Authorization"));
  }

  @Test
  void theFormBodyCarriesEveryFieldUrlEncoded() {
    String token = "t0ken+with/reserved=chars&o";
    FaultServer.Request request = send(TokenPlacement.FORM_BODY, token, "");

    assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
    assertEquals(
        Map.of(
            "query",
            PingOperation.DOCUMENT,
            "operationName",
            "Ping",
            "variables",
            "{\"echo\":\"hi\"}",
            "access_token",
            token),
        WebhookForm.parse(request.body()));
    assertNull(request.header("Authorization"));
  }

  @Test
  void aQueryParameterTokenWithReservedCharactersIsEncoded() {
    String token = "t0ken+with/reserved=chars&o";
    FaultServer.Request request = send(TokenPlacement.QUERY_PARAMETER, token, "");

    assertEquals(Map.of("access_token", token), WebhookForm.parse(request.query()));
  }

  private static void addIf(boolean condition, String place, List<String> places) {
    if (condition) {
      places.add(place);
    }
  }
}
