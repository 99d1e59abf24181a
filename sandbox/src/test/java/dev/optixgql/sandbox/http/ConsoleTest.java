package dev.optixgql.sandbox.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.sandbox.OptixSandbox;
import dev.optixgql.sandbox.SandboxClient;
import dev.optixgql.sandbox.engine.GraphQlRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The console over plain HTTP, as {@code curl} sees it: pages, their files, the read-only rule. */
class ConsoleTest {
  private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]*)\"");
  private static final String MUTATION =
      "mutation { bookingSetInviteeStatus(booking_id: \"503\", user_id: \"201\","
          + " status: ATTENDING) { booking_id } }";

  private static OptixSandbox sandbox;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    sandbox = OptixSandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/playground", "/voyager", "/playground?kind=personal"})
  void pagesLoadEveryScriptAndStyleFromTheSandboxItself(String page) throws Exception {
    HttpResponse<String> response = get(page);
    assertEquals(200, response.statusCode());
    assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
    assertTrue(header(response, "Content-Security-Policy").startsWith("default-src 'self';"));

    List<String> references = references(response.body());
    assertFalse(references.isEmpty());
    for (String reference : references) {
      if (reference.startsWith("data:")) {
        continue;
      }
      assertTrue(reference.startsWith("/"), page + " refers elsewhere: " + reference);
      assertFalse(reference.startsWith("//"), page + " refers elsewhere: " + reference);
      HttpResponse<String> file = get(reference);
      assertEquals(200, file.statusCode(), reference);
    }
  }

  @Test
  void playgroundLoadsGraphiqlAndReactFromWebjarsWithTheirVersions() throws Exception {
    List<String> scripts = references(get("/playground").body());
    assertTrue(scripts.contains("/console/lib/graphiql/2.4.7/graphiql.min.js"), scripts::toString);
    assertTrue(
        scripts.contains("/console/lib/react/18.3.1/umd/react.production.min.js"),
        scripts::toString);
    HttpResponse<String> graphiql = get("/console/lib/graphiql/2.4.7/graphiql.min.js");
    assertEquals("text/javascript; charset=utf-8", header(graphiql, "Content-Type"));
    assertEquals("public, max-age=31536000, immutable", header(graphiql, "Cache-Control"));
    assertTrue(graphiql.body().length() > 500_000);
  }

  @Test
  void pagesCarryTheTokenOfTheChosenKind() throws Exception {
    assertTrue(get("/playground").body().contains(sandbox.organizationToken()));
    assertTrue(get("/playground?kind=personal").body().contains(sandbox.personalToken()));
    assertTrue(get("/voyager?kind=personal").body().contains(sandbox.personalToken()));
    assertFalse(get("/voyager?kind=personal").body().contains(sandbox.organizationToken()));
  }

  @Test
  void anUnknownKindIsABadRequestNamingTheChoices() throws Exception {
    HttpResponse<String> response = get("/playground?kind=root");
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("?kind=personal"), response.body());
    assertTrue(response.body().contains("&quot;root&quot;"), response.body());
  }

  @Test
  void onlyListedFilesAreServedAndOtherPathsAnswerAsBefore() throws Exception {
    assertEquals(404, get("/console/../pom.xml").statusCode());
    assertEquals(404, get("/console/lib/graphiql/2.4.7/package.json").statusCode());
    assertEquals(404, get("/console/dev/optixgql/sandbox/organization.graphqls").statusCode());
    HttpResponse<String> elsewhere = get("/elsewhere");
    assertEquals(404, elsewhere.statusCode());
    assertTrue(elsewhere.body().contains("POST /graphql"), elsewhere.body());
  }

  @Test
  void pagesAnswerGetAndHeadOnly() throws Exception {
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(uri("/playground"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", header(post, "Allow"));
    HttpResponse<String> head =
        http.send(
            HttpRequest.newBuilder(uri("/voyager"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
  }

  @Test
  void consoleMutationsAreRefusedWithTheMessageAndNothingChanges() {
    String invitees = "{ booking(booking_id: \"503\") { invitees { user { user_id } status } } }";
    SandboxClient client = new SandboxClient(sandbox);
    Map<String, Object> before = client.graphql(sandbox.organizationToken(), invitees);

    Map<String, Object> refused =
        SandboxClient.map(
            SandboxClient.parse(
                fromConsole(sandbox, sandbox.organizationToken(), Map.of("query", MUTATION))));
    assertNull(refused.get("data"));
    assertEquals(ReadOnlyConsole.refusal().get("errors"), refused.get("errors"));
    assertTrue(ReadOnlyConsole.MESSAGE.contains("--console-mutations"));
    assertEquals(before, client.graphql(sandbox.organizationToken(), invitees));
  }

  @Test
  void inABatchFromTheConsoleOnlyTheMutationIsRefused() {
    List<Object> answers =
        SandboxClient.list(
            SandboxClient.parse(
                fromConsole(
                    sandbox,
                    sandbox.organizationToken(),
                    List.of(Map.of("query", "{ ping { status } }"), Map.of("query", MUTATION)))));
    assertTrue(SandboxClient.map(answers.get(0)).containsKey("data"), answers::toString);
    assertEquals(ReadOnlyConsole.refusal(), answers.get(1));
  }

  @Test
  void consoleQueriesRunAndMutationsFromClientsAreNeverRefused() {
    String answer =
        fromConsole(sandbox, sandbox.personalToken(), Map.of("query", "{ me { user { name } } }"));
    assertTrue(answer.contains("\"name\":\"Alex\""), answer);

    try (OptixSandbox fresh = OptixSandbox.start()) {
      Map<String, Object> ran =
          new SandboxClient(fresh).graphql(fresh.organizationToken(), MUTATION);
      assertEquals(null, ran.get("errors"));
    }
  }

  @Test
  void theFlagLetsTheConsoleRunMutations() {
    try (OptixSandbox open = OptixSandbox.builder().consoleMutations(true).build()) {
      String answer = fromConsole(open, open.organizationToken(), Map.of("query", MUTATION));
      assertTrue(answer.contains("\"booking_id\":\"503\""), answer);
      assertTrue(open.describe().contains("Mutations:        allowed"), open.describe());
    }
  }

  /** Posts a body as the console's pages do: the token, and the console's header. */
  private static String fromConsole(OptixSandbox target, String token, Object body) {
    return new SandboxClient(target)
        .post(
            target.endpoint(),
            SandboxClient.json(body),
            "Authorization",
            "Bearer " + token,
            ReadOnlyConsole.HEADER,
            "playground")
        .body();
  }

  @Test
  void theOperationNameDecidesWhatIsAMutation() {
    String document =
        "query Read { ping { status } } " + MUTATION.replace("mutation", "mutation W");
    assertFalse(ReadOnlyConsole.isMutation(new GraphQlRequest(document, "Read", Map.of())));
    assertTrue(ReadOnlyConsole.isMutation(new GraphQlRequest(document, "W", Map.of())));
    assertFalse(ReadOnlyConsole.isMutation(new GraphQlRequest(document, null, Map.of())));
    assertTrue(ReadOnlyConsole.isMutation(new GraphQlRequest(MUTATION, null, Map.of())));
    assertFalse(ReadOnlyConsole.isMutation(new GraphQlRequest("mutation {", null, Map.of())));
    assertFalse(ReadOnlyConsole.isMutation(new GraphQlRequest(null, null, Map.of())));
  }

  private static List<String> references(String html) {
    List<String> found = new ArrayList<>();
    Matcher matcher = REFERENCE.matcher(html);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create(sandbox.consoleUri().toString().replaceAll("/$", "") + path);
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }
}
