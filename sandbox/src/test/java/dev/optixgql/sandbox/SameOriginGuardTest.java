package dev.optixgql.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a web page could send, written on a socket so that every header is the test's: a {@code
 * text/plain} POST from another origin with the token in the query string (a request browsers send
 * without a preflight), and requests under a rebound name ({@code Host} not the sandbox's own). The
 * sandbox refuses them with 403 and runs nothing, while clients that are not browsers and the
 * console's own origin keep working.
 */
class SameOriginGuardTest {
  /** Marks invitee 201 attending booking 503: a mutation whose effect can be read back. */
  private static final String ATTEND =
      "{\"query\":\"mutation { bookingSetInviteeStatus(booking_id: \\\"503\\\", user_id: \\\"201\\\","
          + " status: ATTENDING) { booking_id } }\"}";

  private static final String INVITEES =
      "{ booking(booking_id: \"503\") { invitees { user { user_id } status } } }";

  private static OptixSandbox sandbox;
  private static SandboxClient client;
  private static int port;

  @BeforeAll
  static void start() {
    sandbox = OptixSandbox.start();
    client = new SandboxClient(sandbox);
    port = sandbox.endpoint().getPort();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void aSimplePostFromAnotherOriginIsRefusedAndChangesNothing() throws IOException {
    Map<String, Object> before = client.graphql(sandbox.organizationToken(), INVITEES);
    int refused = sandbox.refusedRequestCount();
    Answer answer =
        send(
            "POST",
            "/graphql?access_token=" + sandbox.organizationToken(),
            headers(
                "Host", "127.0.0.1:" + port,
                "Origin", "http://attacker.example",
                "Content-Type", "text/plain;charset=UTF-8"),
            ATTEND);

    assertEquals(403, answer.status(), answer.body());
    assertTrue(answer.body().contains("another origin"), answer.body());
    assertTrue(answer.body().contains("'http://attacker.example'"), answer.body());
    assertFalse(answer.body().contains(sandbox.organizationToken()), answer.body());
    assertEquals(refused + 1, sandbox.refusedRequestCount());
    assertEquals(before, client.graphql(sandbox.organizationToken(), INVITEES));
  }

  @Test
  void anotherLocalOriginIsAnotherOrigin() throws IOException {
    for (String origin :
        new String[] {
          "http://127.0.0.1:" + (port == 1 ? 2 : port - 1), "null", "https://127.0.0.1:" + port
        }) {
      Answer answer =
          send(
              "POST",
              "/graphql",
              headers(
                  "Host",
                  "127.0.0.1:" + port,
                  "Origin",
                  origin,
                  "Authorization",
                  "Bearer " + sandbox.organizationToken(),
                  "Content-Type",
                  "application/json"),
              "{\"query\":\"{ ping { status } }\"}");
      assertEquals(403, answer.status(), origin + ": " + answer.body());
    }
  }

  @Test
  void aForeignHostIsRefusedOnEveryPath() throws IOException {
    Answer graphql =
        send(
            "POST",
            "/graphql",
            headers(
                "Host", "rebound.example:" + port,
                "Authorization", "Bearer " + sandbox.organizationToken(),
                "Content-Type", "application/json"),
            "{\"query\":\"{ me { authType } }\"}");
    assertEquals(403, graphql.status(), graphql.body());
    assertTrue(graphql.body().contains("'rebound.example:" + port + "'"), graphql.body());
    assertFalse(graphql.body().contains("authType\":"), graphql.body());

    Answer console = send("GET", "/playground", headers("Host", "rebound.example:" + port), "");
    assertEquals(403, console.status(), console.body());
    Answer otherPort = send("GET", "/", headers("Host", "127.0.0.1:" + (port + 1)), "");
    assertEquals(403, otherPort.status(), otherPort.body());
    Answer none = send("GET", "/", headers(), "");
    assertEquals(403, none.status(), none.body());
    assertTrue(none.body().contains("Host: none"), none.body());
  }

  @Test
  void clientsThatAreNotBrowsersAndTheConsolesOwnOriginKeepWorking() throws IOException {
    for (String host :
        new String[] {"127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port}) {
      Answer plain =
          send(
              "POST",
              "/graphql",
              headers(
                  "Host",
                  host,
                  "Authorization",
                  "Bearer " + sandbox.organizationToken(),
                  "Content-Type",
                  "application/json"),
              "{\"query\":\"{ me { authType } }\"}");
      assertEquals(200, plain.status(), host + ": " + plain.body());
      assertTrue(plain.body().contains("\"authType\":\"ORGANIZATION\""), plain.body());
    }
    for (String origin : new String[] {"http://127.0.0.1:" + port, "http://localhost:" + port}) {
      Answer console =
          send(
              "POST",
              "/graphql",
              headers(
                  "Host",
                  "127.0.0.1:" + port,
                  "Origin",
                  origin,
                  "Authorization",
                  "Bearer " + sandbox.organizationToken(),
                  "Content-Type",
                  "application/json"),
              "{\"query\":\"{ me { authType } }\"}");
      assertEquals(200, console.status(), origin + ": " + console.body());
    }
    assertEquals(
        200, send("GET", "/playground", headers("Host", "127.0.0.1:" + port), "").status());
  }

  @Test
  void aRefusalShowsOnlyPrintableCharactersOfWhatWasSent() throws IOException {
    String longOrigin = "http://" + "a".repeat(300) + ".example";
    Answer answer =
        send(
            "POST",
            "/graphql",
            headers("Host", "127.0.0.1:" + port, "Origin", longOrigin),
            "{\"query\":\"{ ping { status } }\"}");
    assertEquals(403, answer.status());
    assertFalse(answer.body().contains("a".repeat(120)), answer.body());
  }

  private static Map<String, String> headers(String... namesAndValues) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return headers;
  }

  record Answer(int status, String body) {}

  /** One HTTP/1.1 exchange on a fresh socket, with exactly the headers given (and a length). */
  private static Answer send(String method, String target, Map<String, String> headers, String body)
      throws IOException {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    request.append("Content-Length: ").append(content.length).append("\r\n");
    request.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.substring(9, 12));
      int split = response.indexOf("\r\n\r\n");
      return new Answer(status, split < 0 ? "" : response.substring(split + 4));
    }
  }
}
