package dev.optixgql.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a web page in a real browser can make of a sandbox running on the same machine. Headless
 * Chromium loads a page from a second local origin (another port of 127.0.0.1) that sends a
 * mutation to the sandbox as a simple {@code text/plain} fetch and as a {@code text/plain} form,
 * both with the token in the query string (no preflight), and tries to read an answer; and it loads
 * the sandbox under a name resolved to 127.0.0.1 (DNS rebinding, made with Chromium's host resolver
 * rules). Every such request reaches the sandbox and is refused; the booking the mutation targets
 * is unchanged.
 */
class CrossOriginBrowserTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String REBOUND = "rebound.test";

  /** Marks invitee 201 attending booking 503: an effect a later query can read back. */
  private static final String MUTATION =
      "mutation { bookingSetInviteeStatus(booking_id: \"503\", user_id: \"201\","
          + " status: ATTENDING) { booking_id } }";

  private static final String INVITEES =
      "{ booking(booking_id: \"503\") { invitees { user { user_id } status } } }";

  private static OptixSandbox sandbox;
  private static SandboxClient client;
  private static HttpServer otherSite;
  private static HeadlessChromium chromium;
  private static String missing;
  private HeadlessChromium.Tab tab;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> executable = HeadlessChromium.find();
    if (executable.isEmpty()) {
      missing =
          "CrossOriginBrowserTest skipped: no Chromium found at $OPTIXGQL_CHROMIUM or"
              + " /usr/bin/chromium (install Debian's chromium package, as .ci/run does)";
      System.out.println(missing);
      return;
    }
    sandbox = OptixSandbox.start();
    client = new SandboxClient(sandbox);
    otherSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    otherSite.createContext(
        "/",
        exchange -> {
          byte[] page = otherSitePage().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
          }
        });
    otherSite.start();
    chromium =
        HeadlessChromium.launch(
            executable.get(), "--host-resolver-rules=MAP " + REBOUND + " 127.0.0.1");
  }

  @AfterAll
  static void stop() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    if (otherSite != null) {
      otherSite.stop(0);
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @BeforeEach
  void openTab() throws Exception {
    Assumptions.assumeTrue(missing == null, missing);
    tab = chromium.open();
  }

  @AfterEach
  void closeTab() {
    if (tab != null) {
      tab.close();
    }
  }

  @Test
  void aSimpleFetchFromAnotherOriginReachesTheSandboxAndIsRefused() {
    Map<String, Object> before = client.graphql(sandbox.organizationToken(), INVITEES);
    tab.navigate(otherSiteUri());
    int refused = sandbox.refusedRequestCount();

    Object outcome =
        tab.eval(
            "fetch('"
                + endpointWithToken()
                + "', {method: 'POST', mode: 'no-cors', headers: {'Content-Type': 'text/plain'},"
                + " body: JSON.stringify({query: '"
                + MUTATION
                + "'})}).then(r => r.type, e => 'failed: ' + e)");

    assertEquals("opaque", outcome, "the browser sent it and got an answer it may not read");
    assertEquals(refused + 1, sandbox.refusedRequestCount(), "the sandbox refused it");
    assertEquals(before, client.graphql(sandbox.organizationToken(), INVITEES));
  }

  @Test
  void aFormPostedFromAnotherOriginIsRefusedWithTheReason() {
    Map<String, Object> before = client.graphql(sandbox.organizationToken(), INVITEES);
    tab.navigate(otherSiteUri());
    int refused = sandbox.refusedRequestCount();

    tab.eval("document.getElementById('attack').submit(), true");
    tab.waitFor(
        "document.body && document.body.innerText.includes('another origin')",
        PATIENCE,
        "the sandbox's refusal in the tab",
        "document.body && document.body.innerText");

    assertEquals(refused + 1, sandbox.refusedRequestCount());
    assertEquals(before, client.graphql(sandbox.organizationToken(), INVITEES));
  }

  @Test
  void aPageOfAnotherOriginCannotReadAnAnswer() {
    tab.navigate(otherSiteUri());
    Object outcome =
        tab.eval(
            "fetch('"
                + sandbox.endpoint()
                + "', {method: 'POST', headers: {'Content-Type': 'application/json',"
                + " 'Authorization': 'Bearer "
                + sandbox.organizationToken()
                + "'}, body: '{\"query\":\"{ me { authType } }\"}'})"
                + ".then(r => r.text(), e => 'failed: ' + e.name)");
    assertEquals("failed: TypeError", outcome);
  }

  @Test
  void aNameReboundToLoopbackGetsNothing() {
    int port = sandbox.endpoint().getPort();
    int refused = sandbox.refusedRequestCount();
    tab.navigate(URI.create("http://" + REBOUND + ":" + port + "/playground"));
    assertTrue(
        String.valueOf(tab.eval("document.body.innerText")).contains("loopback address"),
        "the console's page is refused under another name");

    Object answer =
        tab.eval(
            "fetch('/graphql', {method: 'POST', headers: {'Content-Type': 'application/json',"
                + " 'Authorization': 'Bearer "
                + sandbox.organizationToken()
                + "'}, body: '{\"query\":\"{ me { authType } }\"}'})"
                + ".then(async r => r.status + ' ' + await r.text())");
    String text = String.valueOf(answer);
    assertTrue(text.startsWith("403 "), text);
    assertTrue(text.contains("'" + REBOUND + ":" + port + "'"), text);
    // The page and the fetch, and the favicon the browser asks for on its own.
    assertTrue(sandbox.refusedRequestCount() >= refused + 2, "both requests reached the sandbox");
  }

  private static URI otherSiteUri() {
    return URI.create("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/");
  }

  private static String endpointWithToken() {
    return sandbox.endpoint() + "?access_token=" + sandbox.organizationToken();
  }

  /**
   * A page of another site with a form that posts {@code text/plain}: the browser writes the field
   * as {@code name=value}, so the name and value together make the JSON body.
   */
  private static String otherSitePage() {
    return "<!doctype html><html><head><title>Another site</title></head><body>"
        + "<form id=\"attack\" method=\"post\" enctype=\"text/plain\" action=\""
        + endpointWithToken()
        + "\"><input type=\"hidden\" name='{\"query\":\""
        + MUTATION.replace("\"", "\\\"")
        + "\",\"padding\":\"' value='\"}'></form></body></html>";
  }
}
