package dev.optixgql.sandbox;

import static dev.optixgql.sandbox.SandboxClient.at;
import static dev.optixgql.sandbox.SandboxClient.list;
import static dev.optixgql.sandbox.SandboxClient.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.sandbox.seed.SeedData;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox over HTTP: tokens and schemas, the three ways to send a token, batches, errors. */
class OptixSandboxTest {
  private static final String UNAUTHENTICATED = "{\"errors\":[{\"message\":\"Unauthenticated.\"}]}";

  private static OptixSandbox sandbox;
  private static SandboxClient client;

  @BeforeAll
  static void start() {
    sandbox = OptixSandbox.start();
    client = new SandboxClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void keptAliveConnectionsAreNotHeldBackByNagle() {
    // The JDK's HttpServer reads this once, at its first start; the sandbox sets it unless the
    // application did (without it a kept-alive round trip took about 45 ms more).
    try (OptixSandbox sandbox = OptixSandbox.start()) {
      assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
    }
  }

  @Test
  void endpointIsLoopbackGraphql() {
    URI endpoint = sandbox.endpoint();
    assertEquals("127.0.0.1", endpoint.getHost());
    assertEquals("/graphql", endpoint.getPath());
    assertTrue(endpoint.getPort() > 0);
    assertTrue(sandbox.organizationToken().endsWith("o"));
    assertTrue(sandbox.personalToken().endsWith("p"));
  }

  @Test
  void pingAnswersWithEitherToken() {
    for (String token : new String[] {sandbox.organizationToken(), sandbox.personalToken()}) {
      Map<String, Object> body = client.graphql(token, "{ ping { status time localtime } }");
      assertEquals("ok", at(body, "data", "ping", "status"));
      assertEquals(SeedData.NOW, at(body, "data", "ping", "time"));
      assertFalse(body.containsKey("errors"));
    }
  }

  @Test
  void meWithOrganizationTokenHasNoUser() {
    Map<String, Object> body =
        client.graphql(
            sandbox.organizationToken(),
            "{ me { authType user { user_id } organization { organization_id name } } }");
    assertEquals("ORGANIZATION", at(body, "data", "me", "authType"));
    assertNull(at(body, "data", "me", "user"));
    assertEquals("Sandbox Coworking", at(body, "data", "me", "organization", "name"));
  }

  @Test
  void meWithPersonalTokenIsAlexRivera() {
    Map<String, Object> body =
        client.graphql(
            sandbox.personalToken(),
            "{ me { authType user { user_id name surname fullname email member_id } } }");
    assertEquals("PERSONAL", at(body, "data", "me", "authType"));
    assertEquals("201", at(body, "data", "me", "user", "user_id"));
    assertEquals("Alex Rivera", at(body, "data", "me", "user", "fullname"));
    assertEquals("alex.rivera@example.com", at(body, "data", "me", "user", "email"));
    assertEquals(301, at(body, "data", "me", "user", "member_id"));
  }

  @Test
  void missingTokenIs401() {
    HttpResponse<String> response =
        client.post(sandbox.endpoint(), "{\"query\":\"{ping{status}}\"}");
    assertEquals(401, response.statusCode());
    assertEquals(UNAUTHENTICATED, response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void unknownTokenIs401WithoutEchoingIt() {
    HttpResponse<String> response =
        client.post("not-a-real-tokeno", "{\"query\":\"{ping{status}}\"}");
    assertEquals(401, response.statusCode());
    assertEquals(UNAUTHENTICATED, response.body());
  }

  @Test
  void tokenAsQueryParameter() {
    URI uri = URI.create(sandbox.endpoint() + "?access_token=" + sandbox.personalToken());
    HttpResponse<String> response = client.post(uri, "{\"query\":\"{ me { authType } }\"}");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("PERSONAL", at(parse(response.body()), "data", "me", "authType"));
  }

  @Test
  void tokenAsJsonBodyParameter() {
    String body =
        SandboxClient.json(
            Map.of("query", "{ me { authType } }", "access_token", sandbox.organizationToken()));
    HttpResponse<String> response = client.post(sandbox.endpoint(), body);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("ORGANIZATION", at(parse(response.body()), "data", "me", "authType"));
  }

  @Test
  void tokenAsFormBodyParameterWithVariables() {
    String form =
        "query="
            + encode("query One($id: ID!) { booking(booking_id: $id) { booking_id title } }")
            + "&operationName=One"
            + "&variables="
            + encode("{\"id\":\"501\"}")
            + "&access_token="
            + encode(sandbox.personalToken());
    HttpResponse<String> response =
        client.post(sandbox.endpoint(), form, "Content-Type", "application/x-www-form-urlencoded");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("Desk day", at(parse(response.body()), "data", "booking", "title"));
  }

  @Test
  void batchAnswersAnArrayInOrder() {
    String body =
        "[{\"query\":\"{ me { authType } }\"},"
            + "{\"query\":\"query Q($id: ID!) { booking(booking_id: $id) { booking_id } }\","
            + "\"variables\":{\"id\":\"503\"}},"
            + "{\"query\":\"{ ping { status } }\"}]";
    HttpResponse<String> response = client.post(sandbox.organizationToken(), body);
    assertEquals(200, response.statusCode(), response.body());
    Object results = parse(response.body());
    assertEquals(3, list(results).size());
    assertEquals("ORGANIZATION", at(results, "0", "data", "me", "authType"));
    assertEquals("503", at(results, "1", "data", "booking", "booking_id"));
    assertEquals("ok", at(results, "2", "data", "ping", "status"));
  }

  @Test
  void malformedJsonIs400WithAnErrorsBody() {
    HttpResponse<String> response = client.post(sandbox.organizationToken(), "{\"query\": ");
    assertEquals(400, response.statusCode());
    assertTrue(
        at(parse(response.body()), "errors", "0", "message").toString().contains("not valid JSON"));
  }

  @Test
  void missingQueryIs400() {
    HttpResponse<String> response = client.post(sandbox.organizationToken(), "{\"variables\":{}}");
    assertEquals(400, response.statusCode());
  }

  @Test
  void syntaxAndValidationErrorsAre200WithErrors() {
    Map<String, Object> syntax = client.graphql(sandbox.organizationToken(), "{ ping { ");
    assertFalse(list(syntax.get("errors")).isEmpty());
    Map<String, Object> unknown = client.graphql(sandbox.organizationToken(), "{ ping { nope } }");
    assertTrue(at(unknown, "errors", "0", "message").toString().contains("nope"));
    assertTrue(at(unknown, "errors", "0").toString().contains("locations"));
  }

  @Test
  void personalSchemaHasNoUsersField() {
    Map<String, Object> body = client.graphql(sandbox.personalToken(), "{ users { total } }");
    assertTrue(at(body, "errors", "0", "message").toString().contains("users"));
    Map<String, Object> org = client.graphql(sandbox.organizationToken(), "{ users { total } }");
    assertEquals(4, at(org, "data", "users", "total"));
  }

  @Test
  void everyResponseCarriesRateLimitHeaders() {
    HttpResponse<String> ok =
        client.post(sandbox.personalToken(), "{\"query\":\"{ping{status}}\"}");
    assertEquals("60", ok.headers().firstValue("X-RateLimit-Limit").orElseThrow());
    int remaining =
        Integer.parseInt(ok.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
    assertTrue(remaining >= 0 && remaining < 60);
    HttpResponse<String> refused = client.post(sandbox.endpoint(), "{}");
    assertTrue(refused.headers().firstValue("X-RateLimit-Limit").isPresent());
  }

  @Test
  void otherPathsAndMethodsAreRefused() throws Exception {
    URI elsewhere = sandbox.endpoint().resolve("/other");
    assertEquals(404, client.post(elsewhere, "{}").statusCode());
    HttpResponse<String> get =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(sandbox.endpoint()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(405, get.statusCode());
    assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void requestCountCountsEveryRequest() {
    int before = sandbox.requestCount();
    client.post(sandbox.endpoint(), "{}");
    client.graphql(sandbox.organizationToken(), "{ ping { status } }");
    assertTrue(sandbox.requestCount() >= before + 2);
  }

  @Test
  void builderRejectsBadValues() {
    assertThrows(IllegalArgumentException.class, () -> OptixSandbox.builder().port(-1));
    assertThrows(
        IllegalArgumentException.class, () -> OptixSandbox.builder().rateLimitPerMinute(-1));
  }

  @Test
  void seededDataIsTheSameAtEveryStart() {
    String query =
        "{ bookings(include_canceled: true) { total data { booking_id start_timestamp"
            + " created_timestamp resource { name } user { email } } } }";
    try (OptixSandbox other = OptixSandbox.start()) {
      String first = client.post(sandbox.organizationToken(), json(query)).body();
      String second = new SandboxClient(other).post(other.organizationToken(), json(query)).body();
      assertEquals(first, second);
      assertEquals(7, at(parse(first), "data", "bookings", "total"));
    }
  }

  private static String json(String query) {
    return SandboxClient.json(Map.of("query", query));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
