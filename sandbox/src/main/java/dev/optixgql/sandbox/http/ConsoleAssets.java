package dev.optixgql.sandbox.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files the console's pages load, all from the sandbox's own classpath: its pages' scripts and
 * styles, and the browser libraries taken from webjars (GraphiQL, React, Cytoscape, dagre). Only
 * the files listed here are served, under {@code /console/}; a webjar's URL carries its version,
 * read from the webjar's own {@code pom.properties}, so a browser may cache it for good.
 */
final class ConsoleAssets {
  static final String PREFIX = "/console/";

  private static final String OWN = "dev/optixgql/sandbox/console/";

  /** A file the console serves. */
  record Asset(String resource, String contentType, boolean immutable) {}

  /** A webjar file a page names: the webjar, the file inside it. */
  private record WebjarFile(String key, String webjar, String path) {}

  private static final WebjarFile[] WEBJAR_FILES = {
    new WebjarFile("react", "react", "umd/react.production.min.js"),
    new WebjarFile("react-dom", "react-dom", "umd/react-dom.production.min.js"),
    new WebjarFile("graphiql", "graphiql", "graphiql.min.js"),
    new WebjarFile("graphiql-css", "graphiql", "graphiql.min.css"),
    new WebjarFile("cytoscape", "cytoscape", "dist/cytoscape.min.js"),
    new WebjarFile("dagre", "dagre", "dist/dagre.min.js"),
  };

  private static final String[] OWN_FILES = {
    "console.css", "console.js", "playground.js", "voyager.js", "voyager.css"
  };

  private final Map<String, Asset> byPath = new LinkedHashMap<>();
  private final Map<String, String> urls = new LinkedHashMap<>();
  private final Map<String, String> missing = new LinkedHashMap<>();
  private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();

  ConsoleAssets() {
    for (String file : OWN_FILES) {
      String url = PREFIX + file;
      byPath.put(url, new Asset(OWN + file, contentType(file), false));
      urls.put(file, url);
    }
    for (WebjarFile file : WEBJAR_FILES) {
      Optional<String> version = webjarVersion(file.webjar());
      if (version.isEmpty()) {
        missing.put(file.key(), "org.webjars.npm:" + file.webjar());
        continue;
      }
      String url = PREFIX + "lib/" + file.webjar() + "/" + version.get() + "/" + file.path();
      String resource =
          "META-INF/resources/webjars/" + file.webjar() + "/" + version.get() + "/" + file.path();
      byPath.put(url, new Asset(resource, contentType(file.path()), true));
      urls.put(file.key(), url);
    }
  }

  /** The URL of a file by its key ({@code "graphiql"}, {@code "voyager.js"}), for the pages. */
  Map<String, String> urls() {
    return urls;
  }

  /**
   * The webjars missing from the classpath (an application that excluded them), by key: the pages
   * that need them say so instead of failing in the browser.
   */
  Map<String, String> missing() {
    return missing;
  }

  Optional<Asset> find(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** The file's content, read once. */
  byte[] read(Asset asset) {
    return bytes.computeIfAbsent(asset.resource(), ConsoleAssets::load);
  }

  static byte[] load(String resource) {
    try (InputStream in = ConsoleAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The sandbox jar lacks " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  private static Optional<String> webjarVersion(String webjar) {
    String resource = "META-INF/maven/org.webjars.npm/" + webjar + "/pom.properties";
    try (InputStream in = ConsoleAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      properties.load(in);
      return Optional.ofNullable(properties.getProperty("version"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static String contentType(String file) {
    if (file.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (file.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (file.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    throw new IllegalArgumentException("No content type for " + file);
  }
}
