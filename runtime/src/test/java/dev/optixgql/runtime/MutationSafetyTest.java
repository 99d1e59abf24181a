package dev.optixgql.runtime;

import static dev.optixgql.runtime.TestClients.PONG;
import static dev.optixgql.runtime.TestClients.PONG_DATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.FaultServer.Fault;
import dev.optixgql.runtime.FaultServer.Reply;
import dev.optixgql.runtime.generated.ClientCalls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mutations are delivered at most once through every fault that makes a query retry; only a
 * mutation declared idempotent is re-sent.
 */
class MutationSafetyTest {
  /** Overridden by the async variant: every call here goes through it. */
  CallMode mode = CallMode.SYNC;

  /** A fault the server injects into the first delivery of each request id. */
  enum Injected {
    TIMEOUT(Reply.fault(Fault.HOLD)),
    STALLED_BODY(Reply.fault(Fault.STALL_MID_BODY)),
    RESET(Reply.fault(Fault.RESET)),
    RESET_MID_BODY(Reply.fault(Fault.RESET_MID_BODY)),
    HTTP_502(Reply.json(502, "{\"message\":\"Bad Gateway\"}")),
    HTTP_503(Reply.json(503, "{\"message\":\"Service Unavailable\"}")),
    HTTP_504(Reply.json(504, "{\"message\":\"Gateway Timeout\"}")),
    HTTP_429(Reply.json(429, "{\"message\":\"Too Many Attempts.\"}").header("Retry-After", "0"));

    final Reply reply;

    Injected(Reply reply) {
      this.reply = reply;
    }
  }

  private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
  private final Map<String, Injected> faults = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private FaultServer server;
  private OptixClient client;

  @BeforeEach
  void startServer() {
    server = FaultServer.start(this::answer);
    client = TestClients.builder(server).requestTimeout(Duration.ofMillis(300)).build();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** Counts deliveries by the id in the variables; the first of each id gets its fault. */
  private Reply answer(FaultServer.Request request) {
    Map<?, ?> variables = (Map<?, ?>) ((Map<?, ?>) request.json()).get("variables");
    boolean mutation = variables.containsKey("request_id");
    String id = (String) (mutation ? variables.get("request_id") : variables.get("echo"));
    int delivery = deliveries.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    if (delivery == 1 && faults.containsKey(id)) {
      return faults.get(id).reply;
    }
    return Reply.json(200, mutation ? CommitBookingOperation.answer(id) : PONG);
  }

  private String id(String kind, Injected fault) {
    String id = kind + "-" + fault + "-" + ids.incrementAndGet();
    faults.put(id, fault);
    return id;
  }

  private int deliveriesOf(String id) {
    return deliveries.getOrDefault(id, new AtomicInteger()).get();
  }

  @ParameterizedTest
  @EnumSource(Injected.class)
  void aMutationIsDeliveredAtMostOnce(Injected fault) {
    String id = id("mutation", fault);

    OptixGqlException e =
        assertThrows(
            OptixGqlException.class, () -> mode.execute(client, new CommitBookingOperation(id)));

    assertEquals(1, deliveriesOf(id), e::toString);
  }

  @ParameterizedTest
  @EnumSource(Injected.class)
  void theSameFaultMakesAQueryRetry(Injected fault) {
    String id = id("query", fault);

    assertEquals(PONG_DATA, mode.execute(client, new PingOperation(id)));
    assertEquals(2, deliveriesOf(id));
  }

  @Test
  void aTransportFailureSaysTheMutationWasNotResent() {
    String id = id("mutation", Injected.RESET);

    TransportException e =
        assertThrows(
            TransportException.class, () -> mode.execute(client, new CommitBookingOperation(id)));

    assertTrue(e.getMessage().contains("it is a mutation, so it was not re-sent"), e::getMessage);
  }

  @Test
  void anIdempotentMutationIsRetriedAfter503() {
    String id = id("idempotent", Injected.HTTP_503);

    CommitBookingOperation.Data data =
        mode.execute(client, TokenKind.ANY, "Bookings", new CommitBookingOperation(id), true);

    assertEquals(id, data.bookingsCommit().id());
    assertEquals(2, deliveriesOf(id));
  }

  @Test
  void concurrentMutationsThroughMixedFaultsAreEachDeliveredOnce() {
    List<String> sent = new ArrayList<>();
    List<CompletableFuture<CommitBookingOperation.Data>> calls = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      Injected fault = Injected.values()[i % Injected.values().length];
      String id = id("concurrent", fault);
      sent.add(id);
      calls.add(
          ClientCalls.executeAsync(
              client, TokenKind.ANY, "Bookings", new CommitBookingOperation(id)));
    }

    for (CompletableFuture<CommitBookingOperation.Data> call : calls) {
      assertThrows(CompletionException.class, call::join);
    }
    for (String id : sent) {
      assertEquals(1, deliveriesOf(id), id);
    }
  }
}
