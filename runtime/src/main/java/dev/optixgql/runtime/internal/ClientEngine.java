package dev.optixgql.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import dev.optixgql.runtime.CallListener;
import dev.optixgql.runtime.CallStart;
import dev.optixgql.runtime.GraphQLError;
import dev.optixgql.runtime.GraphQLErrorsException;
import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.OptixGqlException;
import dev.optixgql.runtime.RateLimitInfo;
import dev.optixgql.runtime.Response;
import dev.optixgql.runtime.ResponseCache;
import dev.optixgql.runtime.ResponseDecodingException;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenPlacement;
import dev.optixgql.runtime.TokenProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The machinery behind one {@code OptixClient} view: the configuration every view of a client
 * shares (HTTP client, throttle, gate, refresher, threads, request writer and response reader) and
 * the view's token provider. It turns an operation into a {@link CallExecutor.Call}, runs it, and
 * decodes the answer through the call's {@link Redactor}. The facade and the generated code's
 * {@code ClientCalls} both call it; it never calls them back.
 */
public final class ClientEngine {
  private static final JsonFactory JSON = new JsonFactory();
  private static final String CLOSED = "The OptixClient is closed; nothing was sent.";

  private final Shared shared;
  private final TokenProvider tokens;

  /** What every view of one client shares. */
  private record Shared(
      URI endpoint,
      CallExecutor executor,
      Executor async,
      Threads threads,
      RequestWriter requests,
      ResponseReader responses,
      AtomicReference<RateLimitInfo> lastRateLimit,
      TokenPlacement placement,
      TokenRefresher refresher,
      Set<CallExecutor.AsyncCall<?>> live,
      AtomicBoolean closed,
      @Nullable CallListener listener,
      @Nullable ResponseCache cache) {}

  private ClientEngine(Shared shared, TokenProvider tokens) {
    this.shared = shared;
    this.tokens = Objects.requireNonNull(tokens, "tokenProvider is required");
  }

  /**
   * Starts the threads, HTTP client and throttle {@code settings} ask for.
   *
   * @param settings the builder's settings, already checked
   * @param tokens the first view's token provider
   * @return the first view
   */
  public static ClientEngine start(EngineSettings settings, TokenProvider tokens) {
    Objects.requireNonNull(tokens, "tokenProvider is required");
    HttpClient supplied = settings.http();
    Threads threads = new Threads(supplied == null, settings.executor() == null);
    HttpClient http =
        supplied != null
            ? supplied
            : HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .executor(threads.http())
                .build();
    threads.owns(supplied == null ? http : null);
    AtomicReference<RateLimitInfo> last = new AtomicReference<>(RateLimitInfo.UNKNOWN);
    Exchange exchange =
        new Exchange(
            http,
            settings.endpoint(),
            settings.placement(),
            settings.requestTimeout(),
            settings.maxResponseBytes(),
            threads.timer());
    Throttle throttle =
        new Throttle(
            settings.rateLimit(), settings.rateLimiter(), System::nanoTime, threads.timer());
    CallExecutor calls =
        new CallExecutor(
            exchange,
            throttle,
            settings.retryPolicy(),
            settings.rateLimitHeaders(),
            last::set,
            threads.timer(),
            new RequestGate(settings.maxConcurrentRequests()));
    Shared shared =
        new Shared(
            settings.endpoint(),
            calls,
            settings.executor() != null ? settings.executor() : threads.async(),
            threads,
            new RequestWriter(JSON),
            new ResponseReader(JSON),
            last,
            settings.placement(),
            new TokenRefresher(),
            ConcurrentHashMap.newKeySet(),
            new AtomicBoolean(),
            settings.callListener(),
            settings.responseCache());
    return new ClientEngine(shared, tokens);
  }

  /** A view sharing everything but the token provider. */
  public ClientEngine withTokens(TokenProvider tokens) {
    return new ClientEngine(shared, tokens);
  }

  /** The endpoint, without any token. */
  public URI endpoint() {
    return shared.endpoint();
  }

  /** This view's token provider (its {@code toString} is safe to print). */
  public TokenProvider tokens() {
    return tokens;
  }

  /** The counters of the latest response any view received. */
  public RateLimitInfo lastRateLimit() {
    return shared.lastRateLimit().get();
  }

  /** Runs {@code operation} on this thread and returns the whole response. */
  public <D> Response<D> call(
      TokenKind required, String clientName, Operation<D> operation, boolean idempotent) {
    checkOpen();
    CallWatch watch = watch(operation, clientName);
    try {
      CachedCall<D> cached = lookUp(operation, required, clientName, watch);
      D hit = cached == null ? null : cached.hit();
      if (hit != null) {
        watch.ended(operation.operationName(), null, false);
        return new Response<>(operation.operationName(), hit, List.of(), RateLimitInfo.UNKNOWN);
      }
      CallExecutor.Call call = callOf(required, clientName, operation, idempotent, watch);
      CallExecutor.Success success = shared.executor().execute(call, tokens, shared.refresher());
      Response<D> response = response(operation, success);
      watch.ended(operation.operationName(), null, !response.errors().isEmpty());
      if (cached != null) {
        cached.keep(response, success.body().length);
      }
      return response;
    } catch (RuntimeException e) {
      watch.ended(operation.operationName(), e, false);
      throw e;
    }
  }

  /**
   * The cached call of {@code operation} (its token checked, refused as a request would be), the
   * lookup told to {@code watch}; {@code null} when the cache keeps nothing for it.
   */
  private <D> @Nullable CachedCall<D> lookUp(
      Operation<D> operation, TokenKind required, String clientName, CallWatch watch) {
    CachedCall<D> cached =
        CachedCall.lookUp(shared.cache(), operation, tokens, required, clientName);
    if (cached != null) {
      watch.cacheLookup(cached.hit() != null);
    }
    return cached;
  }

  /** The watch of a call of {@code operation} starting now. */
  private CallWatch watch(Operation<?> operation, String clientName) {
    return CallWatch.start(
        shared.listener(),
        new CallStart(
            operation.operationName(),
            operation.isMutation() ? "mutation" : "query",
            clientName,
            1));
  }

  /** Runs {@code operation} without a waiting thread; the future has its data or the failure. */
  public <D> CompletableFuture<D> executeAsync(
      TokenKind required, String clientName, Operation<D> operation, boolean idempotent) {
    CallExecutor.Call call;
    CallWatch watch = CallWatch.QUIET;
    CachedCall<D> cached;
    try {
      checkOpen();
      watch = watch(operation, clientName);
      cached = lookUp(operation, required, clientName, watch);
      D hit = cached == null ? null : cached.hit();
      if (hit != null) {
        watch.ended(operation.operationName(), null, false);
        return CompletableFuture.completedFuture(hit);
      }
      call = callOf(required, clientName, operation, idempotent, watch);
    } catch (RuntimeException e) {
      watch.ended(operation.operationName(), e, false);
      if (e instanceof OptixGqlException) {
        return CompletableFuture.failedFuture(e);
      }
      throw e; // a fault of the caller's own code (its operation, its cache): thrown here
    }
    CallExecutor.AsyncCall<D> async =
        shared
            .executor()
            .executeAsync(
                call,
                tokens,
                shared.refresher(),
                shared.async(),
                success -> {
                  Response<D> response = response(operation, success);
                  D data = response.dataOrThrow();
                  if (cached != null) {
                    cached.keep(response, success.body().length);
                  }
                  return data;
                });
    shared.live().add(async);
    async.whenComplete((data, failure) -> shared.live().remove(async)); // the watch: AsyncCall
    if (shared.closed().get()) {
      async.abort(new OptixGqlException(CLOSED)); // closed as it started
    }
    return async;
  }

  /**
   * Sends {@code operations} as one JSON-array request and returns their responses in order, each
   * with the counters of the response that carried them.
   */
  public List<Response<?>> sendBatch(List<? extends Operation<?>> operations, boolean repeatable) {
    checkOpen();
    boolean mutation = operations.stream().anyMatch(Operation::isMutation);
    CallWatch watch =
        CallWatch.start(
            shared.listener(),
            new CallStart("batch", mutation ? "mutation" : "query", "Batch", operations.size()));
    String name = "batch of " + operations.size();
    try {
      List<Response<?>> responses = batch(operations, repeatable, watch);
      watch.ended(name, null, responses.stream().anyMatch(r -> !r.errors().isEmpty()));
      return responses;
    } catch (RuntimeException e) {
      watch.ended(name, e, false);
      throw e;
    }
  }

  private List<Response<?>> batch(
      List<? extends Operation<?>> operations, boolean repeatable, CallWatch watch) {
    Exchange.Body body = batchBody(operations);
    CallExecutor.Call call =
        new CallExecutor.Call(
            "batch of " + operations.size(),
            "Batch",
            batchKind(operations),
            repeatable,
            body,
            watch);
    CallExecutor.Success success = shared.executor().execute(call, tokens, shared.refresher());
    Redactor redactor = success.redactor();
    List<ResponseReader.Envelope<?>> envelopes =
        decoded(redactor, () -> shared.responses().readBatch(operations, success.body()));
    if (envelopes == null) {
      List<GraphQLError> errors =
          redactor.errors(shared.responses().readErrorsOnly(success.body()));
      throw errors.isEmpty()
          ? new ResponseDecodingException("/", "the batch's response is not a JSON array", null)
          : new GraphQLErrorsException("batch of " + operations.size(), errors, null);
    }
    List<Response<?>> responses = new ArrayList<>(envelopes.size());
    for (int i = 0; i < envelopes.size(); i++) {
      ResponseReader.Envelope<?> envelope = envelopes.get(i);
      responses.add(
          new Response<>(
              operations.get(i).operationName(),
              envelope.data(),
              redactor.errors(envelope.errors()),
              success.rateLimit()));
    }
    return responses;
  }

  /**
   * Closes every view: async calls under way fail, the client's own threads end, later calls fail
   * before sending. Idempotent.
   */
  public void close() {
    if (shared.closed().compareAndSet(false, true)) {
      OptixGqlException closing =
          new OptixGqlException("The OptixClient was closed while the call was under way.");
      for (CallExecutor.AsyncCall<?> call : shared.live()) {
        call.abort(closing);
      }
      shared.threads().close();
    }
  }

  private void checkOpen() {
    if (shared.closed().get()) {
      throw new OptixGqlException(CLOSED);
    }
  }

  private CallExecutor.Call callOf(
      TokenKind required,
      String clientName,
      Operation<?> operation,
      boolean idempotent,
      CallWatch watch) {
    if (operation.isSubscription()) {
      throw new OptixGqlException(
          operation.operationName()
              + " is a subscription: OptixClient sends queries and mutations over HTTP only."
              + " Run it with a subscription transport of your own.");
    }
    RequestWriter requests = shared.requests();
    return new CallExecutor.Call(
        operation.operationName(),
        clientName,
        required,
        !operation.isMutation() || idempotent,
        new Exchange.Body() {
          @Override
          public byte[] json(String token) {
            return requests.json(operation, token);
          }

          @Override
          public byte[] form(String token) {
            return requests.form(operation, token);
          }
        },
        watch);
  }

  private <D> Response<D> response(Operation<D> operation, CallExecutor.Success success) {
    Redactor redactor = success.redactor();
    ResponseReader.Envelope<D> envelope =
        decoded(redactor, () -> shared.responses().read(operation, success.body()));
    if (!envelope.hadData() && envelope.errors().isEmpty()) {
      throw new ResponseDecodingException(
          "/data", "the response has neither data nor errors", null);
    }
    return new Response<>(
        operation.operationName(),
        envelope.data(),
        redactor.errors(envelope.errors()),
        success.rateLimit());
  }

  /**
   * Decodes a 200 response. What the parser or a generated reader says about it (Jackson quotes the
   * input it could not read, which may be an echoed token) is redacted, and nothing untyped
   * escapes.
   */
  private static <T> T decoded(Redactor redactor, Supplier<T> decode) {
    try {
      return decode.get();
    } catch (ResponseDecodingException e) {
      throw new ResponseDecodingException(
          redactor.text(e.jsonPath()),
          redactor.text(e.problem()),
          redactor.sanitized(e.getCause()));
    } catch (OptixGqlException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new ResponseDecodingException(
          "/", redactor.text("the response could not be read: " + e), redactor.sanitized(e));
    }
  }

  private Exchange.Body batchBody(List<? extends Operation<?>> operations) {
    TokenPlacement placement = shared.placement();
    if (placement == TokenPlacement.JSON_BODY || placement == TokenPlacement.FORM_BODY) {
      // A batch body is a JSON array: there is no object to put access_token in.
      throw new OptixGqlException(
          "A batch cannot be sent with TokenPlacement."
              + placement
              + ": its body is a JSON array, with no place for the token. Use"
              + " AUTHORIZATION_HEADER (the default) or QUERY_PARAMETER, or send the operations one"
              + " by one; nothing was sent.");
    }
    RequestWriter requests = shared.requests();
    return new Exchange.Body() {
      @Override
      public byte[] json(String token) {
        return requests.batch(operations, token);
      }

      @Override
      public byte[] form(String token) {
        throw new OptixGqlException(
            "A batch cannot be sent with TokenPlacement.FORM_BODY: a form carries one"
                + " operation. Send the operations one by one, or use another placement;"
                + " nothing was sent.");
      }
    };
  }

  /** The kind every operation of a batch accepts, or a typed refusal when they disagree. */
  private static TokenKind batchKind(List<? extends Operation<?>> operations) {
    TokenKind required = TokenKind.ANY;
    for (Operation<?> operation : operations) {
      TokenKind kind = operation.tokenKind();
      if (kind == TokenKind.ANY || kind == required) {
        continue;
      }
      if (required != TokenKind.ANY) {
        throw new OptixGqlException(
            "A batch cannot mix operations bound to the organization schema and to the personal"
                + " schema ("
                + operation.operationName()
                + " is "
                + kind.name().toLowerCase(Locale.ROOT)
                + "): no one token serves both. Send two batches; nothing was sent.");
      }
      required = kind;
    }
    return required;
  }
}
