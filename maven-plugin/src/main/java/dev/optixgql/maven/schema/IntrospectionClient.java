package dev.optixgql.maven.schema;

import java.io.IOException;
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

  private final HttpClient http;
  private final Duration timeout;

  public IntrospectionClient(Duration timeout) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.timeout = timeout;
  }

  /** The introspection result of {@code endpoint}, as the server sent it. */
  public Map<String, Object> introspect(URI endpoint, String token)
      throws IOException, InterruptedException {
    String body =
        JsonText.write(Map.of("query", INTROSPECTION, "operationName", "IntrospectionQuery"));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String text = response.body();
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

  /** {@code text} with every occurrence of {@code token} replaced. */
  public static String redacted(String text, String token) {
    return token == null || token.isEmpty() || text == null ? text : text.replace(token, "[token]");
  }

  private static String excerpt(String text) {
    String stripped = text == null ? "" : text.strip();
    return stripped.length() <= 300 ? stripped : stripped.substring(0, 300) + "…";
  }
}
