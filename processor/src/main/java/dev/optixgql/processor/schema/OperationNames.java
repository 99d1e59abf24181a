package dev.optixgql.processor.schema;

import dev.optixgql.processor.options.OperationFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The names written in a build's operation files, for {@link LeanSchema}: every name-shaped token
 * (spec §2.1.9) of every {@code .graphql} file under the GraphQL root but the snapshots, read as
 * bytes, without parsing. Words in comments and strings count too: more names only keep more of the
 * schema whole.
 */
public final class OperationNames {
  private OperationNames() {}

  /**
   * The names in the files the document stage reads ({@code .graphql} under {@code root}, {@code
   * schemaFiles} excepted), or {@code null} when they cannot all be read: the schema is then built
   * whole.
   */
  public static Set<String> under(Path root, Set<Path> schemaFiles) {
    Set<String> names = new HashSet<>();
    try {
      for (Path file : OperationFiles.under(root, schemaFiles)) {
        addNames(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1), names);
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return names;
  }

  static void addNames(String text, Set<String> names) {
    int i = 0;
    while (i < text.length()) {
      if (!isStart(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && (isStart(text.charAt(i)) || isDigit(text.charAt(i)))) {
        i++;
      }
      names.add(text.substring(start, i));
    }
  }

  private static boolean isStart(char c) {
    return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
