package dev.optixgql.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.optixgql.sandbox.json.JsonReader;
import dev.optixgql.sandbox.json.JsonWriter;
import dev.optixgql.sandbox.json.MalformedRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A test client for a started sandbox: raw HTTP posts and GraphQL calls read back as maps. */
public final class SandboxClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final OptixSandbox sandbox;

  public SandboxClient(OptixSandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** Posts a body to a URI with alternating header names and values. */
  public HttpResponse<String> post(URI uri, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
    boolean typed = false;
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
      typed |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (!typed) {
      request.header("Content-Type", "application/json");
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Posts a JSON body to the endpoint with the token as a bearer header. */
  public HttpResponse<String> post(String token, String body) {
    return post(sandbox.endpoint(), body, "Authorization", "Bearer " + token);
  }

  /** Runs one operation with the token, expects HTTP 200, and returns the response body. */
  public Map<String, Object> graphql(String token, String query, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("variables", variables);
    HttpResponse<String> response = post(token, json(body));
    assertEquals(200, response.statusCode(), response::body);
    return map(parse(response.body()));
  }

  public Map<String, Object> graphql(String token, String query) {
    return graphql(token, query, Map.of());
  }

  public static String json(Object value) {
    return new String(JsonWriter.write(value), StandardCharsets.UTF_8);
  }

  public static Object parse(String json) {
    try {
      return JsonReader.read(json);
    } catch (MalformedRequestException e) {
      throw new AssertionError("Not JSON: " + json, e);
    }
  }

  /** Follows a path of map keys and list indices (as numbers in text) through parsed JSON. */
  public static Object at(Object json, String... path) {
    Object current = json;
    for (String step : path) {
      if (current instanceof List<?> list) {
        current = list.get(Integer.parseInt(step));
      } else if (current instanceof Map<?, ?> map) {
        if (!map.containsKey(step)) {
          throw new AssertionError("No '" + step + "' in " + json(current));
        }
        current = map.get(step);
      } else {
        throw new AssertionError("Cannot follow '" + step + "' into " + current);
      }
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object json) {
    return (Map<String, Object>) json;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object json) {
    return (List<Object>) json;
  }
}
