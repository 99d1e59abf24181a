package dev.optixgql.runtime;

import static dev.optixgql.runtime.TestClients.PONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.FaultServer.Fault;
import dev.optixgql.runtime.FaultServer.Reply;
import dev.optixgql.runtime.OptixWebhooks.Result;
import dev.optixgql.runtime.OptixWebhooks.Status;
import dev.optixgql.runtime.generated.ClientCalls;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What an attacker who controls a response or a webhook body can try: echo the token anywhere a
 * server's text reaches (errors, paths, extensions, malformed JSON, any status), plant a token that
 * breaks a header, overflow the retry arithmetic, replay webhooks out of order, flood the webhook
 * endpoint before its signature is checked, inflate error lists, and the smaller gaps (infinite
 * numbers, duplicate keys, foreign tokens, redirects). Every exception and response is scanned for
 * the token ({@link LeakScan}: messages, traces, causes and fields).
 */
class HostileInputTest {
  /** Hyphens make Jackson quote the token in pieces: the redaction must catch fragments too. */
  private static final String TOKEN = "h0st1le-T0KEN-9f8e7d6c5b4a3o";

  private static final long NOW = 1_800_000_000L;

  /** Two attempts a few milliseconds apart. */
  private static final RetryPolicy TWO_ATTEMPTS =
      new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(5));

  /** Replies that put the token where a server's text reaches the caller, at status 200. */
  private static Map<String, Function<FaultServer.Request, Reply>> echoes() {
    Map<String, Function<FaultServer.Request, Reply>> out = new LinkedHashMap<>();
    out.put(
        "error message",
        r -> ok("{\"data\":null,\"errors\":[{\"message\":\"bad token " + TOKEN + "\"}]}"));
    out.put(
        "error path",
        r -> ok("{\"data\":null,\"errors\":[{\"message\":\"x\",\"path\":[\"" + TOKEN + "\",0]}]}"));
    out.put(
        "error extensions",
        r ->
            ok(
                "{\"data\":null,\"errors\":[{\"message\":\"x\",\"extensions\":{\"token\":\""
                    + TOKEN
                    + "\"}}]}"));
    out.put(
        "partial data with an echoing error",
        r ->
            ok(
                "{\"data\":{\"ping\":null},\"errors\":[{\"message\":\"for "
                    + TOKEN
                    + "\",\"path\":[\"ping\"]}]}"));
    out.put("bare token", r -> ok(TOKEN + " is not valid"));
    out.put("token as data", r -> ok("{\"data\":" + TOKEN + "}"));
    out.put("token as a value", r -> ok("{\"data\":{\"ping\":{\"status\":" + TOKEN + "}}}"));
    out.put("whole request echoed", r -> ok(errorsOf("echo: " + echo(r))));
    out.put("echo at 401", r -> Reply.json(401, errorsOf("refused " + echo(r))));
    out.put("echo at 400", r -> Reply.json(400, "bad request " + echo(r)));
    out.put("echo at 500, cut in the token", r -> Reply.json(500, "x".repeat(290) + echo(r)));
    out.put(
        "Retry-After of 300 years",
        r -> Reply.json(429, echo(r)).header("Retry-After", "10000000000"));
    return out;
  }

  @Test
  void noTokenInAnyExceptionOrResponseForAnyEchoPlacementOrBatch() {
    LeakScan scan = new LeakScan(TOKEN);
    List<String> untyped = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<String, Function<FaultServer.Request, Reply>> echo : echoes().entrySet()) {
      for (TokenPlacement placement : TokenPlacement.values()) {
        try (FaultServer server = FaultServer.start(batchAware(echo.getValue()))) {
          OptixClient client =
              TestClients.builder(server.endpoint(), TokenProvider.fixed(TOKEN))
                  .tokenPlacement(placement)
                  .retryPolicy(TWO_ATTEMPTS)
                  .build();
          String what = echo.getKey() + " / " + placement;
          calls++;
          try {
            scan.scan(
                what,
                ClientCalls.call(client, TokenKind.ANY, "Api", new PingOperation("hi"), false));
          } catch (RuntimeException e) {
            scan.scan(what, e);
            if (!(e instanceof OptixGqlException)) {
              untyped.add(what + ": " + e.getClass().getName());
            }
          }
          if (placement != TokenPlacement.FORM_BODY) {
            Batch batch = client.batch();
            Batch.Item<PingOperation.Data> item = batch.add(new PingOperation("b"));
            calls++;
            try {
              batch.send();
              scan.scan(what + " batch", item.response());
            } catch (RuntimeException e) {
              scan.scan(what + " batch", e);
              if (!(e instanceof OptixGqlException)) {
                untyped.add(what + " batch: " + e.getClass().getName());
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), scan.leaks());
    assertEquals(List.of(), untyped);
    assertTrue(calls >= 80, "calls: " + calls);
  }

  @Test
  void jacksonsOwnMessagesAreRedactedAndStillSayWhatIsWrong() {
    try (FaultServer server = FaultServer.start(r -> ok("{\"data\":" + TOKEN + "}"))) {
      ResponseDecodingException e =
          assertThrows(
              ResponseDecodingException.class,
              () ->
                  TestClients.builder(server.endpoint(), TokenProvider.fixed(TOKEN))
                      .build()
                      .execute(new PingOperation(null)));

      assertTrue(e.getMessage().contains("malformed JSON: Unrecognized token"), e::getMessage);
      assertTrue(e.getMessage().contains("<redacted token>"), e::getMessage);
      assertEquals(List.of(), new LeakScan(TOKEN).scan("decoding", e).leaks());
    }
  }

  @Test
  void aTokenThatWouldBreakAHeaderIsRefusedBeforeAnythingIsSent() {
    try (FaultServer server = FaultServer.start(r -> ok(PONG))) {
      for (String bad : List.of("abc\nEvil: yes-o", "naïve-token-o", "two words o", "tab\to")) {
        OptixClient client = TestClients.builder(server.endpoint(), () -> bad).build();
        InvalidTokenException e =
            assertThrows(
                InvalidTokenException.class, () -> client.execute(new PingOperation(null)));
        assertTrue(
            e.getMessage().startsWith("The token provider gave a token with"), e::getMessage);
        assertEquals(List.of(), new LeakScan(bad).scan("invalid token", e).leaks());
        assertThrows(InvalidTokenException.class, () -> TokenProvider.fixed(bad));
        assertThrows(InvalidTokenException.class, () -> new OrganizationTokens().put("1", bad));
      }
      assertEquals(0, server.received().size());
    }
  }

  @Test
  void aWebhookCannotPlantATokenThatBreaksTheNextCall() {
    OrganizationTokens tokens = new OrganizationTokens();
    OptixWebhooks webhooks = webhooks(tokens);

    Result planted =
        webhooks.handle(signed("organization_token_updated", "42", NOW, "good%0AEvil:%20yes-o"));
    Result personal = webhooks.handle(signed("app_install", "42", NOW, "personal-t0ken-p"));
    Result kindless = webhooks.handle(signed("app_install", "42", NOW, "x"));

    for (Result result : List.of(planted, personal, kindless)) {
      assertEquals(Status.REJECTED_MALFORMED, result.status(), result::toString);
    }
    assertTrue(planted.detail().contains("a line break"), planted::detail);
    assertTrue(personal.detail().contains("not an organization token"), personal::detail);
    assertTrue(tokens.get("42").isEmpty());
  }

  @Test
  void aRetryAfterOfCenturiesIsARateLimitedExceptionNotAnOverflow() {
    try (FaultServer server =
        FaultServer.start(r -> Reply.json(429, "{}").header("Retry-After", "10000000000"))) {
      RateLimitedException e =
          assertThrows(
              RateLimitedException.class,
              () -> TestClients.client(server).execute(new PingOperation(null)));

      assertTrue(e.getMessage().contains("retry after 10000000000 s"), e::getMessage);
      assertEquals(1, server.received().size());
    }
  }

  @Test
  void aTricklingServerCannotHoldACallPastItsDeadline() {
    // Each attempt gets half a body, then nothing: before, the deadline counted the backoff but
    // not the next attempt's timeout (2 s + 2 s for a 3 s deadline).
    try (FaultServer server = FaultServer.start(r -> ok(PONG).with(Fault.STALL_MID_BODY))) {
      OptixClient client =
          TestClients.builder(server)
              .requestTimeout(Duration.ofSeconds(2))
              .retryPolicy(
                  new RetryPolicy(
                      4, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(3)))
              .build();
      long start = System.nanoTime();

      TransportException e =
          assertThrows(TransportException.class, () -> client.execute(new PingOperation(null)));

      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(Duration.ofMillis(3_500)) < 0, () -> "took " + took);
      assertEquals(2, server.received().size(), e::getMessage);
      assertTrue(e.getMessage().contains("after 2 attempts"), e::getMessage);
    }
  }

  @Test
  void outOfOrderWebhooksKeepTheNewestTokenAndTheUninstall() {
    OrganizationTokens tokens = new OrganizationTokens();
    OptixWebhooks webhooks = webhooks(tokens);

    assertEquals(
        Status.TOKEN_STORED,
        webhooks
            .handle(signed("organization_token_updated", "42", NOW, "newest-t0ken-o"))
            .status());
    Result late =
        webhooks.handle(signed("organization_token_updated", "42", NOW - 300, "older-t0ken-o"));
    assertEquals(Status.IGNORED_OLDER, late.status());
    assertEquals(200, late.httpStatus(), "acknowledged, so Optix stops re-sending it");
    assertEquals("newest-t0ken-o", tokens.get("42").orElseThrow());

    assertEquals(
        Status.TOKEN_REMOVED, webhooks.handle(signed("app_uninstall", "7", NOW, null)).status());
    assertEquals(
        Status.IGNORED_OLDER,
        webhooks.handle(signed("app_install", "7", NOW - 60, "revived-t0ken-o")).status());
    assertTrue(tokens.get("7").isEmpty());
    assertEquals(java.util.Set.of("42"), tokens.organizations());
    // A reinstall after the uninstall applies.
    assertEquals(
        Status.TOKEN_STORED,
        webhooks.handle(signed("app_install", "7", NOW + 1, "reinstalled-o")).status());
  }

  @Test
  void aTenMegabyteUnsignedBodyIsRefusedAtOnceWithoutInflating() {
    OptixWebhooks webhooks = webhooks(new OrganizationTokens());
    String flood = "&".repeat(10 << 20);
    String fields = "a=b&".repeat(2 << 20);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    webhooks.handle(flood); // warm up

    long allocated = threads.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    Result result = webhooks.handle(flood);
    long took = System.nanoTime() - start;
    Result many = webhooks.handle(fields);
    long bytes = threads.getThreadAllocatedBytes(thread) - allocated;

    assertEquals(Status.REJECTED_MALFORMED, result.status());
    assertEquals(Status.REJECTED_MALFORMED, many.status());
    assertTrue(result.detail().startsWith("a body of 10485760 characters"), result::detail);
    System.out.printf(
        "HostileInputTest: a 10 MiB unsigned webhook body refused in %.3f ms; the 10 MiB and 8 MiB"
            + " bodies allocated %d bytes together%n",
        took / 1e6, bytes);
    // Generous bounds on a shared machine; the figures are printed above.
    assertTrue(took < 50_000_000L, () -> "took " + took / 1e6 + " ms");
    assertTrue(bytes < 1_000_000L, () -> "allocated " + bytes + " bytes");
  }

  @Test
  void manyFieldsAreRefusedBeforeTheSignatureIsComputed() {
    OptixWebhooks webhooks = webhooks(new OrganizationTokens());
    Map<String, String> million = new java.util.HashMap<>();
    for (int i = 0; i < 1_000_000; i++) {
      million.put("f" + i, "v");
    }
    assertEquals(Status.REJECTED_MALFORMED, webhooks.handle(million).status());
    Map<String, String> longValues = new java.util.HashMap<>();
    longValues.put("client_id", "1".repeat(10 << 20));
    longValues.put("created_timestamp", String.valueOf(NOW));
    longValues.put("request_signature", "x");
    assertEquals(Status.REJECTED_MALFORMED, webhooks.handle(longValues).status());
  }

  @Test
  void errorMessagesAreCappedInTheExceptionAndKeptWholeOnIt() {
    StringBuilder many = new StringBuilder("{\"data\":null,\"errors\":[");
    for (int i = 0; i < 100_000; i++) {
      many.append(i == 0 ? "" : ",").append("{\"message\":\"error ").append(i).append("\"}");
    }
    String huge = "{\"data\":null,\"errors\":[{\"message\":\"" + "m".repeat(10 << 20) + "\"}]}";
    for (String body : List.of(many.append("]}").toString(), huge)) {
      try (FaultServer server = FaultServer.start(r -> ok(body))) {
        GraphQLErrorsException e =
            assertThrows(
                GraphQLErrorsException.class,
                () ->
                    TestClients.builder(server)
                        .maxResponseBytes(64L << 20)
                        .build()
                        .execute(new PingOperation(null)));
        assertTrue(e.getMessage().length() < 4_000, () -> "message of " + e.getMessage().length());
        assertEquals(body == huge ? 1 : 100_000, e.errors().size());
        assertEquals(
            body == huge ? 10 << 20 : "error 99999".length(),
            e.errors().get(e.errors().size() - 1).message().length());
      }
    }
  }

  @Test
  void nonFiniteNumbersAreRefusedBothWays() {
    try (FaultServer server = FaultServer.start(r -> ok("{\"data\":{\"measure\":1e999999}}"))) {
      OptixClient client = TestClients.client(server);

      ResponseDecodingException in =
          assertThrows(
              ResponseDecodingException.class, () -> client.execute(new MeasureOperation(null)));
      assertEquals("/data/measure", in.jsonPath());
      assertTrue(in.getMessage().contains("too large for a Float"), in::getMessage);

      for (double bad :
          new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
        OptixGqlException out =
            assertThrows(OptixGqlException.class, () -> client.execute(new MeasureOperation(bad)));
        assertTrue(
            out.getMessage().contains("as factor: JSON has no such number"), out::getMessage);
      }
      assertEquals(1, server.received().size(), "only the first call was sent");
    }
  }

  @Test
  void aSecondErrorsOrDataKeyIsRefused() {
    String hidden = "{\"data\":{\"ping\":null},\"errors\":[{\"message\":\"real\"}],\"errors\":[]}";
    try (FaultServer server = FaultServer.start(r -> ok(hidden))) {
      ResponseDecodingException e =
          assertThrows(
              ResponseDecodingException.class,
              () -> TestClients.client(server).execute(new PingOperation(null)));
      assertEquals("/errors", e.jsonPath());
    }
  }

  @Test
  void webhooksRefuseWhatIsNotAnEventOfAnOrganization() {
    OptixWebhooks webhooks = webhooks(new OrganizationTokens());

    assertEquals(
        Status.REJECTED_MALFORMED,
        webhooks.handle(signed("app_uninstall", null, NOW, null)).status());
    assertEquals(Status.REJECTED_MALFORMED, webhooks.handle((Map<String, String>) null).status());
    assertEquals(Status.REJECTED_MALFORMED, webhooks.handle((String) null).status());
    OptixWebhooks.Builder builder = OptixWebhooks.builder("secret", new OrganizationTokens());
    for (Duration window :
        List.of(Duration.ofSeconds(-1), Duration.ZERO, Duration.ofSeconds(Long.MAX_VALUE))) {
      assertThrows(IllegalArgumentException.class, () -> builder.window(window), window::toString);
    }
  }

  @Test
  void aClientThatFollowsRedirectsIsRefused() {
    for (HttpClient.Redirect redirect :
        List.of(HttpClient.Redirect.ALWAYS, HttpClient.Redirect.NORMAL)) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  OptixClient.builder()
                      .tokenProvider(TokenProvider.fixed(TOKEN))
                      .httpClient(HttpClient.newBuilder().followRedirects(redirect).build())
                      .build());
      assertTrue(e.getMessage().contains("Redirect.NEVER"), e::getMessage);
    }
  }

  private static Reply ok(String body) {
    return Reply.json(200, body);
  }

  private static String errorsOf(String message) {
    return "{\"data\":null,\"errors\":[{\"message\":\""
        + message.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"}]}";
  }

  /** A batch (a JSON array request) gets its reply inside an array when it is a 200 envelope. */
  private static Function<FaultServer.Request, Reply> batchAware(
      Function<FaultServer.Request, Reply> single) {
    return request -> {
      Reply reply = single.apply(request);
      boolean batch = request.body().startsWith("[");
      return batch && reply.status() == 200 && reply.body().startsWith("{")
          ? new Reply(200, reply.headers(), "[" + reply.body() + "]", reply.delay(), reply.fault())
          : reply;
    };
  }

  /** The request as the server saw it: target, credentials and body. */
  private static String echo(FaultServer.Request request) {
    return request.target() + " " + request.header("Authorization") + " " + request.body();
  }

  private static OptixWebhooks webhooks(OrganizationTokens tokens) {
    return OptixWebhooks.builder("secret", tokens)
        .clientId("123")
        .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
        .withoutTokenVerification()
        .build();
  }

  /** A correctly signed form body; {@code organization} or {@code token} may be left out. */
  private static String signed(
      String event, String organization, long created, String encodedToken) {
    String signature = OptixWebhooks.sign("123", "secret", String.valueOf(created));
    return "client_id=123&created_timestamp="
        + created
        + (organization == null ? "" : "&organization_id=" + organization)
        + "&event="
        + event
        + (encodedToken == null ? "" : "&organization_token=" + encodedToken)
        + "&request_signature="
        + signature;
  }
}
