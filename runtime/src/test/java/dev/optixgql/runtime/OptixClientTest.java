package dev.optixgql.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.generated.ClientCalls;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP client against a scripted loopback server: what it sends, refuses and throws. */
class OptixClientTest {
  private static final String ORGANIZATION_TOKEN = "0rg4n1z4t10n-t0k3n-abcdef0123456789o";
  private static final String PERSONAL_TOKEN = "p3rs0n4l-t0k3n-abcdef0123456789p";
  private static final String PONG = "{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":5}}}";
  private static final PingOperation.Data PONG_DATA =
      new PingOperation.Data(new PingOperation.Ping("ok", 5));

  private ScriptedServer server;

  @BeforeEach
  void startServer() {
    server = ScriptedServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void sendsAnAuthorizedJsonPost() {
    server.replyJson(200, PONG);

    PingOperation.Data data = client(ORGANIZATION_TOKEN).execute(new PingOperation("hello"));

    assertEquals(PONG_DATA, data);
    ScriptedServer.Received request = server.received().get(0);
    assertEquals("POST", request.method());
    assertEquals("/graphql", request.path());
    assertEquals("Bearer " + ORGANIZATION_TOKEN, request.header("Authorization"));
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals("application/json", request.header("Accept"));
    assertEquals(
        Map.of(
            "query",
            PingOperation.DOCUMENT,
            "operationName",
            "Ping",
            "variables",
            Map.of("echo", "hello")),
        JsonTree.parse(request.body()));
  }

  @Test
  void unsetVariablesAreLeftOut() {
    server.replyJson(200, PONG);

    client(PERSONAL_TOKEN).execute(new PingOperation(null));

    Object body = JsonTree.parse(server.received().get(0).body());
    assertEquals(Map.of(), ((Map<?, ?>) body).get("variables"));
  }

  @Test
  void aBoundClientAcceptsItsOwnKind() {
    server.replyJson(200, PONG).replyJson(200, PONG);

    assertEquals(
        PONG_DATA,
        ClientCalls.execute(
            client(ORGANIZATION_TOKEN), TokenKind.ORGANIZATION, "OrgApi", new PingOperation(null)));
    assertEquals(
        PONG_DATA,
        ClientCalls.execute(
            client(PERSONAL_TOKEN), TokenKind.PERSONAL, "MeApi", new PingOperation(null)));
  }

  @Test
  void personalTokenForOrganizationClientFailsBeforeSending() {
    OptixClient client = client(PERSONAL_TOKEN);

    TokenKindMismatchException e =
        assertThrows(
            TokenKindMismatchException.class,
            () ->
                ClientCalls.execute(
                    client, TokenKind.ORGANIZATION, "OrgApi", new PingOperation(null)));

    assertEquals(0, server.requestCount());
    assertEquals(TokenKind.ORGANIZATION, e.required());
    assertEquals(TokenKind.PERSONAL, e.actual());
    assertTrue(
        e.getMessage().startsWith("OrgApi is bound to the organization schema"), e::getMessage);
    assertTrue(e.getMessage().contains("nothing was sent"), e::getMessage);
    assertFalse(e.getMessage().contains(PERSONAL_TOKEN), e::getMessage);
    assertFalse(e.toString().contains(PERSONAL_TOKEN), e::toString);
  }

  @Test
  void organizationTokenForPersonalClientFailsBeforeSending() {
    OptixClient client = client(ORGANIZATION_TOKEN);

    TokenKindMismatchException e =
        assertThrows(
            TokenKindMismatchException.class,
            () ->
                ClientCalls.execute(client, TokenKind.PERSONAL, "MeApi", new PingOperation(null)));

    assertEquals(0, server.requestCount());
    assertTrue(e.getMessage().contains("ends in 'p'"), e::getMessage);
    assertFalse(e.getMessage().contains(ORGANIZATION_TOKEN), e::getMessage);
  }

  @Test
  void tokenOfUnknownKindFailsBeforeSendingForABoundClient() {
    String token = "legacy-token-without-kind-42";
    OptixClient client = client(token);

    TokenKindMismatchException e =
        assertThrows(
            TokenKindMismatchException.class,
            () ->
                ClientCalls.execute(
                    client, TokenKind.ORGANIZATION, "OrgApi", new PingOperation(null)));

    assertEquals(0, server.requestCount());
    assertNull(e.actual());
    assertTrue(e.getMessage().contains("neither 'o'"), e::getMessage);
    assertFalse(e.getMessage().contains(token), e::getMessage);
  }

  @Test
  void blankTokenFromTheProviderFailsBeforeSending() {
    OptixClient client =
        OptixClient.builder().endpoint(server.endpoint()).tokenProvider(() -> " ").build();

    OptixGqlException e =
        assertThrows(OptixGqlException.class, () -> client.execute(new PingOperation(null)));

    assertEquals(0, server.requestCount());
    assertTrue(e.getMessage().contains("nothing was sent"), e::getMessage);
  }

  @Test
  void http500WithAPlainBodyThrowsHttpStatusException() {
    server.replyText(500, "Internal Server Error: database on fire");

    HttpStatusException e =
        assertThrows(
            HttpStatusException.class,
            () -> client(ORGANIZATION_TOKEN).execute(new PingOperation(null)));

    assertEquals(500, e.statusCode());
    assertTrue(e.getMessage().contains("HTTP 500"), e::getMessage);
    assertTrue(e.getMessage().contains("database on fire"), e::getMessage);
  }

  @Test
  void longErrorBodiesAreCut() {
    server.replyText(502, "x".repeat(10_000));

    HttpStatusException e =
        assertThrows(
            HttpStatusException.class,
            () -> client(ORGANIZATION_TOKEN).execute(new PingOperation(null)));

    assertEquals(502, e.statusCode());
    assertTrue(e.getMessage().length() < 1_000, () -> "length " + e.getMessage().length());
  }

  @Test
  void http401IsAnAuthenticationExceptionWithTheStatusAndErrors() {
    server.replyJson(401, "{\"errors\":[{\"message\":\"Unauthenticated.\"}]}");

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> client(ORGANIZATION_TOKEN).execute(new PingOperation(null)));

    assertEquals(401, e.statusCode());
    assertEquals(
        List.of("Unauthenticated."), e.errors().stream().map(GraphQLError::message).toList());
    assertTrue(
        e.getMessage()
            .startsWith(
                "Operation Ping was refused: the token is not accepted (HTTP 401: Unauthenticated.)"),
        e::getMessage);
    assertFalse(e.getMessage().contains(ORGANIZATION_TOKEN), e::getMessage);
  }

  @Test
  void optixsUnauthenticatedAt200IsAnAuthenticationExceptionToo() {
    server.replyJson(200, "{\"errors\":[{\"message\":\"Unauthenticated.\"}]}");

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> client(ORGANIZATION_TOKEN).execute(new PingOperation(null)));

    assertEquals(200, e.statusCode());
  }

  @Test
  void errorsBesidePartialDataKeepTheData() {
    server.replyJson(
        200,
        "{\"data\":{\"ping\":null},"
            + "\"errors\":[{\"message\":\"Pong failed\",\"path\":[\"ping\"]}]}");
    PingOperation operation = new PingOperation(null);

    GraphQLErrorsException e =
        assertThrows(
            GraphQLErrorsException.class, () -> client(ORGANIZATION_TOKEN).execute(operation));

    assertEquals(new PingOperation.Data(null), e.partialData(operation));
    assertTrue(e.getMessage().contains("(partial data returned)"), e::getMessage);
    assertTrue(e.getMessage().contains("Pong failed (at ping)"), e::getMessage);
  }

  @Test
  void anErrorWithoutAMessageIsStillReported() {
    server.replyJson(200, "{\"data\":null,\"errors\":[{\"message\":null}]}");

    GraphQLErrorsException e =
        assertThrows(
            GraphQLErrorsException.class,
            () -> client(ORGANIZATION_TOKEN).execute(new PingOperation(null)));

    assertEquals("(no message)", e.errors().get(0).message());
  }

  @Test
  void undecodableDataThrowsResponseDecodingException() {
    server.replyJson(200, "{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":\"soon\"}}}");

    ResponseDecodingException e =
        assertThrows(
            ResponseDecodingException.class,
            () -> client(ORGANIZATION_TOKEN).execute(new PingOperation(null)));

    assertEquals("/data/ping/time", e.jsonPath());
  }

  @Test
  void aResponseWithNeitherDataNorErrorsIsRefused() {
    server.replyJson(200, "{\"data\":null}");

    ResponseDecodingException e =
        assertThrows(
            ResponseDecodingException.class,
            () -> client(ORGANIZATION_TOKEN).execute(new PingOperation(null)));

    assertEquals("/data", e.jsonPath());
  }

  @Test
  void executeAsyncCompletesWithTheData() throws Exception {
    server.replyJson(200, PONG);

    CompletableFuture<PingOperation.Data> future =
        ClientCalls.executeAsync(
            client(ORGANIZATION_TOKEN), TokenKind.ORGANIZATION, "OrgApi", new PingOperation("hi"));

    assertEquals(PONG_DATA, future.get(10, TimeUnit.SECONDS));
    assertEquals(1, server.requestCount());
  }

  @Test
  void executeAsyncFailsWithTheTypedException() {
    server.replyJson(200, "{\"errors\":[{\"message\":\"Nope\"}]}").replyText(503, "busy");
    OptixClient client = client(ORGANIZATION_TOKEN);

    Throwable graphql =
        failureOf(
            ClientCalls.executeAsync(client, TokenKind.ANY, "OrgApi", new PingOperation(null)));
    Throwable status =
        failureOf(
            ClientCalls.executeAsync(client, TokenKind.ANY, "OrgApi", new PingOperation(null)));

    assertEquals(
        "Nope", assertInstanceOf(GraphQLErrorsException.class, graphql).errors().get(0).message());
    assertEquals(503, assertInstanceOf(HttpStatusException.class, status).statusCode());
  }

  @Test
  void executeAsyncWithTheWrongTokenKindFailsWithoutSending() {
    CompletableFuture<PingOperation.Data> future =
        ClientCalls.executeAsync(
            client(PERSONAL_TOKEN), TokenKind.ORGANIZATION, "OrgApi", new PingOperation(null));

    assertInstanceOf(TokenKindMismatchException.class, failureOf(future));
    assertEquals(0, server.requestCount());
  }

  @Test
  void unreachableServerThrowsTransportException() {
    OptixClient client = client(ORGANIZATION_TOKEN);
    server.close();

    TransportException e =
        assertThrows(TransportException.class, () -> client.execute(new PingOperation(null)));
    Throwable async =
        failureOf(
            ClientCalls.executeAsync(client, TokenKind.ANY, "OrgApi", new PingOperation(null)));

    assertTrue(e.getMessage().contains(server.endpoint().toString()), e::getMessage);
    assertInstanceOf(TransportException.class, async);
  }

  @Test
  void slowServerTimesOut() {
    server.replyJsonAfter(Duration.ofSeconds(5), PONG);
    OptixClient client =
        OptixClient.builder()
            .endpoint(server.endpoint())
            .tokenProvider(TokenProvider.fixed(ORGANIZATION_TOKEN))
            .requestTimeout(Duration.ofMillis(300))
            .retryPolicy(RetryPolicy.NONE)
            .build();

    TransportException e =
        assertThrows(TransportException.class, () -> client.execute(new PingOperation(null)));

    assertTrue(e.getMessage().contains("timed out after 300 ms"), e::getMessage);
  }

  @Test
  void toStringDoesNotContainTheToken() {
    String text = client(ORGANIZATION_TOKEN).toString();

    assertFalse(text.contains(ORGANIZATION_TOKEN), text);
    assertTrue(text.contains(server.endpoint().toString()), text);
  }

  /** An interface the processor never saw, so no implementation exists. */
  interface Unprocessed {
    String ping();
  }

  @Test
  void createWithoutAGeneratedImplementationExplainsWhy() {
    OptixGqlException e =
        assertThrows(
            OptixGqlException.class, () -> client(ORGANIZATION_TOKEN).create(Unprocessed.class));

    assertTrue(e.getMessage().contains("No generated implementation"), e::getMessage);
    assertTrue(e.getMessage().contains("OptixClientTest_Unprocessed_Impl"), e::getMessage);
    assertTrue(e.getMessage().contains(Unprocessed.class.getName()), e::getMessage);
    assertTrue(e.getMessage().contains("@GraphQLClient"), e::getMessage);
    assertTrue(e.getMessage().contains("annotation processor path"), e::getMessage);
  }

  @Test
  void createRefusesAClass() {
    assertThrows(
        IllegalArgumentException.class, () -> client(ORGANIZATION_TOKEN).create(String.class));
  }

  /** A client that tries once: these tests are about how one response is handled. */
  private OptixClient client(String token) {
    return OptixClient.builder()
        .endpoint(server.endpoint())
        .tokenProvider(TokenProvider.fixed(token))
        .retryPolicy(RetryPolicy.NONE)
        .build();
  }

  /** The exception a future failed with, unwrapped from its {@link CompletionException}. */
  private static Throwable failureOf(CompletableFuture<?> future) {
    CompletionException e = assertThrows(CompletionException.class, future::join);
    return e.getCause();
  }
}
