package dev.optixgql.maven.schema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Asks an endpoint for its schema with the standard introspection query, the token in the {@code
 * Authorization} header. Nothing it throws or returns contains the token: every text from the
 * server passes {@link #redacted}.
 */
public final class IntrospectionClient {
  /**
   * The introspection query: every type, field, argument, default, description and deprecation.
   * Written out rather than taken from graphql-java, whose newer query asks for fields (such as
   * {@code isRepeatable}) that older servers refuse.
   */
  static final String INTROSPECTION =
      "query IntrospectionQuery { __schema { queryType { name } mutationType { name }"
          + " subscriptionType { name } types { ...FullType } directives { name description"
          + " locations args { ...InputValue } } } }"
          + " fragment FullType on __Type { kind name description"
          + " fields(includeDeprecated: true) { name description args { ...InputValue }"
          + " type { ...TypeRef } isDeprecated deprecationReason }"
          + " inputFields { ...InputValue } interfaces { ...TypeRef }"
          + " enumValues(includeDeprecated: true) { name description isDeprecated"
          + " deprecationReason } possibleTypes { ...TypeRef } }"
          + " fragment InputValue on __InputValue { name description type { ...TypeRef }"
          + " defaultValue }"
          + " fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name"
          + " ofType { kind name ofType { kind name ofType { kind name ofType { kind name"
          + " ofType { kind name } } } } } } } }";

  /** The largest answer read unless told otherwise: 64 MiB (Optix's whole schema is ~2 MiB). */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private final HttpClient http;
  private final Duration timeout;
  private final long maxBytes;

  public IntrospectionClient(Duration timeout) {
    this(timeout, DEFAULT_MAX_BYTES);
  }

  /** A client reading at most {@code maxBytes} of an answer: past that it fails. */
  public IntrospectionClient(Duration timeout, long maxBytes) {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be 1 to 2 GiB, not " + maxBytes);
    }
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /**
   * The index of the first character of {@code token} that cannot be sent, or -1. Tokens are
   * visible ASCII; a line break or control character would break the {@code Authorization} header
   * (the JDK refuses it with a message quoting the whole header, token included).
   */
  public static int firstUnsendable(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return i;
      }
    }
    return -1;
  }

  /** A character named for a message that must not quote the token around it. */
  public static String describe(char c) {
    return switch (c) {
      case '\n' -> "a line break (\\n)";
      case '\r' -> "a carriage return (\\r)";
      case '\t' -> "a tab";
      case ' ' -> "a space";
      default ->
          String.format(
              java.util.Locale.ROOT,
              c < 0x80 ? "the control character U+%04X" : "the non-ASCII character U+%04X",
              (int) c);
    };
  }

  /** The introspection result of {@code endpoint}, as the server sent it. */
  public Map<String, Object> introspect(URI endpoint, String token)
      throws IOException, InterruptedException {
    int bad = firstUnsendable(token);
    if (bad >= 0) {
      throw new SnapshotException(
          "The token cannot be sent: character "
              + (bad + 1)
              + " is "
              + describe(token.charAt(bad)));
    }
    String body =
        JsonText.write(Map.of("query", INTROSPECTION, "operationName", "IntrospectionQuery"));
    HttpResponse<InputStream> response =
        http.send(
            HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    String text = capped(response);
    if (response.statusCode() != 200) {
      throw new SnapshotException(
          "The endpoint answered HTTP "
              + response.statusCode()
              + (response.statusCode() == 401 ? " (the token was refused)" : "")
              + ": "
              + excerpt(redacted(text, token)));
    }
    Map<String, Object> result;
    try {
      result = JsonText.readObject(text);
    } catch (SnapshotException e) {
      throw new SnapshotException(
          "The endpoint's answer is not JSON: " + excerpt(redacted(text, token)), e);
    }
    if (result.get("errors") != null) {
      throw new SnapshotException(
          "The endpoint refused the introspection query: "
              + excerpt(redacted(String.valueOf(result.get("errors")), token)));
    }
    return result;
  }

  /**
   * The body as text, read up to {@code maxBytes}: a longer one (by its {@code Content-Length} or
   * as it arrives) is refused and the exchange cut, so no more than the cap is ever buffered.
   */
  private String capped(HttpResponse<InputStream> response) throws IOException {
    try (InputStream in = response.body()) {
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) {
        throw tooLarge(declared + " bytes declared");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge("more than that arrived");
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private SnapshotException tooLarge(String what) {
    return new SnapshotException(
        "The endpoint's answer is larger than the "
            + maxBytes
            + "-byte cap ("
            + what
            + "); reading stopped. Raise optixgql.maxSchemaBytes if the schema is really that"
            + " large.");
  }

  /** {@code text} with every occurrence of {@code token} replaced. */
  public static String redacted(String text, String token) {
    return token == null || token.isEmpty() || text == null ? text : text.replace(token, "[token]");
  }

  private static String excerpt(String text) {
    String stripped = text == null ? "" : text.strip();
    return stripped.length() <= 300 ? stripped : stripped.substring(0, 300) + "…";
  }
}
