package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.AuthenticationException;
import dev.optixgql.runtime.GraphQLError;
import dev.optixgql.runtime.GraphQLErrorsException;
import dev.optixgql.runtime.HttpStatusException;
import dev.optixgql.runtime.InvalidTokenException;
import dev.optixgql.runtime.OptixGqlException;
import dev.optixgql.runtime.RateLimitHeaders;
import dev.optixgql.runtime.RateLimitInfo;
import dev.optixgql.runtime.RateLimitedException;
import dev.optixgql.runtime.RetryPolicy;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenKindMismatchException;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.runtime.TransportException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The request path of one call, single or batched: checks the token's kind, waits for the throttle,
 * sends, and on failure decides what to do (spec of the runtime's retry rules): refresh a refused
 * token once; wait as told on 429; back off on connection failures and on 502/503/504 — the last
 * two only for calls that may run twice (queries, idempotent mutations).
 */
public final class CallExecutor {
  private static final int EXCERPT_CHARS = 300;

  /** The least time worth starting an attempt with (less would only time out). */
  private static final Duration MIN_ATTEMPT = Duration.ofMillis(50);

  /** Reads the errors of a refused response (never data, so no operation is needed). */
  private static final ResponseReader ERRORS =
      new ResponseReader(new com.fasterxml.jackson.core.JsonFactory());

  private final Exchange exchange;
  private final Throttle throttle;
  private final RetryPolicy retries;
  private final RateLimitHeaders headers;
  private final Consumer<RateLimitInfo> onRateLimit;

  public CallExecutor(
      Exchange exchange,
      Throttle throttle,
      RetryPolicy retries,
      RateLimitHeaders headers,
      Consumer<RateLimitInfo> onRateLimit) {
    this.exchange = exchange;
    this.throttle = throttle;
    this.retries = retries;
    this.headers = headers;
    this.onRateLimit = onRateLimit;
  }

  /** What one call sends and whether it may be sent twice. */
  public record Call(
      String name, String client, TokenKind required, boolean repeatable, Exchange.Body body) {}

  /**
   * A 200 response's body and counters, for the caller to decode, and the redactor of the tokens
   * the call used: whatever the caller makes of the body passes through it.
   */
  public record Success(byte[] body, RateLimitInfo rateLimit, Redactor redactor) {}

  public Success execute(Call call, TokenProvider tokens, TokenRefresher refresher) {
    long deadline = Deadlines.after(System.nanoTime(), retries.deadline());
    String token = checkedToken(tokens.token(), call);
    List<String> used = new ArrayList<>(List.of(token));
    Duration timeout = Deadlines.atMost(exchange.requestTimeout(), deadline, System.nanoTime());
    boolean refreshed = false;
    for (int attempt = 1; ; attempt++) {
      Throttle.Permit permit;
      try {
        permit = throttle.acquire(token, deadline);
      } catch (Throttle.DeadlineExceeded e) {
        throw new RateLimitedException(
            call.name() + " could not be sent within its deadline: " + e.getMessage(),
            RateLimitInfo.UNKNOWN);
      } catch (InterruptedException e) {
        throw interrupted(call, e);
      }
      Exchange.Raw raw;
      Redactor redactor = Redactor.of(used);
      try {
        try {
          raw = exchange.send(call.body(), token, call.name(), timeout);
        } finally {
          permit.release(); // the slot's window starts with the answer (see Throttle)
        }
      } catch (IOException e) {
        Duration wait = backoff(attempt);
        if (call.repeatable() && canRetry(attempt, deadline, wait)) {
          sleep(wait, call);
          timeout = nextTimeout(deadline);
          continue;
        }
        throw new TransportException(
            redactor.text(transportMessage(call, e, attempt, timeout)), redactor.sanitized(e));
      } catch (InterruptedException e) {
        throw interrupted(call, e);
      } catch (OptixGqlException e) {
        throw e;
      } catch (RuntimeException e) {
        // Nothing untyped leaves a call, and nothing the JDK says about the request is trusted
        // not to quote the token.
        throw new TransportException(
            redactor.text(call.name() + " could not be sent: " + e), redactor.sanitized(e));
      }
      RateLimitInfo rateLimit = RateLimitInfo.from(raw.headers(), headers);
      onRateLimit.accept(rateLimit);
      int status = raw.status();
      if (status == 200 && !unauthenticated(raw.body())) {
        return new Success(raw.body(), rateLimit, redactor);
      }
      if ((status == 401 || status == 200) && !refreshed) {
        // Refused before anything ran: safe to retry once, mutations included.
        refreshed = true;
        String fresh;
        try {
          fresh = refresher.refreshed(tokens, token);
        } catch (InterruptedException e) {
          throw interrupted(call, e);
        }
        if (fresh != null && !fresh.equals(token)) {
          token = checkedToken(fresh, call);
          used.add(token);
          attempt--; // a refresh is not a failed attempt
          timeout = nextTimeout(deadline);
          continue;
        }
      }
      if (status == 429) {
        // Refused, so not counted by the server: nor by the client's window. Other callers of this
        // token wait as told too.
        permit.uncount();
        if (rateLimit.retryAfter() != null) {
          throttle.pause(token, rateLimit.retryAfter());
        }
        Duration wait = rateLimit.retryAfter() != null ? rateLimit.retryAfter() : backoff(attempt);
        if (call.repeatable() && canRetry(attempt, deadline, wait)) {
          sleep(wait, call);
          timeout = nextTimeout(deadline);
          continue;
        }
        throw new RateLimitedException(
            call.name()
                + " was refused by the server's rate limit (HTTP 429"
                + (rateLimit.retryAfter() == null
                    ? ""
                    : ", retry after " + rateLimit.retryAfter().toSeconds() + " s")
                + ")"
                + (call.repeatable() ? " and retrying would pass its deadline." : "."),
            rateLimit);
      }
      if (status == 502 || status == 503 || status == 504) {
        Duration wait = backoff(attempt);
        if (call.repeatable() && canRetry(attempt, deadline, wait)) {
          sleep(wait, call);
          timeout = nextTimeout(deadline);
          continue;
        }
      }
      if (status == 401 || status == 200) {
        // A 200 here is Optix's "Unauthenticated.": refused, and no newer token to retry with.
        throw new AuthenticationException(
            call.name(), status, redactor.errors(ERRORS.readErrorsOnly(raw.body())));
      }
      throw failure(call, raw, redactor);
    }
  }

  private static String checkedToken(String token, Call call) {
    if (token == null || token.isBlank()) {
      throw new OptixGqlException("The token provider returned no token; nothing was sent.");
    }
    InvalidTokenException.requireSendable(token, "The token provider");
    TokenKind actual = TokenKind.of(token);
    if (!call.required().accepts(actual)) {
      throw new TokenKindMismatchException(call.client(), call.required(), actual);
    }
    return token;
  }

  /** Optix's GraphQL-level equivalent of a 401: a 200 whose only error is "Unauthenticated." */
  private static boolean unauthenticated(byte[] body) {
    if (body.length > 512) {
      return false;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    return text.contains("\"Unauthenticated.\"") && !text.contains("\"data\":{");
  }

  /**
   * Whether another attempt fits: attempts are left, and after {@code wait} there is still time
   * before the deadline for the attempt (whose timeout is then cut to what remains). Durations are
   * compared, never added, so a {@code Retry-After} of years cannot overflow.
   */
  private boolean canRetry(int attempt, long deadline, Duration wait) {
    if (attempt >= retries.maxAttempts()) {
      return false;
    }
    long remaining = Deadlines.remaining(deadline, System.nanoTime());
    return remaining > 0 && wait.compareTo(Duration.ofNanos(remaining).minus(MIN_ATTEMPT)) < 0;
  }

  /** The next attempt's timeout: the request timeout, or what is left before the deadline. */
  private Duration nextTimeout(long deadline) {
    return Deadlines.atMost(exchange.requestTimeout(), deadline, System.nanoTime());
  }

  /** Exponential backoff with ±50% jitter, so many clients do not retry in step. */
  private Duration backoff(int attempt) {
    long initial = Math.min(retries.initialBackoff().toMillis(), 1L << 40);
    long base = initial << Math.min(attempt - 1, 16);
    long capped = Math.min(base, retries.maxBackoff().toMillis());
    long jittered = (long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble()));
    return Duration.ofMillis(Math.max(0, jittered));
  }

  private static void sleep(Duration wait, Call call) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      throw interrupted(call, e);
    }
  }

  private static TransportException interrupted(Call call, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new TransportException(call.name() + " was interrupted (cancelled)", e);
  }

  private String transportMessage(Call call, IOException e, int attempt, Duration timeout) {
    String what =
        e instanceof HttpTimeoutException
            ? "timed out after " + timeout.toMillis() + " ms"
            : "failed: " + e.getClass().getSimpleName();
    String detail =
        e.getMessage() == null || e instanceof HttpTimeoutException
            ? ""
            : " (" + e.getMessage() + ")";
    return call.name()
        + " to "
        + exchange.endpoint()
        + " "
        + what
        + detail
        + " after "
        + attempt
        + (attempt == 1 ? " attempt" : " attempts")
        + (call.repeatable() ? "" : "; it is a mutation, so it was not re-sent");
  }

  private static OptixGqlException failure(Call call, Exchange.Raw raw, Redactor redactor) {
    // A server that echoes the request must not make us print the token: not in the errors it
    // sends, and not even in part where the excerpt cuts the body.
    List<GraphQLError> errors = redactor.errors(ERRORS.readErrorsOnly(raw.body()));
    if (!errors.isEmpty()) {
      return new GraphQLErrorsException(call.name(), errors, null);
    }
    String body = new String(raw.body(), StandardCharsets.UTF_8);
    return new HttpStatusException(call.name(), raw.status(), excerpt(redactor.text(body)));
  }

  private static String excerpt(String body) {
    String text = body.strip();
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
  }
}
