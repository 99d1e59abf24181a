package dev.optixgql.processor.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the known names closest to a misspelt one, for "Did you mean …?" hints. */
public final class Suggestions {
  private static final int MAX = 3;

  private Suggestions() {}

  /**
   * Returns {@code " Did you mean 'a', 'b'?"}, or {@code ""} when nothing is close: names within an
   * edit distance of about a third of the offender's length, or that contain it (ignoring case and
   * underscores), nearest first.
   */
  public static String didYouMean(String offender, Iterable<String> candidates) {
    List<String> close = closest(offender, candidates);
    if (close.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(" Did you mean ");
    for (int i = 0; i < close.size(); i++) {
      out.append(i == 0 ? "" : ", ").append('\'').append(close.get(i)).append('\'');
    }
    return out.append('?').toString();
  }

  static List<String> closest(String offender, Iterable<String> candidates) {
    String key = normalize(offender);
    int threshold = Math.max(2, key.length() / 3);
    record Scored(String name, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (String candidate : candidates) {
      String other = normalize(candidate);
      int distance = distance(key, other);
      if (distance == 0 && !candidate.equals(offender)) {
        scored.add(new Scored(candidate, 0));
      } else if (distance <= threshold
          || (key.length() >= 3
              && (other.contains(key) || key.contains(other))
              && other.length() >= 3)
          || wordsWithin(offender, candidate)) {
        scored.add(new Scored(candidate, distance));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    List<String> out = new ArrayList<>();
    for (Scored s : scored) {
      if (out.size() == MAX) {
        break;
      }
      if (!s.name().equals(offender)) {
        out.add(s.name());
      }
    }
    return out;
  }

  /**
   * Whether every word of {@code offender} (two or more, split at underscores and case changes)
   * stands in {@code candidate} in the same order: {@code START_ASC} in {@code
   * START_TIMESTAMP_ASC}.
   */
  static boolean wordsWithin(String offender, String candidate) {
    List<String> wanted = words(offender);
    List<String> have = words(candidate);
    if (wanted.size() < 2 || have.size() <= wanted.size()) {
      return false;
    }
    int at = 0;
    for (String word : have) {
      if (at < wanted.size() && word.equals(wanted.get(at))) {
        at++;
      }
    }
    return at == wanted.size();
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String part : name.split("_|(?<=[a-z0-9])(?=[A-Z])")) {
      if (!part.isEmpty()) {
        out.add(part.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static String normalize(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
