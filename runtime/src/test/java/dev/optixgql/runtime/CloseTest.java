package dev.optixgql.runtime;

import static dev.optixgql.runtime.TestClients.PONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.FaultServer.Reply;
import dev.optixgql.runtime.generated.ClientCalls;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A closed client (and every view of it) holds no call threads and refuses calls, typed. */
class CloseTest {
  @Test
  void aClosedClientEndsItsThreadsAndRefusesCallsBeforeSending() throws Exception {
    // Other tests' clients may still have idle call threads: only this client's count.
    java.util.Set<Thread> before = callThreads();
    try (FaultServer server = FaultServer.start(r -> Reply.json(200, PONG))) {
      OptixClient client = TestClients.client(server);
      OptixClient view = client.withTokens(TokenProvider.fixed("another-t0ken-o"));
      ClientCalls.executeAsync(client, TokenKind.ANY, "Api", new PingOperation(null))
          .get(10, TimeUnit.SECONDS);

      client.close();
      client.close(); // idempotent

      assertEquals(
          "The OptixClient is closed; nothing was sent.",
          assertThrows(OptixGqlException.class, () -> view.execute(new PingOperation(null)))
              .getMessage());
      CompletableFuture<PingOperation.Data> async =
          ClientCalls.executeAsync(client, TokenKind.ANY, "Api", new PingOperation(null));
      ExecutionException e =
          assertThrows(ExecutionException.class, () -> async.get(10, TimeUnit.SECONDS));
      assertInstanceOf(OptixGqlException.class, e.getCause());
      Batch batch = client.batch();
      batch.add(new PingOperation("b"));
      assertThrows(OptixGqlException.class, batch::send);
      assertEquals(1, server.received().size(), "only the call before close was sent");
      assertTrue(waitForNoCallThreadsBut(before), "call threads still alive after close");
    }
  }

  private static boolean waitForNoCallThreadsBut(java.util.Set<Thread> before)
      throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      java.util.Set<Thread> now = callThreads();
      now.removeAll(before);
      if (now.isEmpty()) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  private static java.util.Set<Thread> callThreads() {
    java.util.Set<Thread> out = new java.util.HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("optixgql-") && thread.isAlive()) {
        out.add(thread);
      }
    }
    return out;
  }
}
