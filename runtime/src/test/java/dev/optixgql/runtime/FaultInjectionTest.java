package dev.optixgql.runtime;

import static dev.optixgql.runtime.TestClients.PONG;
import static dev.optixgql.runtime.TestClients.PONG_DATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.optixgql.runtime.FaultServer.Fault;
import dev.optixgql.runtime.FaultServer.Reply;
import dev.optixgql.runtime.generated.ClientCalls;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each fault a server or the network can inject ends a query in its documented result. */
@Timeout(60) // a hang guard, not a speed bound: every test here takes a few seconds at most
class FaultInjectionTest {
  /** Overridden by the async variant: every call here goes through it. */
  CallMode mode = CallMode.SYNC;

  private static final Reply TOO_MANY =
      Reply.json(429, "{\"message\":\"Too Many Attempts.\"}")
          .header("X-RateLimit-Limit", "60")
          .header("X-RateLimit-Remaining", "0")
          .header("X-RateLimit-Reset", "1700000060");

  private FaultServer server;

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void retryAfterIsWaitedThenTheQuerySucceeds() {
    server = FaultServer.script(TOO_MANY.header("Retry-After", "1"), Reply.json(200, PONG));

    PingOperation.Data data = mode.execute(TestClients.client(server), new PingOperation(null));

    assertEquals(PONG_DATA, data);
    List<FaultServer.Request> received = server.received();
    assertEquals(2, received.size());
    long waited = received.get(1).arrivalNanos() - received.get(0).arrivalNanos();
    // At least what the server said; that the wait is exactly that long, not the window's reset,
    // CallStateTest shows without a clock (this machine's load may stretch any real-time bound).
    assertTrue(waited >= Duration.ofSeconds(1).toNanos(), () -> "waited " + waited + " ns");
  }

  @Test
  void retryAfterZeroUntilAttemptsRunOutThrowsRateLimitedWithTheCounters() {
    server = FaultServer.start(request -> TOO_MANY.header("Retry-After", "0"));

    RateLimitedException e =
        assertThrows(
            RateLimitedException.class,
            () -> mode.execute(TestClients.client(server), new PingOperation(null)));

    assertEquals(TestClients.FAST.maxAttempts(), server.received().size());
    assertEquals(
        new RateLimitInfo(
            OptionalInt.of(60), OptionalInt.of(0), Duration.ZERO, OptionalLong.of(1700000060)),
        e.rateLimit());
    assertTrue(e.getMessage().contains("HTTP 429, retry after 0 s"), e::getMessage);
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"RESET", "RESET_MID_BODY"})
  void aResetConnectionIsRetriedForAQuery(Fault fault) {
    server = FaultServer.script(Reply.json(200, PONG).with(fault), Reply.json(200, PONG));

    assertEquals(PONG_DATA, mode.execute(TestClients.client(server), new PingOperation(null)));
    assertEquals(2, server.received().size());
  }

  @Test
  void resetsUntilAttemptsRunOutThrowTransportException() {
    server = FaultServer.start(request -> Reply.fault(Fault.RESET));

    TransportException e =
        assertThrows(
            TransportException.class,
            () -> mode.execute(TestClients.client(server), new PingOperation(null)));

    assertEquals(4, server.received().size());
    assertTrue(e.getMessage().contains("after 4 attempts"), e::getMessage);
  }

  @Test
  void aStoppedServerThrowsTransportException() {
    server = FaultServer.script();
    OptixClient client = TestClients.client(server);
    server.close();

    TransportException e =
        assertThrows(TransportException.class, () -> mode.execute(client, new PingOperation(null)));

    assertTrue(e.getMessage().startsWith("Ping to " + server.endpoint()), e::getMessage);
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"HOLD", "STALL_MID_BODY"})
  void aResponseSlowerThanTheTimeoutThrowsTransportExceptionNamingIt(Fault fault)
      throws InterruptedException {
    server = FaultServer.script(Reply.json(200, PONG).with(fault));
    OptixClient client =
        TestClients.builder(server)
            .requestTimeout(Duration.ofMillis(200))
            .retryPolicy(RetryPolicy.NONE)
            .build();

    TransportException e =
        assertThrows(TransportException.class, () -> mode.execute(client, new PingOperation(null)));

    assertTrue(e.getMessage().contains("timed out after 200 ms"), e::getMessage);
    assertInstanceOf(HttpTimeoutException.class, e.getCause());
    // The JDK's HttpClient times out on its own timers (no clock to inject): the message names the
    // 200 ms it was given, the class's @Timeout catches a client that would hang instead.
    assertNotNull(server.awaitAbandoned(Duration.ofSeconds(2)), "the exchange was dropped");
  }

  @Test
  void truncatedJsonThrowsResponseDecodingException() {
    server = FaultServer.script(Reply.json(200, "{\"data\":{\"ping\":{\"status\":\"o"));

    ResponseDecodingException e =
        assertThrows(
            ResponseDecodingException.class,
            () -> mode.execute(TestClients.client(server), new PingOperation(null)));

    assertTrue(e.getMessage().contains("malformed JSON"), e::getMessage);
    // Jackson's exception holds the parser and the body it read (an echoed token, perhaps): the
    // cause is a stand-in naming its class, with Jackson's stack trace.
    assertTrue(
        e.getCause().toString().startsWith(JsonProcessingException.class.getPackageName()),
        () -> e.getCause().toString());
    assertFalse(e.getCause() instanceof JsonProcessingException);
  }

  @Test
  void aMissingNonNullFieldThrowsResponseDecodingExceptionWithItsPath() {
    server = FaultServer.script(Reply.json(200, "{\"data\":{\"ping\":{\"status\":\"ok\"}}}"));

    ResponseDecodingException e =
        assertThrows(
            ResponseDecodingException.class,
            () -> mode.execute(TestClients.client(server), new PingOperation(null)));

    assertEquals("/data/ping/time", e.jsonPath());
    assertTrue(e.getMessage().contains("/data/ping/time"), e::getMessage);
  }

  @Test
  void errorsBesidePartialDataAreThrownWithTheDataOrReturnedByCall() {
    String partial =
        "{\"data\":{\"ping\":{\"status\":\"degraded\",\"time\":9}},"
            + "\"errors\":[{\"message\":\"Clock skew\",\"path\":[\"ping\",\"time\"]}]}";
    server = FaultServer.script(Reply.json(200, partial), Reply.json(200, partial));
    OptixClient client = TestClients.client(server);
    PingOperation operation = new PingOperation(null);
    PingOperation.Data data = new PingOperation.Data(new PingOperation.Ping("degraded", 9));

    GraphQLErrorsException e =
        assertThrows(GraphQLErrorsException.class, () -> mode.execute(client, operation));
    Response<PingOperation.Data> response =
        ClientCalls.call(client, TokenKind.ANY, "Api", operation, false);

    assertEquals(data, e.partialData(operation));
    assertEquals("Clock skew", e.errors().get(0).message());
    assertEquals(data, response.data());
    assertEquals(List.of("ping", "time"), response.errors().get(0).path());
    assertTrue(response.hasErrors());
  }

  @ParameterizedTest
  @ValueSource(ints = {502, 503, 504})
  void aGatewayErrorThenSuccessIsASuccessForAQuery(int status) {
    server =
        FaultServer.script(Reply.json(status, "{\"message\":\"upstream\"}"), Reply.json(200, PONG));

    assertEquals(PONG_DATA, mode.execute(TestClients.client(server), new PingOperation(null)));
    assertEquals(2, server.received().size());
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"NONE", "UNSIZED"})
  void aResponseOverTheLimitThrowsResponseTooLargeException(Fault fault) {
    String big = "{\"data\":{\"ping\":{\"status\":\"" + "x".repeat(100_000) + "\",\"time\":1}}}";
    server = FaultServer.script(Reply.json(200, big).with(fault));
    OptixClient client = TestClients.builder(server).maxResponseBytes(50_000).build();

    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class, () -> mode.execute(client, new PingOperation(null)));

    assertTrue(e.getMessage().contains("limit of 50000 bytes"), e::getMessage);
    assertEquals(1, server.received().size());
  }
}
