package dev.optixgql.runtime;

import static dev.optixgql.runtime.TestClients.PONG;
import static dev.optixgql.runtime.TestClients.PONG_DATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.optixgql.runtime.FaultServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A refused token (HTTP 401) is refreshed once for all callers and the calls are re-sent. */
class TokenRefreshTest {
  /** Overridden by the async variant: every call here goes through it. */
  CallMode mode = CallMode.SYNC;

  private static final String OLD = "expired-t0ken-0000o";
  private static final String NEW = "fresh-t0ken-1111o";
  private static final String UNAUTHENTICATED = "{\"errors\":[{\"message\":\"Unauthenticated.\"}]}";

  private FaultServer server;

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** Holds {@link #OLD} until {@code refresh} is called, then hands out {@link #NEW}. */
  private static final class CountingProvider implements TokenProvider {
    final AtomicReference<String> current = new AtomicReference<>(OLD);
    final AtomicInteger refreshes = new AtomicInteger();

    @Override
    public String token() {
      return current.get();
    }

    @Override
    public String refresh(String rejected) {
      refreshes.incrementAndGet();
      current.set(NEW);
      return NEW;
    }
  }

  @Test
  void sixteenConcurrentCallersShareOneRefresh() throws Exception {
    int callers = 16;
    CountDownLatch allRefused = new CountDownLatch(callers);
    server =
        FaultServer.start(
            request -> {
              if (request.header("Authorization").equals("Bearer " + NEW)) {
                return Reply.json(200, PONG);
              }
              allRefused.countDown();
              await(allRefused); // every caller holds the old token before any is refused
              return Reply.json(401, UNAUTHENTICATED);
            });
    CountingProvider tokens = new CountingProvider();
    OptixClient client = TestClients.builder(server.endpoint(), tokens).build();
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<PingOperation.Data>> calls = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        calls.add(pool.submit(() -> mode.execute(client, new PingOperation(null))));
      }
      for (Future<PingOperation.Data> call : calls) {
        assertEquals(PONG_DATA, call.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, tokens.refreshes.get());
    List<String> sent =
        server.received().stream().map(request -> request.header("Authorization")).toList();
    assertEquals(callers, sent.stream().filter(("Bearer " + OLD)::equals).count());
    assertEquals(callers, sent.stream().filter(("Bearer " + NEW)::equals).count());
  }

  @Test
  void aMutationRefusedWith401IsResentOnceWithTheNewToken() {
    server =
        FaultServer.script(
            Reply.json(401, UNAUTHENTICATED), Reply.json(200, CommitBookingOperation.answer("b1")));
    CountingProvider tokens = new CountingProvider();

    CommitBookingOperation.Data data =
        mode.execute(
            TestClients.builder(server.endpoint(), tokens).build(),
            new CommitBookingOperation("r-1"));

    assertEquals("b1", data.bookingsCommit().id());
    assertEquals(
        List.of("Bearer " + OLD, "Bearer " + NEW),
        server.received().stream().map(request -> request.header("Authorization")).toList());
  }

  @Test
  void aFailedRefreshIsNotRememberedForTheNextCall() {
    server =
        FaultServer.start(
            request ->
                request.header("Authorization").equals("Bearer " + NEW)
                    ? Reply.json(200, PONG)
                    : Reply.json(401, UNAUTHENTICATED));
    AtomicInteger refreshes = new AtomicInteger();
    TokenProvider flaky =
        new TokenProvider() {
          @Override
          public String token() {
            return OLD;
          }

          @Override
          public String refresh(String rejected) {
            if (refreshes.incrementAndGet() == 1) {
              throw new IllegalStateException("token store unreachable");
            }
            return NEW;
          }
        };
    OptixClient client = TestClients.builder(server.endpoint(), flaky).build();

    assertThrows(IllegalStateException.class, () -> mode.execute(client, new PingOperation(null)));
    assertEquals(PONG_DATA, mode.execute(client, new PingOperation(null)));
    assertEquals(2, refreshes.get());
  }

  @Test
  void noNewerTokenFailsWithoutResendingAndTheNextRefusalAsksAgain() {
    server = FaultServer.start(request -> Reply.json(401, "{\"message\":\"Unauthenticated.\"}"));
    AtomicInteger refreshes = new AtomicInteger();
    TokenProvider stuck =
        new TokenProvider() {
          @Override
          public String token() {
            return OLD;
          }

          @Override
          public String refresh(String rejected) {
            refreshes.incrementAndGet();
            return rejected;
          }
        };
    OptixClient client = TestClients.builder(server.endpoint(), stuck).build();

    AuthenticationException first =
        assertThrows(
            AuthenticationException.class, () -> mode.execute(client, new PingOperation(null)));
    assertThrows(
        AuthenticationException.class, () -> mode.execute(client, new PingOperation(null)));

    assertEquals(401, first.statusCode());
    assertEquals(2, server.received().size());
    assertEquals(2, refreshes.get());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
