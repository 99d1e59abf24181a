package dev.optixgql.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.OptixWebhooks;
import dev.optixgql.runtime.OrganizationTokens;
import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.store.TokenStore.StoredToken;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A token stored by webhook survives the process: the client, the token registry and the store are
 * dropped, new ones are opened on the same file or database, and the organization is served with
 * its token. A store that cannot write makes the webhook answer 503 and changes nothing.
 */
class TokenStoreRestartTest {
  private static final long NOW = 1_800_000_000L;
  private static final String TOKEN = "rest4rt-s4fe-t0ken-o";

  @TempDir Path dir;

  @Test
  void theFileStoreServesTheOrganizationAfterARestart() throws Exception {
    Path file = dir.resolve("state/tokens");
    restart(() -> FileTokenStore.at(file));

    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertTrue(Files.readString(file).contains(TOKEN), "plain store");
  }

  @Test
  void aDamagedTimestampIsATokenStoreExceptionNamingTheLine() throws Exception {
    Path file = dir.resolve("tokens");
    Files.writeString(file, "optixgql-tokens v1\norg-1\tnot-a-time\t" + TOKEN + "\n");

    TokenStoreException e =
        assertThrows(TokenStoreException.class, () -> FileTokenStore.at(file).load("org-1"));

    assertTrue(e.getMessage().contains("damaged at line 2"), e::getMessage);
    assertFalse(e.getMessage().contains(TOKEN), e::getMessage);
  }

  @Test
  void theEncryptedFileStoreHidesTheTokenAndRefusesAnotherKey() throws Exception {
    Path file = dir.resolve("tokens.enc");
    SecretKey key = key();
    restart(() -> FileTokenStore.encrypted(file, key));

    assertFalse(
        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(TOKEN),
        "the token is readable in the file");
    TokenStoreException wrongKey =
        assertThrows(TokenStoreException.class, () -> FileTokenStore.encrypted(file, key()));
    assertFalse(wrongKey.getMessage().contains(TOKEN));
  }

  @Test
  void theJdbcStoreServesTheOrganizationAfterARestartOnARealDatabase() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db/tokens").toAbsolutePath();
    restart(
        () -> {
          // A new data source each time: nothing survives but the database file.
          JdbcDataSource source = new JdbcDataSource();
          source.setURL(url);
          return new JdbcTokenStore(source);
        });
  }

  @Test
  void aStoreThatCannotWriteMakesTheWebhookAnswer503AndChangesNothing() {
    TokenStore failing =
        new TokenStore() {
          @Override
          public Map<String, StoredToken> loadAll() {
            return Map.of();
          }

          @Override
          public void save(String organizationId, StoredToken entry) {
            throw new TokenStoreException("disk full", null);
          }
        };
    OrganizationTokens tokens = new OrganizationTokens(failing);

    OptixWebhooks.Result result = webhooks(tokens).handle(install("42", TOKEN));

    assertEquals(OptixWebhooks.Status.STORE_FAILED, result.status());
    assertEquals(503, result.httpStatus());
    assertTrue(tokens.get("42").isEmpty());
  }

  @Test
  void uninstallsAndTheirTimestampsSurviveToo() {
    Path file = dir.resolve("tokens");
    OrganizationTokens before = new OrganizationTokens(FileTokenStore.at(file));
    webhooks(before).handle(install("7", TOKEN));
    webhooks(before).handle(signed("app_uninstall", "7", NOW + 5, null));

    OrganizationTokens after = new OrganizationTokens(FileTokenStore.at(file));
    // A delayed re-delivery of the install must not bring the organization back after a restart.
    OptixWebhooks.Result late = webhooks(after).handle(install("7", TOKEN));

    assertEquals(OptixWebhooks.Status.IGNORED_OLDER, late.status());
    assertTrue(after.get("7").isEmpty());
    assertEquals(new StoredToken(null, NOW + 5), FileTokenStore.at(file).loadAll().get("7"));
  }

  /** Stores a token by webhook, drops everything, reopens the store and serves the organization. */
  private void restart(Supplier<TokenStore> open) throws Exception {
    OrganizationTokens first = new OrganizationTokens(open.get());
    assertEquals(
        OptixWebhooks.Status.TOKEN_STORED, webhooks(first).handle(install("42", TOKEN)).status());
    first = null; // the process ends: only the store remains

    OrganizationTokens second = new OrganizationTokens(open.get());
    List<String> authorizations = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/graphql",
        exchange -> {
          authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body =
              "{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":1}}}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      OptixClient client =
          OptixClient.builder()
              .endpoint("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql")
              .tokenProvider(second.provider("42"))
              .rateLimit(RateLimit.none())
              .build();
      client.execute(new dev.optixgql.runtime.PingOperation(null));
    } finally {
      server.stop(0);
    }
    assertEquals(List.of("Bearer " + TOKEN), authorizations);
  }

  private static OptixWebhooks webhooks(OrganizationTokens tokens) {
    return OptixWebhooks.builder("secret", tokens)
        .clientId("123")
        .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
        .withoutTokenVerification()
        .build();
  }

  private static String install(String organization, String token) {
    return signed("app_install", organization, NOW, token);
  }

  private static String signed(String event, String organization, long created, String token) {
    return "client_id=123&created_timestamp="
        + created
        + "&organization_id="
        + organization
        + "&event="
        + event
        + (token == null ? "" : "&organization_token=" + token)
        + "&request_signature="
        + OptixWebhooks.sign("123", "secret", String.valueOf(created));
  }

  private static SecretKey key() throws Exception {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    return generator.generateKey();
  }
}
