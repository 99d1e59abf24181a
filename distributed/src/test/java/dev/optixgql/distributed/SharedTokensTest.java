package dev.optixgql.distributed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.OptixWebhooks;
import dev.optixgql.runtime.OrganizationTokens;
import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.RateLimiter;
import dev.optixgql.runtime.RateLimiterUnavailableException;
import dev.optixgql.runtime.RetryPolicy;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.runtime.generated.ClientCalls;
import dev.optixgql.runtime.store.JdbcTokenStore;
import dev.optixgql.runtime.store.TokenStoreException;
import dev.optixgql.runtime.testing.PingQuery;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three app instances, each with its own {@link JdbcTokenStore} opened on one PostgreSQL: a token
 * rotated by a signed webhook delivered to one instance is what all three send next; an older event
 * cannot undo it; a database that goes away fails the calls that need it (for their token, or for a
 * slot of the shared budget), typed, sends nothing, loses nothing, and is used again when it is
 * back.
 */
class SharedTokensTest {
  private static final String ORGANIZATION = "42";
  private static final String OLD = "old-token-of-42-o";
  private static final String NEW = "new-token-of-42-o";
  private static final String CLIENT_ID = "app-123";
  private static final String SECRET = "webhook-secret";

  @TempDir Path data;
  private EmbeddedPostgres postgres;
  private HttpServer server;
  private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
  private final List<OptixClient> clients = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    postgres = postgres(0);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/graphql",
        exchange -> {
          sent.add(exchange.getRequestHeaders().getFirst("Authorization"));
          String request = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
          // The webhook receiver asks whose a token is: every token here is organization 42's.
          byte[] body =
              (request.contains("organization_id")
                      ? "{\"data\":{\"me\":{\"organization\":{\"organization_id\":\"42\"}}}}"
                      : "{\"data\":{\"ping\":{\"status\":\"ok\"}}}")
                  .getBytes(UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    clients.forEach(OptixClient::close);
    server.stop(0);
    postgres.close();
  }

  @Test
  void aTokenRotatedThroughOneInstanceIsWhatAllThreeSendNext() {
    List<OrganizationTokens> instances = instances(postgres.getPostgresDatabase());
    assertTrue(instances.get(0).putIfNewer(ORGANIZATION, OLD, 100));
    for (int i = 0; i < 3; i++) {
      call(instances.get(i));
    }
    assertEquals(List.of("Bearer " + OLD, "Bearer " + OLD, "Bearer " + OLD), sent);

    // The rotation webhook reaches instance 1 only, signed as Optix signs it.
    OptixWebhooks webhooks =
        OptixWebhooks.builder(SECRET, instances.get(1))
            .clientId(CLIENT_ID)
            .verifyTokensWith(verifier())
            .build();
    assertEquals(200, webhooks.handle(rotation(Instant.now().getEpochSecond(), NEW)).httpStatus());
    // Optix delivers the install event again, late, to instance 2: it cannot undo the rotation.
    assertFalse(instances.get(2).putIfNewer(ORGANIZATION, OLD, 100));
    sent.clear();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 3; i++) {
        call(instances.get(i));
      }
    }

    assertEquals(6, sent.size());
    assertEquals(0, sent.stream().filter(("Bearer " + OLD)::equals).count(), "old token sent");
  }

  @Test
  void aDatabaseThatGoesAwayFailsTypedLosesNothingAndIsUsedWhenBack() throws Exception {
    int port = postgres.getPort();
    DataSource database = postgres.getPostgresDatabase();
    List<OrganizationTokens> instances = instances(database);
    RateLimiter limiter = PostgresRateLimiter.create(database, RateLimit.OPTIX);
    instances.get(0).putIfNewer(ORGANIZATION, NEW, 300);
    call(instances.get(2));
    OptixClient fixedToken = client(TokenProvider.fixed(NEW)).rateLimiter(limiter).build();
    clients.add(fixedToken);
    ClientCalls.execute(fixedToken, TokenKind.ORGANIZATION, "Api", new PingQuery());

    postgres.close();
    for (OrganizationTokens instance : instances) {
      assertThrows(TokenStoreException.class, () -> call(instance));
      assertThrows(TokenStoreException.class, () -> instance.putIfNewer(ORGANIZATION, "x-o", 400));
    }
    assertThrows(
        RateLimiterUnavailableException.class,
        () -> ClientCalls.execute(fixedToken, TokenKind.ORGANIZATION, "Api", new PingQuery()));
    assertEquals(2, sent.size(), "nothing was sent while the database was away");
    postgres = postgres(port);
    sent.clear();
    for (OrganizationTokens instance : instances) {
      call(instance);
    }
    ClientCalls.execute(fixedToken, TokenKind.ORGANIZATION, "Api", new PingQuery());

    assertEquals(List.of("Bearer " + NEW, "Bearer " + NEW, "Bearer " + NEW, "Bearer " + NEW), sent);
  }

  /** An {@code organization_token_updated} webhook's form body, as Optix posts it. */
  private static String rotation(long created, String token) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("client_id", CLIENT_ID);
    fields.put("created_timestamp", Long.toString(created));
    fields.put("organization_id", ORGANIZATION);
    fields.put("event", "organization_token_updated");
    fields.put("organization_token", token);
    fields.put("request_signature", OptixWebhooks.sign(CLIENT_ID, SECRET, Long.toString(created)));
    return fields.entrySet().stream()
        .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private List<OrganizationTokens> instances(DataSource database) {
    List<OrganizationTokens> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      out.add(OrganizationTokens.shared(new JdbcTokenStore(database)));
    }
    return out;
  }

  private void call(OrganizationTokens tokens) {
    OptixClient client = client(tokens.provider(ORGANIZATION)).build();
    clients.add(client);
    assertEquals(
        "ok", ClientCalls.execute(client, TokenKind.ORGANIZATION, "Api", new PingQuery()).status());
  }

  /** The client the webhook receiver asks the API with (its own token is never used). */
  private OptixClient verifier() {
    OptixClient client = client(TokenProvider.fixed("verifier-unused-o")).build();
    clients.add(client);
    return client;
  }

  private OptixClient.Builder client(TokenProvider tokens) {
    return OptixClient.builder()
        .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql"))
        .tokenProvider(tokens)
        .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(10)));
  }

  /** A PostgreSQL on {@code port} (0: any) keeping its data in this test's directory. */
  private EmbeddedPostgres postgres(int port) throws Exception {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(data.resolve("pgdata"))
            .setCleanDataDirectory(false);
    if (port != 0) {
      builder.setPort(port);
    }
    return builder.start();
  }
}
