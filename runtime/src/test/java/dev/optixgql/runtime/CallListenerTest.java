package dev.optixgql.runtime;

import static dev.optixgql.runtime.TestClients.PONG;
import static dev.optixgql.runtime.TestClients.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.FaultServer.Fault;
import dev.optixgql.runtime.FaultServer.Reply;
import dev.optixgql.runtime.testing.MapResponseCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@link CallListener} sees every step of a call in order, on both call paths, batches included;
 * the client's log has one line per call at DEBUG and a warning per retry; neither ever holds the
 * token; a listener that throws changes nothing.
 */
@Timeout(60) // a hang guard, not a speed bound
class CallListenerTest {
  private static final Reply TOO_MANY =
      Reply.json(429, "{\"message\":\"Too Many Attempts.\"}")
          .header("X-RateLimit-Limit", "60")
          .header("X-RateLimit-Remaining", "0");
  private static final Reply OK =
      Reply.json(200, PONG).header("X-RateLimit-Limit", "60").header("X-RateLimit-Remaining", "57");

  private final Recorder recorder = new Recorder();
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final Logger julLogger = Logger.getLogger(CallListener.LOGGER);
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          log.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private FaultServer server;

  @BeforeEach
  void captureLog() {
    julLogger.addHandler(handler);
    julLogger.setLevel(Level.FINE); // System.Logger's DEBUG
  }

  @AfterEach
  void stop() {
    julLogger.removeHandler(handler);
    julLogger.setLevel(null);
    if (server != null) {
      server.close();
    }
  }

  private OptixClient client() {
    return TestClients.builder(server).callListener(recorder).build();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aSuccessIsOneAttemptWithItsCounters(CallMode mode) {
    server = FaultServer.script(OK);
    mode.execute(client(), new PingOperation("a"));
    assertEquals(
        List.of(
            "start Ping query OptixClient 1",
            "attempt 1",
            "ended 1: 200",
            "rate limit 57/60",
            "ended SUCCESS"),
        recorder.events());
    assertEquals(1, log.size(), log::toString);
    assertTrue(
        log.get(0)
            .matches(
                "FINE query Ping \\(OptixClient\\): success in \\d+ ms, 1 attempt,"
                    + " HTTP 200, rate limit 57/60 left"),
        log::toString);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void retriesSayWhyAndWarn(CallMode mode) {
    server = FaultServer.script(TOO_MANY, Reply.json(503, "{}"), Reply.fault(Fault.RESET), OK);
    mode.execute(client(), new PingOperation("a"));
    List<String> events = recorder.events();
    assertEquals(
        List.of(
            "start Ping query OptixClient 1",
            "attempt 1",
            "ended 1: 429",
            "rate limit 0/60",
            "retry RATE_LIMITED as 2",
            "attempt 2",
            "ended 2: 503",
            "rate limit -/-",
            "retry UNAVAILABLE as 3",
            "attempt 3",
            "ended 3: 0 TransportFailure",
            "retry TRANSPORT as 4",
            "attempt 4",
            "ended 4: 200",
            "rate limit 57/60",
            "ended SUCCESS"),
        events.stream()
            .map(e -> e.replaceAll("0 [A-Za-z.]*Exception", "0 TransportFailure"))
            .toList());
    List<String> warnings = log.stream().filter(l -> l.startsWith("WARNING")).toList();
    assertEquals(3, warnings.size(), log::toString);
    assertTrue(warnings.get(0).contains("Ping: HTTP 429"), warnings::toString);
    assertTrue(log.stream().anyMatch(l -> l.contains("4 attempts")), log::toString);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void graphQLErrorsAreTheirOwnOutcome(CallMode mode) {
    server =
        FaultServer.script(Reply.json(200, "{\"errors\":[{\"message\":\"nope " + TOKEN + "\"}]}"));
    assertThrows(
        GraphQLErrorsException.class, () -> mode.execute(client(), new PingOperation("a")));
    // Sync: the response holds them (thrown afterwards); async: the future fails with them.
    assertTrue(recorder.last().matches("ended ERRORS( GraphQLErrorsException)?"), recorder::last);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aFailureEndsFailedWithItsException(CallMode mode) {
    server = FaultServer.script(Reply.json(500, "{}"));
    assertThrows(HttpStatusException.class, () -> mode.execute(client(), new PingOperation("a")));
    assertEquals("ended FAILED HttpStatusException", recorder.last());
    assertTrue(log.get(log.size() - 1).contains("failed HttpStatusException"), log::toString);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aCachedQueryIsLookedUpAndAHitIsACallWithoutAttempts(CallMode mode) {
    server = FaultServer.script(OK);
    OptixClient client =
        TestClients.builder(server)
            .callListener(recorder)
            .responseCache(new MapResponseCache())
            .build();
    mode.execute(client, new PingOperation("a"));
    assertEquals(TestClients.PONG_DATA, mode.execute(client, new PingOperation("a")));
    assertEquals(1, server.received().size());
    assertEquals(
        List.of(
            "start Ping query OptixClient 1",
            "cache miss",
            "attempt 1",
            "ended 1: 200",
            "rate limit 57/60",
            "ended SUCCESS",
            "start Ping query OptixClient 1",
            "cache hit",
            "ended SUCCESS"),
        recorder.events());
    assertEquals(2, log.size(), log::toString);
    assertTrue(
        log.get(1)
            .matches(
                "FINE query Ping \\(OptixClient\\): success in \\d+ ms, from the response cache"),
        log::toString);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aTokenRefusedBeforeTheCacheIsACallThatFailed(CallMode mode) {
    server = FaultServer.script(OK);
    MapResponseCache cache = new MapResponseCache();
    OptixClient client =
        TestClients.builder(server).callListener(recorder).responseCache(cache).build();
    mode.execute(client, new PingOperation("a"));
    assertEquals(1, cache.size());
    // The organization token is refused for a personal call, cached answer or not, and the
    // listener sees the call fail as it would without a cache.
    assertThrows(
        TokenKindMismatchException.class,
        () ->
            mode.execute(client, TokenKind.PERSONAL, "PersonalApi", new PingOperation("a"), false));
    assertEquals(
        List.of("start Ping query PersonalApi 1", "ended FAILED TokenKindMismatchException"),
        recorder.events().subList(recorder.events().size() - 2, recorder.events().size()));
    assertEquals(1, server.received().size());
  }

  @Test
  void aMutationIsNeverLookedUp() {
    server = FaultServer.script(Reply.json(200, CommitBookingOperation.answer("b-1")));
    OptixClient client =
        TestClients.builder(server)
            .callListener(recorder)
            .responseCache(new MapResponseCache())
            .build();
    CallMode.SYNC.execute(client, new CommitBookingOperation("r-1"));
    assertFalse(
        recorder.events().stream().anyMatch(e -> e.startsWith("cache")),
        () -> recorder.events().toString());
  }

  @Test
  void aRefusalByTheRateLimitWarns() {
    server = FaultServer.script(TOO_MANY.header("Retry-After", "3600"));
    assertThrows(
        RateLimitedException.class, () -> CallMode.SYNC.execute(client(), new PingOperation("a")));
    assertEquals("ended FAILED RateLimitedException", recorder.last());
    assertTrue(
        log.stream().anyMatch(l -> l.startsWith("WARNING Ping: refused by the rate limit")),
        log::toString);
  }

  @Test
  void aBatchIsOneCallOfItsSize() {
    server =
        FaultServer.script(
            Reply.json(200, "[" + PONG + "," + CommitBookingOperation.answer("b-9") + "]"));
    Batch batch = client().batch();
    batch.add(new PingOperation("a"));
    batch.add(new CommitBookingOperation("r-1"));
    batch.send();
    assertEquals("start batch mutation Batch 2", recorder.events().get(0));
    assertEquals("ended SUCCESS", recorder.last());
    assertTrue(log.get(0).startsWith("FINE mutation batch of 2 (Batch): success"), log::toString);
  }

  @Test
  void aWaitForTheThrottleIsTold() {
    server = FaultServer.script(OK, OK);
    OptixClient client =
        TestClients.builder(server)
            .rateLimit(new RateLimit(1, Duration.ofMillis(300)))
            .callListener(recorder)
            .build();
    CallMode.SYNC.execute(client, new PingOperation("a"));
    CallMode.SYNC.execute(client, new PingOperation("b"));
    assertTrue(
        recorder.throttled.stream().anyMatch(d -> d.toMillis() >= 100),
        () -> recorder.events().toString());
    assertTrue(log.get(1).contains("throttled"), log::toString);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aListenerThatThrowsChangesNothing(CallMode mode) {
    server = FaultServer.script(OK, OK);
    OptixClient throwsAtStart =
        TestClients.builder(server)
            .callListener(
                call -> {
                  throw new IllegalStateException("listener broken");
                })
            .build();
    assertEquals(TestClients.PONG_DATA, mode.execute(throwsAtStart, new PingOperation("a")));
    OptixClient throwsAtEachStep =
        TestClients.builder(server)
            .callListener(
                call ->
                    new CallObservation() {
                      @Override
                      public void attemptStarted(int attempt) {
                        throw new IllegalStateException("observation broken");
                      }

                      @Override
                      public void ended(CallOutcome outcome, Throwable failure, Duration took) {
                        throw new IllegalStateException("observation broken");
                      }
                    })
            .build();
    assertEquals(TestClients.PONG_DATA, mode.execute(throwsAtEachStep, new PingOperation("b")));
  }

  @Test
  void withoutAListenerOrDebugNothingIsObserved() {
    julLogger.setLevel(Level.INFO);
    server = FaultServer.script(OK);
    CallMode.SYNC.execute(TestClients.client(server), new PingOperation("a"));
    assertEquals(List.of(), log);
    assertInstanceOf(
        dev.optixgql.runtime.internal.CallWatch.class,
        dev.optixgql.runtime.internal.CallWatch.start(
            null, new CallStart("Ping", "query", "OptixClient", 1)));
    assertTrue(
        dev.optixgql.runtime.internal.CallWatch.start(
                null, new CallStart("Ping", "query", "OptixClient", 1))
            == dev.optixgql.runtime.internal.CallWatch.QUIET);
  }

  @Test
  void neitherTheLogNorTheListenerEverHoldsTheToken() {
    server =
        FaultServer.script(
            TOO_MANY, Reply.json(200, "{\"errors\":[{\"message\":\"echo " + TOKEN + "\"}]}"));
    assertThrows(
        GraphQLErrorsException.class,
        () -> CallMode.SYNC.execute(client(), new PingOperation("a")));
    assertFalse(String.join("\n", log).contains(TOKEN), log::toString);
    assertFalse(recorder.events().toString().contains(TOKEN), () -> recorder.events().toString());
    assertFalse(recorder.failures.toString().contains(TOKEN), recorder.failures::toString);
  }

  /** Records what a listener is told, one line per step. */
  private static final class Recorder implements CallListener {
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final List<Duration> throttled = Collections.synchronizedList(new ArrayList<>());
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    List<String> events() {
      return List.copyOf(events);
    }

    String last() {
      return events.get(events.size() - 1);
    }

    @Override
    public CallObservation callStarted(CallStart call) {
      events.add(
          "start "
              + call.operationName()
              + " "
              + call.operationType()
              + " "
              + call.client()
              + " "
              + call.operations());
      return new CallObservation() {
        @Override
        public void cacheLookup(boolean hit) {
          events.add(hit ? "cache hit" : "cache miss");
        }

        @Override
        public void throttled(Duration waited) {
          throttled.add(waited);
        }

        @Override
        public void attemptStarted(int attempt) {
          events.add("attempt " + attempt);
        }

        @Override
        public void attemptEnded(int attempt, int status, Duration took, Throwable failure) {
          events.add(
              "ended "
                  + attempt
                  + ": "
                  + status
                  + (failure == null ? "" : " " + failure.getClass().getName()));
        }

        @Override
        public void retrying(RetryReason reason, int nextAttempt, Duration after) {
          events.add("retry " + reason + " as " + nextAttempt);
        }

        @Override
        public void rateLimit(RateLimitInfo info) {
          events.add(
              "rate limit "
                  + (info.remaining().isPresent() ? info.remaining().getAsInt() : "-")
                  + "/"
                  + (info.limit().isPresent() ? info.limit().getAsInt() : "-"));
        }

        @Override
        public void ended(CallOutcome outcome, Throwable failure, Duration took) {
          events.add(
              "ended "
                  + outcome
                  + (failure == null ? "" : " " + failure.getClass().getSimpleName()));
          if (failure != null) {
            failures.add(String.valueOf(failure.getMessage()));
          }
        }
      };
    }
  }
}
