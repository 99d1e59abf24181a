package dev.optixgql.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.sandbox.engine.YourSnapshotTest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console in a real browser: headless Chromium (Debian's {@code chromium}; {@code .ci/run}
 * installs it) loads the playground and the voyager from a running sandbox, runs {@code me}, meets
 * the read-only block, and follows {@code Booking} to {@code Resource} on the map. Every request a
 * page makes must go to the sandbox, and no page may report an error. Screenshots go to {@code
 * target/console-screenshots/}.
 */
class ConsoleBrowserTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  private static OptixSandbox sandbox;
  private static HeadlessChromium chromium;
  private HeadlessChromium.Tab tab;

  /** Why the tests cannot run here, or null when a Chromium was found. */
  private static String missing;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> executable = HeadlessChromium.find();
    if (executable.isEmpty()) {
      missing =
          "ConsoleBrowserTest skipped: no Chromium found at $OPTIXGQL_CHROMIUM or"
              + " /usr/bin/chromium (install Debian's chromium package, as .ci/run does)";
      System.out.println(missing);
      return;
    }
    sandbox = OptixSandbox.start();
    chromium = HeadlessChromium.launch(executable.get());
  }

  @AfterAll
  static void stop() throws Exception {
    if (chromium != null) {
      chromium.close();
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
  void everythingCameFromTheSandbox() {
    if (tab == null) {
      return;
    }
    try {
      List<String> elsewhere =
          tab.requests().stream()
              .filter(url -> !url.startsWith("http://127.0.0.1:") && !url.startsWith("data:"))
              .filter(url -> !url.equals("about:blank"))
              .toList();
      assertEquals(List.of(), elsewhere, "requests that left the sandbox");
      assertEquals(List.of(), tab.problems(), "errors the page reported");
    } finally {
      tab.close();
      tab = null;
    }
  }

  @Test
  void playgroundRunsMeWithThePersonalTokenAndShowsTheSeededUser() {
    openPlayground(sandbox.playgroundUri(true));
    openPlayground(sandbox.playgroundUri(true));
    assertEquals(
        0,
        ((Number) tab.eval("document.querySelectorAll('.graphiql-tab').length")).intValue(),
        "loaded twice, the example is still one tab (GraphiQL shows no tab bar for one)");
    assertTrue(
        text(".graphiql-editor-tool").contains(sandbox.personalToken()),
        "the headers editor holds the personal token");

    tab.click(".graphiql-execute-button");
    tab.waitFor(resultContains("Alex"), PATIENCE, "the result of `me`");
    String result = text(".graphiql-response");
    assertTrue(result.contains("\"name\": \"Alex\""), result);
    assertTrue(result.contains("\"email\": \"alex.rivera@example.com\""), result);
    assertTrue(result.contains("\"authType\": \"PERSONAL\""), result);
    tab.screenshot(SCREENSHOTS.resolve("playground.png"));
  }

  @Test
  void playgroundBlocksAMutationWithAClearMessageAndChangesNothing() {
    SandboxClient client = new SandboxClient(sandbox);
    String invitees = "{ booking(booking_id: \"503\") { invitees { user { user_id } status } } }";
    Map<String, Object> before = client.graphql(sandbox.organizationToken(), invitees);

    openPlayground(sandbox.playgroundUri(false));
    tab.click(".graphiql-query-editor .CodeMirror");
    tab.selectAll();
    tab.type(
        "mutation Attend {\n"
            + "  bookingSetInviteeStatus(booking_id: \"503\", user_id: \"201\","
            + " status: ATTENDING) {\n"
            + "    booking_id\n"
            + "  }\n"
            + "}\n");
    // GraphiQL takes the operation's name from its state, updated a moment after an edit (a
    // debounce); a person's pause before pressing play covers it, a test waits for it to be stored.
    tab.waitFor(
        "(localStorage.getItem('optixgql-sandbox:organization:graphiql:tabState') ?? '')"
            + ".includes('\"operationName\":\"Attend\"')",
        PATIENCE,
        "GraphiQL to take the mutation in",
        "localStorage.getItem('optixgql-sandbox:organization:graphiql:tabState')");
    tab.click(".graphiql-execute-button");
    tab.waitFor(
        resultContains("read-only"),
        PATIENCE,
        "the read-only message",
        "[document.querySelector('.graphiql-query-editor').innerText,"
            + " document.querySelector('.graphiql-response').innerText]");
    String result = text(".graphiql-response");
    assertTrue(result.contains("mutations are blocked"), result);
    assertTrue(result.contains("--console-mutations"), result);
    assertFalse(result.contains("\"data\""), result);
    tab.screenshot(SCREENSHOTS.resolve("playground-read-only.png"));

    assertEquals(before, client.graphql(sandbox.organizationToken(), invitees));
  }

  @Test
  void playgroundDocsShowTheSchemaOfTheTokensKind() {
    assertEquals(List.of(true, true), docsListQueryFields(false, "users", "me"));
    assertEquals(List.of(false, true), docsListQueryFields(true, "users", "me"));
  }

  @Test
  void voyagerFindsBookingLinkedToResource() {
    tab.navigate(sandbox.voyagerUri(false));
    tab.waitFor(
        "document.body.dataset.state === 'ready'", PATIENCE, "the voyager to draw the schema");
    assertTrue(
        ((Number) tab.eval("window.optixVoyager.typeCount()")).intValue() > 10,
        "the map shows the organization schema's types");

    tab.click("#voyager-search");
    tab.type("Booking");
    tab.waitFor(
        "document.querySelector('#voyager-matches button[data-type=\"Booking\"]')",
        PATIENCE,
        "Booking among the matches");
    tab.click("#voyager-matches button[data-type=\"Booking\"]");
    tab.waitFor(
        "document.querySelector('#voyager-type-name')?.innerText === 'Booking'",
        PATIENCE,
        "Booking's documentation");
    String resourceLink = "li[data-field=\"resource\"] button[data-type=\"Resource\"]";
    tab.waitFor(
        "document.querySelector('" + resourceLink.replace("'", "\\'") + "')",
        PATIENCE,
        "Booking.resource linking to Resource");
    assertEquals(
        List.of("resource"), tab.eval("window.optixVoyager.edgesBetween('Booking', 'Resource')"));
    tab.eval("new Promise(resolve => setTimeout(resolve, 400))"); // the centring animation
    tab.screenshot(SCREENSHOTS.resolve("voyager.png"));

    tab.click(resourceLink);
    tab.waitFor(
        "document.querySelector('#voyager-type-name')?.innerText === 'Resource'",
        PATIENCE,
        "Resource's documentation after following the link");
  }

  @Test
  void voyagerShowsThePersonalSchemaForAPersonalToken() {
    tab.navigate(sandbox.voyagerUri(true));
    tab.waitFor("document.body.dataset.state === 'ready'", PATIENCE, "the personal schema");
    assertTrue(text("#voyager-details").contains("personal token"), text("#voyager-details"));
    assertEquals(
        true,
        tab.eval(
            "document.querySelector('a[data-page=playground]').href.endsWith('?kind=personal')"),
        "switching pages keeps the token kind");
    assertEquals(List.of(), tab.eval("window.optixVoyager.edgesBetween('Query', 'User')"));

    tab.navigate(sandbox.voyagerUri(false));
    tab.waitFor("document.body.dataset.state === 'ready'", PATIENCE, "the organization schema");
    assertEquals(List.of("user"), tab.eval("window.optixVoyager.edgesBetween('Query', 'User')"));
  }

  @Test
  void voyagerDrawsTheRealOptixSchema() {
    Assumptions.assumeTrue(
        java.nio.file.Files.isRegularFile(YourSnapshotTest.FULL),
        "../shared/optix/schema.full.graphql is not beside the clone");
    try (OptixSandbox real =
        OptixSandbox.builder().organizationSchema(YourSnapshotTest.FULL).build()) {
      tab.navigate(real.voyagerUri(false));
      tab.waitFor("document.body.dataset.state === 'ready'", PATIENCE, "the real schema's map");
      int types = ((Number) tab.eval("window.optixVoyager.typeCount()")).intValue();
      System.out.printf(
          "voyager: the real Optix schema, %d types reachable from Query, drawn in %s ms%n",
          types, tab.eval("window.optixVoyager.drawMillis"));
      assertTrue(types > 150, "types on the map: " + types);
      assertEquals(
          List.of("resource"), tab.eval("window.optixVoyager.edgesBetween('Booking', 'Resource')"));
      tab.screenshot(SCREENSHOTS.resolve("voyager-real-schema.png"));
    }
  }

  /** Whether the Docs panel's Query lists each field, for one token kind. */
  private List<Boolean> docsListQueryFields(boolean personal, String... fields) {
    openPlayground(sandbox.playgroundUri(personal));
    tab.click("button[aria-label='Show Documentation Explorer']");
    tab.waitFor(
        "document.querySelector('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name')",
        PATIENCE,
        "the Docs panel's root types");
    tab.click(".graphiql-doc-explorer a.graphiql-doc-explorer-type-name");
    tab.waitFor(
        "document.querySelector('.graphiql-doc-explorer-title')?.innerText === 'Query'",
        PATIENCE,
        "the Docs panel on Query");
    String docs = text(".graphiql-doc-explorer");
    return java.util.Arrays.stream(fields)
        .map(field -> docs.contains("\n" + field + ":") || docs.contains("\n" + field + "("))
        .toList();
  }

  private void openPlayground(URI uri) {
    tab.navigate(uri);
    tab.waitFor(
        "document.querySelector('.graphiql-execute-button')", PATIENCE, "GraphiQL to render");
    // GraphiQL fetches the schema with the headers editor's token; the Docs button works then.
    tab.waitFor("!document.querySelector('.graphiql-spinner')", PATIENCE, "the schema to load");
  }

  private static String resultContains(String text) {
    return "(document.querySelector('.graphiql-response')?.innerText ?? '').includes('"
        + text
        + "')";
  }

  private String text(String selector) {
    String text = tab.text(selector);
    return text == null ? "" : text;
  }
}
