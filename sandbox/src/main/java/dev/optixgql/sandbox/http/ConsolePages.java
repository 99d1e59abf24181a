package dev.optixgql.sandbox.http;

import dev.optixgql.sandbox.engine.TokenKind;
import dev.optixgql.sandbox.json.JsonWriter;
import dev.optixgql.sandbox.seed.SeedData;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the console's pages from their templates: the asset URLs, and the page's settings as a
 * JSON block its script reads (token kind, token, endpoint, whether mutations run).
 */
final class ConsolePages {
  private static final String TEMPLATES = "dev/optixgql/sandbox/console/";

  /** The webjars each page needs, by asset key. */
  private static final Map<String, List<String>> NEEDS =
      Map.of(
          "/",
          List.of(),
          ConsoleHandler.PLAYGROUND,
          List.of("react", "react-dom", "graphiql", "graphiql-css"),
          ConsoleHandler.VOYAGER,
          List.of("cytoscape", "dagre"));

  /** A rendered page: its status and UTF-8 HTML. */
  record Page(int status, byte[] html) {}

  private final ConsoleAssets assets;
  private final boolean mutationsAllowed;

  /** Every page for every kind, rendered once: they depend on nothing a request carries. */
  private final Map<String, Page> rendered = new HashMap<>();

  ConsolePages(ConsoleAssets assets, boolean mutationsAllowed) {
    this.assets = assets;
    this.mutationsAllowed = mutationsAllowed;
    for (String path : NEEDS.keySet()) {
      for (TokenKind kind : TokenKind.values()) {
        rendered.put(path + "?" + name(kind), renderOnce(path, kind));
      }
    }
  }

  /** The page at {@code path} ({@code /}, {@code /playground}, {@code /voyager}). */
  Page render(String path, String rawQuery) {
    String kindName;
    try {
      kindName = FormDecoder.decode(rawQuery).get("kind");
    } catch (IllegalArgumentException e) {
      return problem(400, "Malformed query string: " + e.getMessage());
    }
    TokenKind kind = kindName == null ? TokenKind.ORGANIZATION : kindOf(kindName);
    if (kind == null) {
      return problem(
          400,
          "Unknown token kind \""
              + kindName
              + "\": use ?kind=organization (the default) or ?kind=personal.");
    }
    return rendered.get(path + "?" + name(kind));
  }

  private Page renderOnce(String path, TokenKind kind) {
    List<String> absent =
        NEEDS.get(path).stream().filter(assets.missing()::containsKey).collect(Collectors.toList());
    if (!absent.isEmpty()) {
      return problem(
          503,
          "The console needs "
              + absent.stream()
                  .map(assets.missing()::get)
                  .distinct()
                  .collect(Collectors.joining(", "))
              + " on the classpath (excluded from the optixgql-sandbox dependency?).");
    }
    String template = path.equals("/") ? "index.html" : path.substring(1) + ".html";
    String html = new String(ConsoleAssets.load(TEMPLATES + template), StandardCharsets.UTF_8);
    for (Map.Entry<String, String> url : assets.urls().entrySet()) {
      html = html.replace("{{url:" + url.getKey() + "}}", url.getValue());
    }
    html =
        html.replace("{{kind}}", name(kind))
            .replace("{{config}}", config(kind))
            .replace("{{mode}}", mutationsAllowed ? "mutations allowed" : "read-only");
    return new Page(200, html.getBytes(StandardCharsets.UTF_8));
  }

  private String config(TokenKind kind) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("endpoint", GraphQlHttpHandler.PATH);
    config.put("kind", name(kind));
    config.put(
        "token",
        kind == TokenKind.PERSONAL ? SeedData.PERSONAL_TOKEN : SeedData.ORGANIZATION_TOKEN);
    config.put("consoleHeader", ReadOnlyConsole.HEADER);
    config.put("mutationsAllowed", mutationsAllowed);
    String json = new String(JsonWriter.write(config), StandardCharsets.UTF_8);
    // Inside <script type="application/json">: no "</script>" may close it early.
    return json.replace("<", "\\u003c");
  }

  private static Page problem(int status, String message) {
    String html =
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>optixgql sandbox</title>"
            + "<p>"
            + message.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;")
            + "</p></html>";
    return new Page(status, html.getBytes(StandardCharsets.UTF_8));
  }

  static String name(TokenKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static TokenKind kindOf(String name) {
    for (TokenKind kind : TokenKind.values()) {
      if (name(kind).equals(name)) {
        return kind;
      }
    }
    return null;
  }
}
