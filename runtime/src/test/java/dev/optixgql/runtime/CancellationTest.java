package dev.optixgql.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.FaultServer.Fault;
import dev.optixgql.runtime.FaultServer.Reply;
import dev.optixgql.runtime.generated.ClientCalls;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling an async call aborts what it waits for: the exchange is dropped, a pending backoff
 * never fires, and nothing is re-sent.
 */
class CancellationTest {
  private FaultServer server;

  @AfterEach
  void stopServer() {
    server.close();
  }

  private OptixClient client(RetryPolicy retries) {
    return TestClients.builder(server).retryPolicy(retries).build();
  }

  @Test
  void cancellingAWaitingCallAbortsTheExchange() throws Exception {
    server = FaultServer.start(request -> Reply.fault(Fault.HOLD));
    CompletableFuture<PingOperation.Data> future =
        ClientCalls.executeAsync(
            client(TestClients.FAST), TokenKind.ANY, "Api", new PingOperation(null));
    awaitTrue(() -> server.received().size() == 1);

    assertTrue(future.cancel(true));

    assertTrue(future.isCancelled());
    assertThrows(CancellationException.class, future::join);
    assertNotNull(server.awaitAbandoned(Duration.ofSeconds(5)), "the client dropped the request");
    Thread.sleep(200);
    assertEquals(1, server.received().size(), "a cancelled query is not retried");
  }

  @Test
  void cancellingDuringABackoffStopsTheRetries() throws Exception {
    server = FaultServer.start(request -> Reply.json(503, "{\"message\":\"busy\"}"));
    // The first backoff lasts 0.5 to 1.5 s (±50% jitter).
    RetryPolicy slowRetries =
        new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30));
    CompletableFuture<PingOperation.Data> future =
        ClientCalls.executeAsync(
            client(slowRetries), TokenKind.ANY, "Api", new PingOperation(null));
    awaitTrue(() -> server.received().size() == 1);
    Thread.sleep(100); // the 503 is read and the backoff scheduled

    assertTrue(future.cancel(true));

    Thread.sleep(2_000); // past the longest backoff
    assertTrue(future.isCancelled());
    assertEquals(1, server.received().size(), "the backoff's retry never went out");
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "condition not met within 5 s");
      Thread.sleep(5);
    }
  }
}
