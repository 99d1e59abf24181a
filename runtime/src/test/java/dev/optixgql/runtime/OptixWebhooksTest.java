package dev.optixgql.runtime;

import static dev.optixgql.runtime.TestClients.PONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.FaultServer.Reply;
import dev.optixgql.runtime.OptixWebhooks.Result;
import dev.optixgql.runtime.OptixWebhooks.Status;
import dev.optixgql.runtime.store.FileTokenStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks are verified as the Optix docs sign them, forgeries and replays are refused, and the
 * tokens they carry are what the next call for that organization sends.
 */
class OptixWebhooksTest {
  /** The docs' example: sha1("123secret123456"). */
  private static final String DOCS_SIGNATURE = "4739add6e433e2e9510761d994ba127f1b45834d";

  private static final long NOW = 123456;
  private final OrganizationTokens tokens = new OrganizationTokens();
  private final OptixWebhooks webhooks =
      OptixWebhooks.builder("secret", tokens)
          .clientId("123")
          .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
          .withoutTokenVerification()
          .build();

  /** A form body as Optix posts it; {@code signature} null means signed correctly. */
  private static String form(
      String clientId, long created, String event, String token, String signature) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("client_id", clientId);
    fields.put("created_timestamp", Long.toString(created));
    fields.put("organization_id", "42");
    fields.put("event", event);
    if (token != null) {
      fields.put("organization_token", token);
    }
    fields.put(
        "request_signature",
        signature != null
            ? signature
            : OptixWebhooks.sign(clientId, "secret", Long.toString(created)));
    return fields.entrySet().stream()
        .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private Result install(String token) {
    return webhooks.handle(form("123", NOW, "app_install", token, null));
  }

  @Test
  void theDocsExampleSignatureVerifies() {
    assertEquals(DOCS_SIGNATURE, OptixWebhooks.sign("123", "secret", "123456"));

    Result result =
        webhooks.handle(form("123", NOW, "app_install", "org42-t0ken-o", DOCS_SIGNATURE));

    assertEquals(Status.TOKEN_STORED, result.status());
    assertEquals(200, result.httpStatus());
    assertEquals(Optional.of("org42-t0ken-o"), tokens.get("42"));
  }

  @Test
  void anUppercaseSignatureVerifiesToo() {
    Result result =
        webhooks.handle(form("123", NOW, "booking_created", null, DOCS_SIGNATURE.toUpperCase()));

    assertEquals(Status.ACCEPTED, result.status());
  }

  @Test
  void forgeriesAreRefusedWith401AndStoreNothing() {
    String otherSecret = OptixWebhooks.sign("123", "guessed", "123456");
    List<String> forged =
        List.of(
            form("123", NOW, "app_install", "evil-o", otherSecret),
            form("123", NOW, "app_install", "evil-o", "0".repeat(40)),
            form("123", NOW + 1, "app_install", "evil-o", DOCS_SIGNATURE),
            form("999", NOW, "app_install", "evil-o", DOCS_SIGNATURE),
            form("999", NOW, "app_install", "evil-o", null));

    for (String body : forged) {
      Result result = webhooks.handle(body);
      assertEquals(Status.REJECTED_SIGNATURE, result.status(), body);
      assertEquals(401, result.httpStatus());
    }
    assertEquals(Optional.empty(), tokens.get("42"));
  }

  @Test
  void oldOrFarFutureTimestampsAreRefusedAsReplaysWith400() {
    long window = Duration.ofMinutes(15).toSeconds();
    for (long created : new long[] {NOW - window - 1, NOW + window + 1, NOW + Long.MIN_VALUE}) {
      Result result = webhooks.handle(form("123", created, "app_install", "old-o", null));
      assertEquals(Status.REJECTED_REPLAY, result.status(), "created " + created);
      assertEquals(400, result.httpStatus());
    }
    // The edge of the window first: a later event is newer, so both apply.
    assertEquals(
        Status.TOKEN_STORED,
        webhooks.handle(form("123", NOW - window, "app_install", "edge-o", null)).status());
    assertEquals(Status.TOKEN_STORED, install("edge-o").status(), "inside the window");
  }

  @Test
  void missingFieldsAreMalformed() {
    Result unsigned = webhooks.handle("client_id=123&created_timestamp=123456&event=app_install");
    Result tokenless = webhooks.handle(form("123", NOW, "organization_token_updated", null, null));

    assertEquals(Status.REJECTED_MALFORMED, unsigned.status());
    assertEquals(400, unsigned.httpStatus());
    assertEquals(Status.REJECTED_MALFORMED, tokenless.status());
  }

  @Test
  void theNextCallForTheOrganizationUsesTheUpdatedToken() {
    try (FaultServer server = FaultServer.start(request -> Reply.json(200, PONG))) {
      OptixClient client = TestClients.builder(server).build().withTokens(tokens.provider("42"));

      install("installed-t0ken-o");
      client.execute(new PingOperation(null));
      Result updated =
          webhooks.handle(
              form("123", NOW + 1, "organization_token_updated", "rotated-t0ken-o", null));
      client.execute(new PingOperation(null));

      assertEquals(Status.TOKEN_STORED, updated.status());
      assertEquals(
          List.of("Bearer installed-t0ken-o", "Bearer rotated-t0ken-o"),
          server.received().stream().map(r -> r.header("Authorization")).toList());
    }
  }

  @Test
  void uninstallForgetsTheTokenAndTheNextCallFailsBeforeSending() {
    try (FaultServer server = FaultServer.start(request -> Reply.json(200, PONG))) {
      OptixClient client = TestClients.builder(server).build().withTokens(tokens.provider("42"));
      install("installed-t0ken-o");

      Result result = webhooks.handle(form("123", NOW + 1, "app_uninstall", null, null));
      OptixGqlException e =
          assertThrows(OptixGqlException.class, () -> client.execute(new PingOperation(null)));

      assertEquals(Status.TOKEN_REMOVED, result.status());
      assertEquals(200, result.httpStatus());
      assertEquals(Optional.empty(), tokens.get("42"));
      assertTrue(e.getMessage().contains("No token stored for organization 42"), e::getMessage);
      assertEquals(0, server.received().size());
    }
  }

  @Test
  void anOrganizationIdWithATabOrLineBreakIsMalformedAndNothingEscapesHandle(@TempDir Path dir) {
    OrganizationTokens stored = new OrganizationTokens(FileTokenStore.at(dir.resolve("tokens")));
    OptixWebhooks onFile =
        OptixWebhooks.builder("secret", stored)
            .clientId("123")
            .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
            .withoutTokenVerification()
            .build();

    for (String organization : List.of("4\t2", "4\n2", "4\r2", "4\u00002")) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("client_id", "123");
      fields.put("created_timestamp", Long.toString(NOW));
      fields.put("organization_id", organization);
      fields.put("event", "app_install");
      fields.put("organization_token", "org42-t0ken-o");
      fields.put("request_signature", OptixWebhooks.sign("123", "secret", Long.toString(NOW)));

      Result result = onFile.handle(fields);

      assertEquals(Status.REJECTED_MALFORMED, result.status(), result::detail);
      assertEquals(400, result.httpStatus());
    }
    assertEquals(Set.of(), stored.organizations());

    // A form whose every read throws is refused, not thrown.
    Map<String, String> hostile =
        new java.util.HashMap<>() {
          @Override
          public String get(Object key) {
            throw new IllegalArgumentException("hostile");
          }
        };
    assertEquals(Status.REJECTED_MALFORMED, onFile.handle(hostile).status());
  }
}
