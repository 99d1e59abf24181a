package dev.optixgql.maven.schema;

import java.util.List;
import java.util.Map;

/**
 * The edit language of {@code src/test/resources/drift/edits.json} (its {@code about} says what
 * each key means), read the same way as {@code src/test/judge/judge.mjs} reads it: both sides must
 * build the same edited schema from the same text.
 */
final class SdlEdits {
  private SdlEdits() {}

  @SuppressWarnings("unchecked")
  static String apply(String sdl, List<Object> steps) {
    String text = sdl;
    for (Object item : steps) {
      Map<String, Object> step = (Map<String, Object>) item;
      if (step.containsKey("append")) {
        text = text + step.get("append");
        continue;
      }
      int from = 0;
      int to = text.length();
      if (step.containsKey("in")) {
        String header = (String) step.get("in");
        from = uniqueIndex(text, 0, to, header + "\n", true);
        int close = text.indexOf("\n}\n", from);
        if (close < 0) {
          throw new IllegalArgumentException("block '" + header + "' has no end");
        }
        to = close + 1;
      }
      String replace = (String) step.get("replace");
      int at;
      if (step.containsKey("after")) {
        String after = (String) step.get("after");
        from = uniqueIndex(text, from, to, after, false) + after.length();
        at = text.indexOf(replace, from);
        if (at < 0 || at + replace.length() > to) {
          throw new IllegalArgumentException("'" + replace + "' not found after '" + after + "'");
        }
      } else {
        at = uniqueIndex(text, from, to, replace, false);
      }
      text = text.substring(0, at) + step.get("with") + text.substring(at + replace.length());
    }
    return text;
  }

  private static int uniqueIndex(String text, int from, int to, String needle, boolean lineStart) {
    int found = -1;
    int count = 0;
    for (int i = text.indexOf(needle, from);
        i >= 0 && i + needle.length() <= to;
        i = text.indexOf(needle, i + 1)) {
      if (!lineStart || i == 0 || text.charAt(i - 1) == '\n') {
        found = i;
        count++;
      }
    }
    if (count != 1) {
      throw new IllegalArgumentException("'" + needle + "' occurs " + count + " times, not once");
    }
    return found;
  }
}
