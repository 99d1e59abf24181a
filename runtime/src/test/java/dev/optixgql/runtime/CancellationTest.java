package dev.optixgql.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.FaultServer.Fault;
import dev.optixgql.runtime.FaultServer.Reply;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling an async call interrupts its worker: the exchange is dropped and nothing is re-sent.
 */
class CancellationTest {
  private final AtomicReference<Thread> worker = new AtomicReference<>();
  private FaultServer server;

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** A client whose token provider notes the worker thread that runs the call. */
  private OptixClient client(RetryPolicy retries) {
    TokenProvider noting =
        () -> {
          worker.set(Thread.currentThread());
          return TestClients.TOKEN;
        };
    return TestClients.builder(server.endpoint(), noting).retryPolicy(retries).build();
  }

  @Test
  void cancellingAWaitingCallAbortsTheExchange() throws Exception {
    server = FaultServer.start(request -> Reply.fault(Fault.HOLD));
    CompletableFuture<PingOperation.Data> future =
        client(TestClients.FAST).executeAsync(TokenKind.ANY, "Api", new PingOperation(null));
    awaitTrue(() -> server.received().size() == 1);

    assertTrue(future.cancel(true));

    assertTrue(future.isCancelled());
    assertThrows(CancellationException.class, future::join);
    assertNotNull(server.awaitAbandoned(Duration.ofSeconds(5)), "the client dropped the request");
    awaitTrue(this::workerIsIdle);
    assertEquals(1, server.received().size(), "a cancelled query is not retried");
  }

  @Test
  void cancellingDuringABackoffStopsTheRetries() throws Exception {
    server = FaultServer.start(request -> Reply.json(503, "{\"message\":\"busy\"}"));
    RetryPolicy slowRetries =
        new RetryPolicy(4, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(30));
    CompletableFuture<PingOperation.Data> future =
        client(slowRetries).executeAsync(TokenKind.ANY, "Api", new PingOperation(null));
    awaitTrue(() -> server.received().size() == 1 && inFrame("sleep"));

    assertTrue(future.cancel(true));

    awaitTrue(this::workerIsIdle);
    assertTrue(future.isCancelled());
    assertEquals(1, server.received().size());
  }

  /** Whether the worker is back in its pool, out of every runtime frame. */
  private boolean workerIsIdle() {
    return Arrays.stream(worker.get().getStackTrace())
        .noneMatch(frame -> frame.getClassName().startsWith("dev.optixgql.runtime"));
  }

  private boolean inFrame(String method) {
    Thread thread = worker.get();
    return thread != null
        && Arrays.stream(thread.getStackTrace())
            .anyMatch(
                frame ->
                    frame.getClassName().endsWith("CallExecutor")
                        && frame.getMethodName().equals(method));
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "condition not met within 5 s");
      Thread.sleep(5);
    }
  }
}
