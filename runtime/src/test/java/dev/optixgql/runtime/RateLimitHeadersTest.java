package dev.optixgql.runtime;

import static dev.optixgql.runtime.TestClients.PONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.optixgql.runtime.FaultServer.Reply;
import dev.optixgql.runtime.generated.ClientCalls;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server's rate-limit counters reach {@link Response#rateLimit()} and the client's latest. */
class RateLimitHeadersTest {
  private static final PingOperation PING = new PingOperation(null);

  private FaultServer server;

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void theDefaultHeaderNamesAreRead() {
    server =
        FaultServer.script(
            Reply.json(200, PONG)
                .header("X-RateLimit-Limit", "60")
                .header("X-RateLimit-Remaining", "42")
                .header("X-RateLimit-Reset", "1700000000"));
    OptixClient client = TestClients.client(server);

    Response<PingOperation.Data> response =
        ClientCalls.call(client, TokenKind.ANY, "Api", PING, false);

    RateLimitInfo expected =
        new RateLimitInfo(
            OptionalInt.of(60), OptionalInt.of(42), null, OptionalLong.of(1700000000));
    assertEquals(expected, response.rateLimit());
    assertEquals(expected, client.lastRateLimit());
  }

  @Test
  void customHeaderNamesAreReadAndTheDefaultsIgnored() {
    server =
        FaultServer.script(
            Reply.json(200, PONG)
                .header("X-RateLimit-Limit", "60")
                .header("X-RateLimit-Remaining", "59")
                .header("Optix-Quota", "100")
                .header("Optix-Quota-Left", "7")
                .header("Optix-Wait", "3"));
    OptixClient client =
        TestClients.builder(server)
            .rateLimitHeaders(
                new RateLimitHeaders("Optix-Quota", "Optix-Quota-Left", "Optix-Wait", "None"))
            .build();

    Response<PingOperation.Data> response =
        ClientCalls.call(client, TokenKind.ANY, "Api", PING, false);

    RateLimitInfo expected =
        new RateLimitInfo(
            OptionalInt.of(100), OptionalInt.of(7), Duration.ofSeconds(3), OptionalLong.empty());
    assertEquals(expected, response.rateLimit());
    assertEquals(expected, client.lastRateLimit());
  }

  @Test
  void absentOrGarbledCountersAreEmpty() {
    server =
        FaultServer.script(
            Reply.json(200, PONG).header("X-RateLimit-Remaining", "lots"), Reply.json(200, PONG));
    OptixClient client = TestClients.client(server);

    assertEquals(
        RateLimitInfo.UNKNOWN,
        ClientCalls.call(client, TokenKind.ANY, "Api", PING, false).rateLimit());
    assertEquals(
        RateLimitInfo.UNKNOWN,
        ClientCalls.call(client, TokenKind.ANY, "Api", PING, false).rateLimit());
  }

  @Test
  void everyViewUpdatesTheClientsLatestCounters() {
    server = FaultServer.script(Reply.json(200, PONG).header("X-RateLimit-Remaining", "5"));
    OptixClient client = TestClients.client(server);
    OptixClient view = client.withTokens(TokenProvider.fixed("an0ther-t0ken-o"));

    Response<PingOperation.Data> response =
        ClientCalls.call(view, TokenKind.ANY, "Api", PING, false);

    assertEquals(OptionalInt.of(5), client.lastRateLimit().remaining());
    assertEquals(response.rateLimit(), view.lastRateLimit());
  }
}
