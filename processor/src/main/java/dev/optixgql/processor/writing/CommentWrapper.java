package dev.optixgql.processor.writing;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the javadoc of a rendered source file into {@link #COLUMNS} columns. JavaPoet wraps code at
 * its {@code $W} points but leaves comment text as given, and schema descriptions are of any
 * length: a comment line wider than the limit is broken between words, its continuation lines
 * indented under a block tag ({@code @param}, {@code @return}, ...) as Google style does. A word
 * wider than the line (a long URL) stays whole; {@code <pre>} blocks are left alone. A type header
 * wider than the limit (JavaPoet writes {@code implements} and its type arguments on one line:
 * {@code PagedOperation<BookingPageQuery.Data, BookingPageQuery.Data.Bookings.Booking>}) is broken
 * before {@code implements}, then after the type's {@code <} and between its arguments. Trailing
 * spaces, which JavaPoet leaves where it broke a line of code, are removed.
 */
final class CommentWrapper {
  static final int COLUMNS = 100;

  private CommentWrapper() {}

  static String wrap(String source) {
    if (!needsWork(source)) {
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
      } else if (!inJavadoc
          && line.length() > COLUMNS
          && line.contains(" implements ")
          && trimmed.endsWith("{")) {
        for (String piece : header(line.stripTrailing())) {
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

  /**
   * Whether a line of {@code source} is wider than the limit or ends in a space: one pass over the
   * characters (most files need nothing, and this runs once per generated file).
   */
  private static boolean needsWork(String source) {
    int lineStart = 0;
    int length = source.length();
    for (int i = 0; i <= length; i++) {
      if (i == length || source.charAt(i) == '\n' || source.charAt(i) == '\r') {
        if (i - lineStart > COLUMNS || (i > lineStart && source.charAt(i - 1) == ' ')) {
          return true;
        }
        lineStart = i + 1;
      }
    }
    return false;
  }

  /**
   * A wide type header as several lines: {@code implements …} on a line of its own (indented four
   * more than a declaration, as a continuation of the components otherwise), and if that is still
   * wide, its first type's arguments on their own lines.
   */
  private static List<String> header(String line) {
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    boolean declaration = line.stripLeading().matches("(public |final |sealed |record |class ).*");
    String more = declaration ? indent + "    " : indent;
    int at = line.indexOf(" implements ");
    List<String> lines = new ArrayList<>();
    lines.add(line.substring(0, at));
    String clause = more + line.substring(at + 1);
    int open = clause.indexOf('<');
    if (clause.length() <= COLUMNS || open < 0) {
      lines.add(clause);
      return lines;
    }
    lines.add(clause.substring(0, open + 1));
    String arguments = more + "    " + clause.substring(open + 1);
    if (arguments.length() <= COLUMNS) {
      lines.add(arguments);
      return lines;
    }
    // One argument a line, split at the commas between the first type's own arguments.
    int depth = 0;
    int start = open + 1;
    for (int i = open + 1; i < clause.length(); i++) {
      char c = clause.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == ',' && depth == 0) {
        lines.add(more + "    " + clause.substring(start, i + 1).strip());
        start = i + 1;
      }
    }
    lines.add(more + "    " + clause.substring(start).strip());
    return lines;
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
