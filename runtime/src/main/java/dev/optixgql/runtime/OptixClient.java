package dev.optixgql.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import dev.optixgql.runtime.internal.RequestWriter;
import dev.optixgql.runtime.internal.ResponseReader;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Executes generated operations over HTTP: one instance is thread-safe and meant to be shared.
 *
 * <pre>{@code
 * OptixClient client = OptixClient.builder()
 *     .tokenProvider(TokenProvider.environment("OPTIX_TOKEN"))
 *     .build();
 * Bookings bookings = client.create(Bookings.class);
 * }</pre>
 */
public final class OptixClient {
  /** The public Optix GraphQL endpoint. */
  public static final URI DEFAULT_ENDPOINT = URI.create("https://api.optixapp.com/graphql");

  private static final JsonFactory JSON = new JsonFactory();
  private static final int EXCERPT_CHARS = 300;

  private final URI endpoint;
  private final TokenProvider tokens;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final RequestWriter requests = new RequestWriter(JSON);
  private final ResponseReader responses = new ResponseReader(JSON);

  private OptixClient(Builder builder) {
    this.endpoint = builder.endpoint;
    this.tokens = Objects.requireNonNull(builder.tokens, "tokenProvider is required");
    this.requestTimeout = builder.requestTimeout;
    this.http =
        builder.http != null
            ? builder.http
            : HttpClient.newBuilder().connectTimeout(builder.connectTimeout).build();
    checkTransportSecurity(endpoint, builder.allowInsecureHttp);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The endpoint requests go to. */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Returns the generated implementation of {@code clientInterface}, an interface annotated with
   * {@link GraphQLClient}. Looked up once here; calls on it use no reflection.
   */
  public <T> T create(Class<T> clientInterface) {
    if (!clientInterface.isInterface()) {
      throw new IllegalArgumentException(clientInterface.getName() + " is not an interface.");
    }
    String implName = clientInterface.getName().replace('$', '_') + "_Impl";
    try {
      Class<?> impl = Class.forName(implName, true, clientInterface.getClassLoader());
      return clientInterface.cast(impl.getConstructor(OptixClient.class).newInstance(this));
    } catch (ClassNotFoundException e) {
      throw new OptixGqlException(
          "No generated implementation "
              + implName
              + " for "
              + clientInterface.getName()
              + ": is it annotated with @GraphQLClient, and is optixgql-processor on the"
              + " annotation processor path?",
          e);
    } catch (InvocationTargetException e) {
      throw new OptixGqlException("Cannot create " + implName + ": " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new OptixGqlException("Cannot create " + implName + ": " + e, e);
    }
  }

  /** Executes {@code operation} with a token of any kind and returns its data. */
  public <D> D execute(Operation<D> operation) {
    return execute(TokenKind.ANY, "OptixClient", operation);
  }

  /**
   * Executes {@code operation} for a client bound to {@code required} tokens (generated code calls
   * this) and returns its data, or throws: {@link TokenKindMismatchException} before sending,
   * {@link GraphQLErrorsException}, {@link HttpStatusException}, {@link ResponseDecodingException}
   * or {@link TransportException}.
   */
  public <D> D execute(TokenKind required, String clientName, Operation<D> operation) {
    HttpRequest request = request(required, clientName, operation);
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("Interrupted while executing " + operation.operationName(), e);
    } catch (IOException e) {
      throw transportFailure(operation, e);
    }
    return decode(operation, response);
  }

  /** Executes asynchronously; the future fails with the exceptions {@link #execute} throws. */
  public <D> CompletableFuture<D> executeAsync(
      TokenKind required, String clientName, Operation<D> operation) {
    HttpRequest request;
    try {
      request = request(required, clientName, operation);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .handle(
            (response, failure) -> {
              if (failure != null) {
                Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                throw cause instanceof IOException io
                    ? transportFailure(operation, io)
                    : new TransportException(
                        "Cannot execute " + operation.operationName() + ": " + cause, cause);
              }
              return decode(operation, response);
            });
  }

  private HttpRequest request(TokenKind required, String clientName, Operation<?> operation) {
    String token = tokens.token();
    if (token == null || token.isBlank()) {
      throw new OptixGqlException("The token provider returned no token; nothing was sent.");
    }
    TokenKind actual = TokenKind.of(token);
    if (!required.accepts(actual)) {
      throw new TokenKindMismatchException(clientName, required, actual);
    }
    return HttpRequest.newBuilder(endpoint)
        .timeout(requestTimeout)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofByteArray(requests.write(operation)))
        .build();
  }

  private <D> D decode(Operation<D> operation, HttpResponse<byte[]> response) {
    byte[] body = response.body();
    if (response.statusCode() != 200) {
      List<GraphQLError> errors = responses.readErrorsOnly(body);
      if (!errors.isEmpty()) {
        throw new GraphQLErrorsException(operation.operationName(), errors, null);
      }
      throw new HttpStatusException(
          operation.operationName(), response.statusCode(), excerpt(body));
    }
    ResponseReader.Envelope<D> envelope = responses.read(operation, body);
    if (!envelope.errors().isEmpty()) {
      throw new GraphQLErrorsException(
          operation.operationName(), envelope.errors(), envelope.data());
    }
    if (!envelope.hadData()) {
      throw new ResponseDecodingException(
          "/data", "the response has neither data nor errors", null);
    }
    return envelope.data();
  }

  private TransportException transportFailure(Operation<?> operation, IOException e) {
    String what =
        e instanceof HttpTimeoutException
            ? "timed out after " + requestTimeout.toMillis() + " ms"
            : "failed: " + e;
    return new TransportException(
        "Request for " + operation.operationName() + " to " + endpoint + " " + what, e);
  }

  private static String excerpt(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
  }

  private static void checkTransportSecurity(URI endpoint, boolean allowInsecureHttp) {
    String scheme = endpoint.getScheme();
    if ("https".equalsIgnoreCase(scheme)) {
      return;
    }
    if (!"http".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("The endpoint must be http(s): " + endpoint);
    }
    if (!allowInsecureHttp && !isLoopback(endpoint.getHost())) {
      throw new IllegalArgumentException(
          "Refusing plain http to "
              + endpoint.getHost()
              + ": the token would travel unencrypted. Use https, or call"
              + " allowInsecureHttp() if you really mean it.");
    }
  }

  private static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      // Only literal addresses are checked, so this never does a DNS lookup.
      return host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")
          && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "OptixClient{endpoint=" + endpoint + ", tokens=" + tokens + "}";
  }

  /** Configures an {@link OptixClient}. */
  public static final class Builder {
    private URI endpoint = DEFAULT_ENDPOINT;
    private TokenProvider tokens;
    private HttpClient http;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private boolean allowInsecureHttp;

    private Builder() {}

    /** The GraphQL endpoint; defaults to {@link #DEFAULT_ENDPOINT}. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /** The GraphQL endpoint; defaults to {@link #DEFAULT_ENDPOINT}. */
    public Builder endpoint(String endpoint) {
      return endpoint(URI.create(endpoint));
    }

    /** Where tokens come from (required). */
    public Builder tokenProvider(TokenProvider tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      return this;
    }

    /** A shared {@link HttpClient}; by default one is created with the connect timeout. */
    public Builder httpClient(HttpClient http) {
      this.http = Objects.requireNonNull(http, "http");
      return this;
    }

    /** How long to wait for a connection (default 10 s); ignored with {@link #httpClient}. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** How long one request may take, from sending to the whole response (default 30 s). */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Permits a plain {@code http://} endpoint that is not on loopback. */
    public Builder allowInsecureHttp() {
      this.allowInsecureHttp = true;
      return this;
    }

    public OptixClient build() {
      return new OptixClient(this);
    }
  }
}
