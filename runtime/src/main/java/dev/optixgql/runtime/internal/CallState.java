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
import dev.optixgql.runtime.RetryReason;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenKindMismatchException;
import dev.optixgql.runtime.TransportException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One call's attempts and the runtime's retry rules, as decisions: after each answer or failure it
 * says what comes {@link Next}. It never waits and never sends, so the synchronous path (which
 * sleeps) and the asynchronous one (which schedules) follow the same rules. Not thread-safe: one
 * step of a call runs at a time.
 */
final class CallState {
  static final int EXCERPT_CHARS = 300;

  /** The least time worth starting an attempt with (less would only time out). */
  private static final Duration MIN_ATTEMPT = Duration.ofMillis(50);

  /** Reads the errors of a refused response (never data, so no operation is needed). */
  private static final ResponseReader ERRORS =
      new ResponseReader(new com.fasterxml.jackson.core.JsonFactory());

  /** What to do after an attempt. */
  sealed interface Next {}

  /** The call succeeded. */
  record Done(CallExecutor.Success success) implements Next {}

  /** Attempt again after {@code after} (zero: at once). */
  record Retry(Duration after) implements Next {}

  /** Ask the token provider for a newer token, then {@link #refreshedWith}. */
  record Refresh() implements Next {}

  /** The call failed with a typed exception. */
  record Fail(RuntimeException failure) implements Next {}

  private final CallExecutor.Call call;
  private final Exchange exchange;
  private final Throttle throttle;
  private final RetryPolicy retries;
  private final RateLimitHeaders headers;
  private final Consumer<RateLimitInfo> onRateLimit;
  private final long deadline;
  private final List<String> used = new ArrayList<>(2);
  private String token;
  private Redactor redactor;
  private int attempt;
  private boolean refreshed;
  private Duration timeout;
  private Exchange.Raw refused;

  CallState(
      CallExecutor.Call call,
      String token,
      Exchange exchange,
      Throttle throttle,
      RetryPolicy retries,
      RateLimitHeaders headers,
      Consumer<RateLimitInfo> onRateLimit) {
    this.deadline = Deadlines.after(System.nanoTime(), retries.deadline());
    this.call = call;
    this.exchange = exchange;
    this.throttle = throttle;
    this.retries = retries;
    this.headers = headers;
    this.onRateLimit = onRateLimit;
    use(token);
  }

  CallExecutor.Call call() {
    return call;
  }

  String token() {
    return token;
  }

  /** The {@code nanoTime} by which the whole call, waits included, must be over. */
  long deadline() {
    return deadline;
  }

  /**
   * The call is about to wait for its slot (the throttle, the gate, a shared limiter): for a
   * watched call, the wait is measured from here to the attempt's start. Repeated calls before the
   * attempt keep the first time.
   */
  void acquiring() {
    if (acquiringSince < 0 && call.watch() != CallWatch.QUIET) {
      acquiringSince = System.nanoTime();
    }
  }

  /** Starts an attempt: returns its timeout (the request timeout, or what the deadline leaves). */
  Duration startAttempt() {
    attempt++;
    long now = System.nanoTime();
    if (acquiringSince >= 0) {
      long waited = now - acquiringSince;
      acquiringSince = -1;
      if (waited >= THROTTLED) {
        call.watch().throttled(waited);
      }
    }
    call.watch().attemptStarted();
    timeout = Deadlines.atMost(exchange.requestTimeout(), deadline, now);
    return timeout;
  }

  /** A wait for a slot shorter than this is bookkeeping, not throttling. */
  private static final long THROTTLED = 1_000_000L;

  private long acquiringSince = -1;

  private Next retry(RetryReason reason, Duration after) {
    call.watch().retrying(call.name(), reason, after);
    return new Retry(after);
  }

  /** The throttle could not give a slot within the deadline. */
  RuntimeException throttleFailed(Throwable failure) {
    if (failure instanceof DeadlineExceeded e) {
      return new RateLimitedException(
          call.name() + " could not be sent within its deadline: " + e.getMessage(),
          RateLimitInfo.UNKNOWN);
    }
    return typed(failure);
  }

  /** Decides after an answer; releases or gives back the attempt's slot. */
  Next answered(Exchange.Raw raw, Throttle.Permit permit) {
    RateLimitInfo rateLimit = RateLimitInfo.from(raw.headers(), headers);
    onRateLimit.accept(rateLimit);
    int status = raw.status();
    call.watch().attemptEnded(status, null);
    call.watch().rateLimit(rateLimit);
    if (status == 429) {
      // Refused, so not counted by the server: nor by the client's window. Other callers of this
      // token wait as told too.
      permit.uncount();
      return rateLimited(rateLimit);
    }
    permit.release(); // the slot's window starts with the answer (see Throttle)
    if (status == 200 && !unauthenticated(raw.body())) {
      return new Done(new CallExecutor.Success(raw.body(), rateLimit, redactor));
    }
    if ((status == 401 || status == 200) && !refreshed) {
      // Refused before anything ran: safe to retry once, mutations included.
      refreshed = true;
      refused = raw;
      return new Refresh();
    }
    if (status == 502 || status == 503 || status == 504) {
      Duration wait = backoff();
      if (call.repeatable() && canRetry(wait)) {
        return retry(RetryReason.UNAVAILABLE, wait);
      }
    }
    if (status == 401 || status == 200) {
      return new Fail(authentication(raw));
    }
    return new Fail(failure(raw));
  }

  /** Decides after the provider's answer to a {@link Refresh}. */
  Next refreshedWith(String fresh) {
    if (fresh == null || fresh.equals(token)) {
      return new Fail(authentication(refused));
    }
    try {
      use(fresh);
    } catch (RuntimeException e) {
      return new Fail(e);
    }
    attempt--; // a refresh is not a failed attempt
    return retry(RetryReason.TOKEN_REFRESHED, Duration.ZERO);
  }

  /** Decides after the provider's refresh failed: its exception is the call's, as thrown. */
  Next refreshFailed(Throwable failure) {
    return new Fail(failure instanceof RuntimeException r ? r : typed(failure));
  }

  /** Decides after the exchange failed without an answer; the slot counts (it may have arrived). */
  Next failed(Throwable failure, Throttle.Permit permit) {
    permit.release();
    call.watch().attemptEnded(0, failure);
    if (failure instanceof IOException e) {
      Duration wait = backoff();
      if (call.repeatable() && canRetry(wait)) {
        return retry(RetryReason.TRANSPORT, wait);
      }
      return new Fail(
          new TransportException(redactor.text(transportMessage(e)), redactor.sanitized(e)));
    }
    return new Fail(typed(failure));
  }

  /** The call was interrupted or cancelled. */
  TransportException interrupted(Throwable e) {
    return new TransportException(call.name() + " was interrupted (cancelled)", e);
  }

  /**
   * Nothing untyped leaves a call, and nothing the JDK says about the request is trusted not to
   * quote the token.
   */
  RuntimeException typed(Throwable failure) {
    if (failure instanceof OptixGqlException typed) {
      return typed;
    }
    return new TransportException(
        redactor.text(call.name() + " could not be sent: " + failure), redactor.sanitized(failure));
  }

  private Next rateLimited(RateLimitInfo rateLimit) {
    if (rateLimit.retryAfter() != null) {
      throttle.pause(token, rateLimit.retryAfter());
    }
    Duration wait = rateLimit.retryAfter() != null ? rateLimit.retryAfter() : backoff();
    if (call.repeatable() && canRetry(wait)) {
      return retry(RetryReason.RATE_LIMITED, wait);
    }
    return new Fail(
        new RateLimitedException(
            call.name()
                + " was refused by the server's rate limit (HTTP 429"
                + (rateLimit.retryAfter() == null
                    ? ""
                    : ", retry after " + rateLimit.retryAfter().toSeconds() + " s")
                + ")"
                + (call.repeatable() ? " and retrying would pass its deadline." : "."),
            rateLimit));
  }

  /**
   * Refuses, before anything is sent, a token a provider returned that cannot be sent or is of a
   * kind {@code client} does not accept.
   */
  static void checkToken(String candidate, TokenKind required, String client) {
    if (candidate == null || candidate.isBlank()) {
      throw new OptixGqlException("The token provider returned no token; nothing was sent.");
    }
    InvalidTokenException.requireSendable(candidate, "The token provider");
    TokenKind actual = TokenKind.of(candidate);
    if (!required.accepts(actual)) {
      throw new TokenKindMismatchException(client, required, actual);
    }
  }

  private void use(String candidate) {
    checkToken(candidate, call.required(), call.client());
    token = candidate;
    used.add(candidate);
    redactor = Redactor.of(used);
  }

  private static final byte[] UNAUTHENTICATED =
      "\"Unauthenticated.\"".getBytes(StandardCharsets.UTF_8);
  private static final byte[] DATA_OBJECT = "\"data\":{".getBytes(StandardCharsets.UTF_8);

  /**
   * Optix's GraphQL-level equivalent of a 401: a 200 whose only error is "Unauthenticated." (and no
   * data). Searched in the bytes: every successful call passes here.
   */
  private static boolean unauthenticated(byte[] body) {
    return body.length <= 512 && contains(body, UNAUTHENTICATED) && !contains(body, DATA_OBJECT);
  }

  private static boolean contains(byte[] body, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= body.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (body[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Whether another attempt fits: attempts are left, and after {@code wait} there is still time
   * before the deadline for the attempt (whose timeout is then cut to what remains). Durations are
   * compared, never added, so a {@code Retry-After} of years cannot overflow.
   */
  private boolean canRetry(Duration wait) {
    if (attempt >= retries.maxAttempts()) {
      return false;
    }
    long remaining = Deadlines.remaining(deadline, System.nanoTime());
    return remaining > 0 && wait.compareTo(Duration.ofNanos(remaining).minus(MIN_ATTEMPT)) < 0;
  }

  /** Exponential backoff with ±50% jitter, so many clients do not retry in step. */
  private Duration backoff() {
    long initial = Math.min(retries.initialBackoff().toMillis(), 1L << 40);
    long base = initial << Math.min(attempt - 1, 16);
    long capped = Math.min(base, retries.maxBackoff().toMillis());
    long jittered = (long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble()));
    return Duration.ofMillis(Math.max(0, jittered));
  }

  private String transportMessage(IOException e) {
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

  private AuthenticationException authentication(Exchange.Raw raw) {
    // A 200 here is Optix's "Unauthenticated.": refused, and no newer token to retry with.
    return new AuthenticationException(
        call.name(), raw.status(), redactor.errors(ERRORS.readErrorsOnly(raw.body())));
  }

  private OptixGqlException failure(Exchange.Raw raw) {
    // A server that echoes the request must not make us print the token: not in the errors it
    // sends, and not even in part where the excerpt cuts the body.
    List<GraphQLError> errors = redactor.errors(ERRORS.readErrorsOnly(raw.body()));
    if (!errors.isEmpty()) {
      return new GraphQLErrorsException(call.name(), errors, null);
    }
    return new HttpStatusException(call.name(), raw.status(), excerpt(raw.body(), redactor::text));
  }

  /**
   * The bytes of a body's start that an excerpt is cut from: a body of megabytes (up to {@code
   * maxResponseBytes}) is never decoded or redacted whole for {@value #EXCERPT_CHARS} characters.
   */
  static final int EXCERPT_PREFIX_BYTES = 4 * 1024;

  /**
   * At most {@value #EXCERPT_CHARS} characters of the body's start, redacted: a bounded prefix is
   * cut first (less the characters a token could have been cut in, too few for the redactor to
   * recognise as one), then redacted, then shortened.
   */
  static String excerpt(byte[] body, UnaryOperator<String> redact) {
    boolean cut = body.length > EXCERPT_PREFIX_BYTES;
    String prefix =
        new String(body, 0, Math.min(body.length, EXCERPT_PREFIX_BYTES), StandardCharsets.UTF_8);
    if (cut) {
      prefix = prefix.substring(0, Math.max(0, prefix.length() - Redactor.FRAGMENT));
    }
    String text = redact.apply(prefix).strip();
    return text.length() <= EXCERPT_CHARS && !cut
        ? text
        : text.substring(0, Math.min(text.length(), EXCERPT_CHARS)) + "…";
  }
}
