package dev.optixgql.processor.document;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds the bracket a GraphQL text leaves open ({@code {}, {@code (} or {@code [}), skipping
 * strings, block strings and comments, so "the file ends too soon" can point at the opening.
 */
final class UnclosedBrackets {
  private final String text;
  private int index;
  private int line = 1;
  private int column = 1;

  private UnclosedBrackets(String text) {
    this.text = text;
  }

  /** {@code {line, column, bracket}} of the innermost bracket never closed, or {@code null}. */
  static int[] lastUnclosed(String text) {
    return new UnclosedBrackets(text).scan();
  }

  private int[] scan() {
    Deque<int[]> open = new ArrayDeque<>();
    while (index < text.length()) {
      char c = text.charAt(index);
      if (c == '#') {
        while (index < text.length() && text.charAt(index) != '\n') {
          advance();
        }
      } else if (text.startsWith("\"\"\"", index)) {
        advance(3);
        while (index < text.length() && !text.startsWith("\"\"\"", index)) {
          advance(text.startsWith("\\\"\"\"", index) ? 4 : 1);
        }
        advance(3);
      } else if (c == '"') {
        advance();
        while (index < text.length() && text.charAt(index) != '"' && text.charAt(index) != '\n') {
          advance(text.charAt(index) == '\\' ? 2 : 1);
        }
        advance();
      } else {
        if (c == '{' || c == '(' || c == '[') {
          open.push(new int[] {line, column, c});
        } else if ((c == '}' || c == ')' || c == ']') && !open.isEmpty()) {
          open.pop();
        }
        advance();
      }
    }
    return open.peek();
  }

  private void advance(int count) {
    for (int i = 0; i < count; i++) {
      advance();
    }
  }

  private void advance() {
    if (index >= text.length()) {
      return;
    }
    if (text.charAt(index) == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    index++;
  }
}
