package dev.optixgql.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.OptixWebhooks.Result;
import dev.optixgql.runtime.OptixWebhooks.Status;
import dev.optixgql.sandbox.OptixSandbox;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A webhook's signature covers only {@code client_id + secret + created_timestamp}, so a captured
 * one can be replayed with any organization id and token: against the sandbox as the Optix API, a
 * token is stored only when it acts for the organization named, an uninstall applies only once the
 * stored token is refused, an API that cannot be asked changes nothing (503), and an equal
 * timestamp never replaces what is stored.
 */
class WebhookVerificationTest {
  /** The sandbox's seeded organization. */
  private static final String ORGANIZATION = "1";

  private static final String ANOTHER_ORGANIZATION = "2";
  private static final String ATTACKERS_TOKEN = "attacker-own-t0ken-o";
  private static final long NOW = Instant.now().getEpochSecond();

  private final OptixSandbox sandbox = OptixSandbox.start();
  private final List<OptixClient> clients = new ArrayList<>();
  private final OrganizationTokens tokens = new OrganizationTokens();

  @AfterEach
  void stop() {
    clients.forEach(OptixClient::close);
    sandbox.close();
  }

  private OptixClient client(URI endpoint) {
    OptixClient client =
        OptixClient.builder()
            .endpoint(endpoint)
            .tokenProvider(TokenProvider.fixed("the-clients-own-token-p"))
            .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5)))
            .build();
    clients.add(client);
    return client;
  }

  private OptixWebhooks webhooks(URI endpoint) {
    return OptixWebhooks.builder("secret", tokens)
        .clientId("123")
        .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
        .verifyTokensWith(client(endpoint))
        .build();
  }

  private OptixWebhooks webhooks() {
    return webhooks(sandbox.endpoint());
  }

  /** A body signed as Optix signs it; only its signature is genuine for a replay. */
  static String form(String event, String organization, String token, long created) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("client_id", "123");
    fields.put("created_timestamp", Long.toString(created));
    fields.put("organization_id", organization);
    fields.put("event", event);
    if (token != null) {
      fields.put("organization_token", token);
    }
    fields.put("request_signature", OptixWebhooks.sign("123", "secret", Long.toString(created)));
    return fields.entrySet().stream()
        .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  @Test
  void aGenuineInstallIsStored() {
    Result result =
        webhooks().handle(form("app_install", ORGANIZATION, sandbox.organizationToken(), NOW));

    assertEquals(Status.TOKEN_STORED, result.status(), result::detail);
    assertEquals(200, result.httpStatus());
    assertEquals(Optional.of(sandbox.organizationToken()), tokens.get(ORGANIZATION));
  }

  @Test
  void aReplayedSignatureWithAnotherOrganizationStoresNothing() {
    // The valid token of organization 1, sent as organization 2's.
    Result result =
        webhooks()
            .handle(form("app_install", ANOTHER_ORGANIZATION, sandbox.organizationToken(), NOW));

    assertEquals(Status.REJECTED_UNVERIFIED, result.status(), result::detail);
    assertEquals(403, result.httpStatus());
    assertEquals(Set.of(), tokens.organizations());
    assertFalse(result.toString().contains(sandbox.organizationToken()));
  }

  @Test
  void aReplayedSignatureWithAnotherTokenStoresNothingAndKeepsTheStoredOne() {
    OptixWebhooks webhooks = webhooks();
    assertEquals(
        Status.TOKEN_STORED,
        webhooks
            .handle(form("app_install", ORGANIZATION, sandbox.organizationToken(), NOW - 60))
            .status());

    for (String event : List.of("app_install", "organization_token_updated")) {
      Result result = webhooks.handle(form(event, ORGANIZATION, ATTACKERS_TOKEN, NOW));

      assertEquals(Status.REJECTED_UNVERIFIED, result.status(), result::detail);
      assertFalse(result.detail().contains(ATTACKERS_TOKEN), result::detail);
    }
    assertEquals(Optional.of(sandbox.organizationToken()), tokens.get(ORGANIZATION));
  }

  @Test
  void anUninstallOfAnOrganizationWhoseTokenStillWorksRemovesNothing() {
    tokens.putIfNewer(ORGANIZATION, sandbox.organizationToken(), NOW - 60);

    Result result = webhooks().handle(form("app_uninstall", ORGANIZATION, null, NOW));

    assertEquals(Status.REJECTED_UNVERIFIED, result.status(), result::detail);
    assertEquals(403, result.httpStatus());
    assertEquals(Optional.of(sandbox.organizationToken()), tokens.get(ORGANIZATION));
  }

  @Test
  void aReplayedUninstallSpendsOneRequestOfTheOrganizationsBudgetNotOneEach() {
    tokens.putIfNewer(ORGANIZATION, sandbox.organizationToken(), NOW - 60);
    OptixWebhooks webhooks = webhooks();
    String uninstall = form("app_uninstall", ORGANIZATION, null, NOW);
    int before = sandbox.requestCount();

    for (int i = 0; i < 5; i++) {
      assertEquals(Status.REJECTED_UNVERIFIED, webhooks.handle(uninstall).status());
    }

    assertEquals(before + 1, sandbox.requestCount(), "one check for five replays");
    assertEquals(Optional.of(sandbox.organizationToken()), tokens.get(ORGANIZATION));
  }

  @Test
  void aGenuineUninstallIsApplied() {
    // The app was uninstalled: Optix no longer accepts the token it had given.
    tokens.putIfNewer(ORGANIZATION, "revoked-t0ken-of-1-o", NOW - 60);

    Result result = webhooks().handle(form("app_uninstall", ORGANIZATION, null, NOW));

    assertEquals(Status.TOKEN_REMOVED, result.status(), result::detail);
    assertEquals(200, result.httpStatus());
    assertEquals(Optional.empty(), tokens.get(ORGANIZATION));
  }

  @Test
  void anEndpointThatIsDownChangesNothingAndAsksForTheWebhookAgain() throws Exception {
    URI down;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      down = URI.create("http://127.0.0.1:" + closed.getLocalPort() + "/graphql");
    }
    tokens.putIfNewer(ORGANIZATION, sandbox.organizationToken(), NOW - 60);
    OptixWebhooks webhooks = webhooks(down);

    Result install =
        webhooks.handle(form("app_install", ANOTHER_ORGANIZATION, "new-t0ken-of-2-o", NOW));
    Result uninstall = webhooks.handle(form("app_uninstall", ORGANIZATION, null, NOW));

    for (Result result : List.of(install, uninstall)) {
      assertEquals(Status.VERIFICATION_UNAVAILABLE, result.status(), result::detail);
      assertEquals(503, result.httpStatus());
    }
    assertEquals(Set.of(ORGANIZATION), tokens.organizations());
    assertEquals(Optional.of(sandbox.organizationToken()), tokens.get(ORGANIZATION));
  }

  @Test
  void aRateLimitedVerificationChangesNothingAndAsksForTheWebhookAgain() {
    try (OptixSandbox limited = OptixSandbox.builder().rateLimitPerMinute(1).build()) {
      OptixWebhooks webhooks = webhooks(limited.endpoint());
      assertEquals(
          Status.TOKEN_STORED,
          webhooks
              .handle(form("app_install", ORGANIZATION, limited.organizationToken(), NOW - 60))
              .status());

      Result uninstall = webhooks.handle(form("app_uninstall", ORGANIZATION, null, NOW));

      assertEquals(Status.VERIFICATION_UNAVAILABLE, uninstall.status(), uninstall::detail);
      assertEquals(503, uninstall.httpStatus());
      assertEquals(Optional.of(limited.organizationToken()), tokens.get(ORGANIZATION));
    }
  }

  @Test
  void anEqualTimestampNeverReplacesAndARedeliveryIsAcknowledgedWithoutARequest() {
    OptixWebhooks webhooks = webhooks();
    String install = form("app_install", ORGANIZATION, sandbox.organizationToken(), NOW);
    assertEquals(Status.TOKEN_STORED, webhooks.handle(install).status());
    int requests = sandbox.requestCount();

    Result again = webhooks.handle(install);
    Result sameTime = webhooks.handle(form("app_install", ORGANIZATION, ATTACKERS_TOKEN, NOW));
    Result uninstall = webhooks.handle(form("app_uninstall", ORGANIZATION, null, NOW));

    for (Result result : List.of(again, sameTime, uninstall)) {
      assertEquals(Status.IGNORED_OLDER, result.status(), result::detail);
      assertEquals(200, result.httpStatus());
    }
    assertEquals(requests, sandbox.requestCount(), "a re-delivery sends no request");
    assertEquals(Optional.of(sandbox.organizationToken()), tokens.get(ORGANIZATION));
  }

  @Test
  void anEqualTimestampNeverReplacesWithoutVerificationEither() {
    OptixWebhooks unverified =
        OptixWebhooks.builder("secret", tokens)
            .clientId("123")
            .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
            .withoutTokenVerification()
            .build();
    assertEquals(
        Status.TOKEN_STORED,
        unverified.handle(form("app_install", ORGANIZATION, "first-t0ken-o", NOW)).status());

    assertEquals(
        Status.IGNORED_OLDER,
        unverified.handle(form("app_install", ORGANIZATION, "second-t0ken-o", NOW)).status());
    assertEquals(
        Status.IGNORED_OLDER,
        unverified.handle(form("app_uninstall", ORGANIZATION, null, NOW)).status());
    assertFalse(tokens.putIfNewer(ORGANIZATION, "third-t0ken-o", NOW));
    assertEquals(Optional.of("first-t0ken-o"), tokens.get(ORGANIZATION));
  }

  @Test
  void buildingWithoutChoosingHowTokensAreCheckedFailsSayingWhatToChoose() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> OptixWebhooks.builder("secret", tokens).clientId("123").build());

    assertTrue(e.getMessage().contains("verifyTokensWith("), e::getMessage);
    assertTrue(e.getMessage().contains("withoutTokenVerification()"), e::getMessage);
  }
}
