package dev.optixgql.processor.writing;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the javadoc of a rendered source file into {@link #COLUMNS} columns. JavaPoet wraps code at
 * its {@code $W} points but leaves comment text as given, and schema descriptions are of any
 * length: a comment line wider than the limit is broken between words, its continuation lines
 * indented under a block tag ({@code @param}, {@code @return}, ...) as Google style does. A word
 * wider than the line (a long URL) stays whole; {@code <pre>} blocks are left alone. Trailing
 * spaces, which JavaPoet leaves where it broke a line of code, are removed.
 */
final class CommentWrapper {
  static final int COLUMNS = 100;

  private CommentWrapper() {}

  static String wrap(String source) {
    if (source.lines().noneMatch(line -> line.length() > COLUMNS || line.endsWith(" "))) {
      return source;
    }
    StringBuilder out = new StringBuilder(source.length() + 256);
    boolean inJavadoc = false;
    boolean inPre = false;
    for (String line : source.split("\n", -1)) {
      String trimmed = line.strip();
      if (!inJavadoc && trimmed.startsWith("/**")) {
        inJavadoc = true;
      }
      if (inJavadoc && trimmed.startsWith("* ")) {
        inPre = inPre ? !trimmed.contains("</pre>") : trimmed.contains("<pre>");
      }
      if (inJavadoc && !inPre && line.length() > COLUMNS && trimmed.startsWith("* ")) {
        for (String piece : split(line)) {
          out.append(piece).append('\n');
        }
      } else {
        // JavaPoet leaves the space before a wrap point that broke the line.
        out.append(line.stripTrailing()).append('\n');
      }
      if (inJavadoc && trimmed.endsWith("*/")) {
        inJavadoc = false;
        inPre = false;
      }
    }
    out.setLength(out.length() - 1); // the split kept the text after the last newline
    return out.toString();
  }

  /** One wide comment line as several, each within the limit where its words allow. */
  private static List<String> split(String line) {
    int star = line.indexOf('*');
    String prefix = line.substring(0, star) + "* ";
    String text = line.substring(star + 2);
    String continuation = text.startsWith("@") ? prefix + "    " : prefix;
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder(prefix);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && current.length() + 1 + word.length() > COLUMNS) {
        lines.add(current.toString());
        current = new StringBuilder(continuation);
        empty = true;
      }
      if (!empty) {
        current.append(' ');
      }
      current.append(word);
      empty = false;
    }
    lines.add(current.toString());
    return lines;
  }
}
