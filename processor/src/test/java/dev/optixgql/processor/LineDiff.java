package dev.optixgql.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified-diff-like excerpt of two texts, line by line (longest common subsequence), so a failing
 * golden comparison shows what changed rather than two whole files.
 */
final class LineDiff {
  private static final int CONTEXT = 3;
  private static final int MAX_LINES = 60;

  private LineDiff() {}

  /** The hunks turning {@code expected} into {@code actual}, at most {@value #MAX_LINES} lines. */
  static String excerpt(String name, String expected, String actual) {
    List<String> a = List.of(expected.split("\n", -1));
    List<String> b = List.of(actual.split("\n", -1));
    List<String> edits = edits(a, b);
    StringBuilder out =
        new StringBuilder("--- expected/" + name + "\n+++ generated/" + name + "\n");
    int shown = 0;
    int lineA = 1;
    int lineB = 1;
    int i = 0;
    while (i < edits.size() && shown < MAX_LINES) {
      if (edits.get(i).charAt(0) == ' ') {
        lineA++;
        lineB++;
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // Extend the hunk while changes are no more than 2 * CONTEXT lines apart.
      for (int j = i; j < edits.size() && j <= end + 2 * CONTEXT; j++) {
        if (edits.get(j).charAt(0) != ' ') {
          end = j;
        }
      }
      int stop = Math.min(edits.size(), end + CONTEXT + 1);
      int lengthA = 0;
      int lengthB = 0;
      for (int j = start; j < stop; j++) {
        char kind = edits.get(j).charAt(0);
        lengthA += kind == '+' ? 0 : 1;
        lengthB += kind == '-' ? 0 : 1;
      }
      out.append("@@ -").append(lineA - (i - start)).append(',').append(lengthA);
      out.append(" +").append(lineB - (i - start)).append(',').append(lengthB).append(" @@\n");
      for (int j = start; j < stop && shown < MAX_LINES; j++, shown++) {
        out.append(edits.get(j)).append('\n');
      }
      for (int j = i; j < stop; j++) {
        char kind = edits.get(j).charAt(0);
        lineA += kind == '+' ? 0 : 1;
        lineB += kind == '-' ? 0 : 1;
      }
      i = stop;
    }
    if (shown >= MAX_LINES) {
      out.append("… (diff truncated)\n");
    }
    return out.toString();
  }

  /** Every line of both texts, prefixed with ' ' (kept), '-' (expected only), '+' (actual only). */
  private static List<String> edits(List<String> a, List<String> b) {
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        out.add(" " + a.get(i++));
        j++;
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        out.add("-" + a.get(i++));
      } else {
        out.add("+" + b.get(j++));
      }
    }
    return out;
  }
}
