package dev.optixgql.processor.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What makes this processor's output what it is, as one digest: the processor's own code (its jar's
 * entries with their CRC-32s, or every class file of a classes directory) and where graphql-java
 * and JavaPoet come from (their jars' names carry their versions). Any change to one of them gives
 * every cache key a new value, so an upgrade never reads an entry an older build wrote.
 */
public final class ProcessorBuild {
  /** Library classes whose location names their version. */
  private static final List<String> LIBRARIES =
      List.of("graphql/GraphQL.class", "com/palantir/javapoet/JavaFile.class");

  private static volatile String id;

  private ProcessorBuild() {}

  /** This build's digest; computed once per class loader. */
  static String id() {
    String known = id;
    if (known == null) {
      known = compute();
      id = known;
    }
    return known;
  }

  private static String compute() {
    CacheKey key = CacheKey.unkeyed("optixgql-processor-build");
    CodeSource source = ProcessorBuild.class.getProtectionDomain().getCodeSource();
    try {
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            key.add(location.relativize(file).toString()).add(Files.readAllBytes(file));
          }
        }
      } else {
        addJarEntries(key, location);
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Not a file (a custom class loader): the class's own bytes still tell builds apart.
      key.add(ownBytes());
    }
    ClassLoader loader = ProcessorBuild.class.getClassLoader();
    for (String library : LIBRARIES) {
      URL url = loader == null ? null : loader.getResource(library);
      key.add(url == null ? "absent" : url.toString());
    }
    return key.hex();
  }

  /**
   * A jar's identity from its central directory: every entry's name, size and CRC-32, which the zip
   * format records for each entry's content. Cheaper than hashing the bytes (the processor may sit
   * in a large shaded jar) and as telling: a changed class changes its CRC.
   */
  private static void addJarEntries(CacheKey key, Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        key.add(entry.getName()).add((int) entry.getSize()).add((int) entry.getCrc());
      }
    }
  }

  private static byte[] ownBytes() {
    try (InputStream in = ProcessorBuild.class.getResourceAsStream("ProcessorBuild.class")) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
