package dev.optixgql.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.optixgql.runtime.GraphQLError;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenPlacement;
import dev.optixgql.runtime.TokenProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import org.jspecify.annotations.Nullable;

/**
 * Optix in memory, for unit tests: an {@link OptixClient} whose requests never leave the JVM. A
 * call goes through the real client (variables encoded, the token placed and its kind checked,
 * throttle, retries, the generated reader decoding the answer); instead of a socket, this answers
 * each operation by name with the {@code data} you gave (typed: {@code
 * UpcomingBookingsQueryFakes.json(data)} from the generated test builders) or with GraphQL errors,
 * and records what was sent.
 *
 * <pre>{@code
 * InMemoryOptix optix = InMemoryOptix.create()
 *     .answer(UpcomingBookingsQuery.OPERATION_NAME, UpcomingBookingsQueryFakes.json(
 *         UpcomingBookingsQueryFakes.data().bookings(b -> b.total(1)).build()));
 * OrganizationApi api = optix.client("test-token-o").create(OrganizationApi.class);
 * }</pre>
 *
 * <p>An operation with no answer gets a GraphQL error saying so. Thread-safe.
 */
public final class InMemoryOptix {
  private static final JsonFactory JSON = new JsonFactory();
  private static final URI ENDPOINT = URI.create("http://localhost/graphql");

  /**
   * What a client sent for one operation.
   *
   * @param operationName the operation's name
   * @param query the document sent
   * @param variables the {@code variables} object as the server receives it, as JSON text ({@code
   *     {}} when none was sent)
   * @param tokenKind the kind of the token sent
   * @param placement where the token travelled
   */
  public record Request(
      String operationName,
      String query,
      String variables,
      TokenKind tokenKind,
      TokenPlacement placement) {}

  private final Map<String, Function<Request, String>> answers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private InMemoryOptix() {}

  /**
   * An in-memory Optix with no answers yet.
   *
   * @return a new one
   */
  public static InMemoryOptix create() {
    return new InMemoryOptix();
  }

  /**
   * Answers every call of the operation {@code operationName} with {@code data}.
   *
   * @param operationName e.g. {@code UpcomingBookingsQuery.OPERATION_NAME}
   * @param data the {@code data} object as JSON, e.g. {@code UpcomingBookingsQueryFakes.json(...)}
   * @return this
   */
  public InMemoryOptix answer(String operationName, String data) {
    return answer(operationName, request -> data);
  }

  /**
   * Answers each call of {@code operationName} with what {@code data} makes of its request.
   *
   * @param operationName the operation's name
   * @param data the {@code data} JSON for a request (its variables, token kind…)
   * @return this
   */
  public InMemoryOptix answer(String operationName, Function<Request, String> data) {
    answers.put(operationName, request -> "{\"data\":" + data.apply(request) + "}");
    return this;
  }

  /**
   * Answers every call of {@code operationName} with {@code errors} and no data.
   *
   * @param operationName the operation's name
   * @param errors the errors the server reports
   * @return this
   */
  public InMemoryOptix fail(String operationName, GraphQLError... errors) {
    String body = "{\"data\":null,\"errors\":" + errorsJson(List.of(errors)) + "}";
    answers.put(operationName, request -> body);
    return this;
  }

  /**
   * A client sending {@code token} here.
   *
   * @param token the token (its suffix sets its kind: {@code o} organization, {@code p} personal)
   * @return a new client; close it when done
   */
  public OptixClient client(String token) {
    return client(OptixClient.builder().tokenProvider(TokenProvider.fixed(token)));
  }

  /**
   * A client configured by {@code builder} (token provider, placement, listener, cache…) sending
   * here: its endpoint and HTTP client are replaced.
   *
   * @param builder the client's settings
   * @return a new client; close it when done
   */
  public OptixClient client(OptixClient.Builder builder) {
    return builder.endpoint(ENDPOINT).httpClient(new Transport()).build();
  }

  /**
   * Everything sent so far, in order.
   *
   * @return the requests, one per operation (a batch's each)
   */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The body answering {@code body}, a request as a client sends it. */
  private String respond(String body, @Nullable String contentType, URI uri, HttpHeaders headers) {
    boolean form = contentType != null && contentType.startsWith("application/x-www-form");
    Map<String, String> fields = form ? formFields(body) : Map.of();
    String token = null;
    TokenPlacement placement = null;
    Optional<String> authorization = headers.firstValue("Authorization");
    if (authorization.isPresent() && authorization.get().startsWith("Bearer ")) {
      token = authorization.get().substring("Bearer ".length());
      placement = TokenPlacement.AUTHORIZATION_HEADER;
    } else if (uri.getRawQuery() != null && uri.getRawQuery().contains("access_token=")) {
      token = formFields(uri.getRawQuery()).get("access_token");
      placement = TokenPlacement.QUERY_PARAMETER;
    } else if (form) {
      token = fields.get("access_token");
      placement = TokenPlacement.FORM_BODY;
    }
    try (JsonParser in = JSON.createParser(form ? formRequest(fields) : body)) {
      JsonToken first = in.nextToken();
      if (first == JsonToken.START_ARRAY) {
        List<String> parts = new ArrayList<>();
        while (in.nextToken() == JsonToken.START_OBJECT) {
          parts.add(answer(read(in), token, placement));
        }
        return "[" + String.join(",", parts) + "]";
      }
      Parsed parsed = read(in);
      if (placement == null && parsed.token() != null) {
        token = parsed.token();
        placement = TokenPlacement.JSON_BODY;
      }
      return answer(parsed, token, placement);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String answer(Parsed parsed, @Nullable String token, @Nullable TokenPlacement placement) {
    Request request =
        new Request(
            parsed.operationName(),
            parsed.query(),
            parsed.variables(),
            token == null ? TokenKind.ANY : TokenKind.of(token),
            placement == null ? TokenPlacement.AUTHORIZATION_HEADER : placement);
    requests.add(request);
    Function<Request, String> answer = answers.get(parsed.operationName());
    if (answer == null) {
      return "{\"data\":null,\"errors\":"
          + errorsJson(
              List.of(
                  new GraphQLError(
                      "InMemoryOptix has no answer for "
                          + parsed.operationName()
                          + ": give one with answer(\""
                          + parsed.operationName()
                          + "\", ...).",
                      List.of(),
                      List.of(),
                      null)))
          + "}";
    }
    return answer.apply(request);
  }

  private record Parsed(
      String operationName, String query, String variables, @Nullable String token) {}

  /** One request object, the parser on its {@code START_OBJECT}. */
  private static Parsed read(JsonParser in) throws IOException {
    String operationName = "";
    String query = "";
    String variables = "{}";
    String token = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      JsonToken value = in.nextToken();
      switch (name) {
        case "operationName" -> operationName = in.getValueAsString("");
        case "query" -> query = in.getValueAsString("");
        case "access_token" -> token = in.getValueAsString();
        case "variables" -> {
          if (value == JsonToken.START_OBJECT) {
            StringWriter text = new StringWriter();
            try (JsonGenerator out = JSON.createGenerator(text)) {
              out.copyCurrentStructure(in);
            }
            variables = text.toString();
          }
        }
        default -> in.skipChildren();
      }
    }
    return new Parsed(operationName, query, variables, token);
  }

  private static Map<String, String> formFields(String encoded) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (String pair : encoded.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        fields.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  /** A form-encoded request ({@code query}, {@code operationName}, {@code variables}) as JSON. */
  private static String formRequest(Map<String, String> fields) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      out.writeStringField("query", fields.getOrDefault("query", ""));
      out.writeStringField("operationName", fields.getOrDefault("operationName", ""));
      out.writeFieldName("variables");
      out.writeRawValue(fields.getOrDefault("variables", "{}"));
      out.writeEndObject();
    }
    return text.toString();
  }

  private static String errorsJson(List<GraphQLError> errors) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartArray();
      for (GraphQLError error : errors) {
        out.writeStartObject();
        out.writeStringField("message", error.message());
        if (!error.path().isEmpty()) {
          out.writeArrayFieldStart("path");
          for (Object segment : error.path()) {
            if (segment instanceof Number number) {
              out.writeNumber(number.intValue());
            } else {
              out.writeString(String.valueOf(segment));
            }
          }
          out.writeEndArray();
        }
        if (error.extensionsJson() != null) {
          out.writeFieldName("extensions");
          out.writeRawValue(error.extensionsJson());
        }
        out.writeEndObject();
      }
      out.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** The JDK's {@link HttpClient}, answered here: no socket, no thread. */
  private final class Transport extends HttpClient {
    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
        throws IOException {
      byte[] sent = body(request);
      String answer =
          respond(
              new String(sent, StandardCharsets.UTF_8),
              request.headers().firstValue("Content-Type").orElse(null),
              request.uri(),
              request.headers());
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      HttpHeaders headers =
          HttpHeaders.of(
              Map.of("Content-Type", List.of("application/json")), (name, value) -> true);
      HttpResponse.ResponseInfo info =
          new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
              return 200;
            }

            @Override
            public HttpHeaders headers() {
              return headers;
            }

            @Override
            public Version version() {
              return Version.HTTP_1_1;
            }
          };
      HttpResponse.BodySubscriber<T> subscriber = handler.apply(info);
      subscriber.onSubscribe(
          new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
          });
      subscriber.onNext(List.of(ByteBuffer.wrap(bytes)));
      subscriber.onComplete();
      T body;
      try {
        body = subscriber.getBody().toCompletableFuture().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException(e.getCause());
      }
      return new Answer<>(request, headers, body);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest request, HttpResponse.BodyHandler<T> handler) {
      try {
        return CompletableFuture.completedFuture(send(request, handler));
      } catch (IOException | RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest request,
        HttpResponse.BodyHandler<T> handler,
        HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
      return sendAsync(request, handler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
      return Optional.empty();
    }

    @Override
    public Optional<Duration> connectTimeout() {
      return Optional.empty();
    }

    @Override
    public Redirect followRedirects() {
      return Redirect.NEVER;
    }

    @Override
    public Optional<ProxySelector> proxy() {
      return Optional.empty();
    }

    @Override
    public SSLContext sslContext() {
      try {
        return SSLContext.getDefault();
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public SSLParameters sslParameters() {
      return new SSLParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
      return Optional.empty();
    }

    @Override
    public Version version() {
      return Version.HTTP_1_1;
    }

    @Override
    public Optional<Executor> executor() {
      return Optional.empty();
    }
  }

  /** The bytes a request's publisher gives. */
  private static byte[] body(HttpRequest request) {
    HttpRequest.BodyPublisher publisher = request.bodyPublisher().orElse(null);
    if (publisher == null) {
      return new byte[0];
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    CompletableFuture<Void> done = new CompletableFuture<>();
    publisher.subscribe(
        new Flow.Subscriber<>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(ByteBuffer item) {
            byte[] bytes = new byte[item.remaining()];
            item.get(bytes);
            out.writeBytes(bytes);
          }

          @Override
          public void onError(Throwable throwable) {
            done.completeExceptionally(throwable);
          }

          @Override
          public void onComplete() {
            done.complete(null);
          }
        });
    done.join();
    return out.toByteArray();
  }

  private record Answer<T>(HttpRequest request, HttpHeaders headers, T body)
      implements HttpResponse<T> {
    @Override
    public int statusCode() {
      return 200;
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return Optional.empty();
    }

    @Override
    public URI uri() {
      return request.uri();
    }

    @Override
    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }
}
