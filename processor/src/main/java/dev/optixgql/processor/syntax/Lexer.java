package dev.optixgql.processor.syntax;

/**
 * GraphQL's lexical grammar (spec §2.1) over one text, a token at a time, with each token's line
 * and column counted as graphql-java's ANTLR lexer counts them (lines at {@code \n}, columns in
 * characters from 1). It reads a strict subset of what graphql-java accepts and {@linkplain
 * Declined declines} the rest, so that whatever it reads means exactly what graphql-java would make
 * of it: a lone {@code \r}, {@code \u2028}/{@code \u2029} or a byte order mark (graphql-java counts
 * lines and columns across those in its own way), surrogate pairs (it counts columns in code
 * points), a number run into a name or a dot ({@code 0123}, {@code 1.x}), an unknown character.
 */
final class Lexer {
  static final char NAME = 'n';
  static final char STRING = 's';
  static final char INT = 'i';
  static final char FLOAT = 'f';
  static final char SPREAD = '.';
  static final char END = 'E';

  private final String text;
  private int pos;
  private int line = 1;
  private int lineStart;

  private char kind;
  private int start;
  private int end;
  private int tokenLine;
  private int tokenColumn;
  private int previousEnd;

  /** Comments between the previous token and this one, as {@code [start, end)} pairs. */
  private int[] comments = new int[8];

  private int commentCount;

  /** The line and column (from 0, as graphql-java gives comments) of each comment. */
  private int[] commentPlaces = new int[8];

  Lexer(String text) {
    this.text = text;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')
          || c == '\u2028'
          || c == '\u2029'
          || c == '\uFEFF'
          || Character.isSurrogate(c)) {
        throw Declined.INSTANCE;
      }
    }
    next();
  }

  char kind() {
    return kind;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  int line() {
    return tokenLine;
  }

  int column() {
    return tokenColumn;
  }

  /** Where the token before this one ended. */
  int previousEnd() {
    return previousEnd;
  }

  String text() {
    return text;
  }

  /** The token's text. */
  String image() {
    return text.substring(start, end);
  }

  boolean at(char punctuator) {
    return kind == punctuator;
  }

  boolean atName(String name) {
    return kind == NAME && end - start == name.length() && text.startsWith(name, start);
  }

  int commentCount() {
    return commentCount;
  }

  /** The text of comment {@code i} before this token, without its {@code #}. */
  String comment(int i) {
    return text.substring(comments[2 * i] + 1, comments[2 * i + 1]);
  }

  int commentLine(int i) {
    return commentPlaces[2 * i];
  }

  int commentColumn(int i) {
    return commentPlaces[2 * i + 1];
  }

  /** Moves to the next token, skipping ignored ones (spec §2.1.7) and keeping the comments. */
  void next() {
    previousEnd = end;
    commentCount = 0;
    skipIgnored();
    start = pos;
    tokenLine = line;
    tokenColumn = pos - lineStart + 1;
    if (pos >= text.length()) {
      kind = END;
    } else {
      char c = text.charAt(pos);
      if (isNameStart(c)) {
        pos++;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
          pos++;
        }
        kind = NAME;
      } else if (c == '-' || c >= '0' && c <= '9') {
        kind = number();
      } else if (c == '"') {
        string();
        kind = STRING;
      } else if (text.startsWith("...", pos)) {
        pos += 3;
        kind = SPREAD;
      } else if ("!$&()=:@[]{}|".indexOf(c) >= 0) {
        pos++;
        kind = c;
      } else {
        throw Declined.INSTANCE;
      }
    }
    end = pos;
  }

  /** IntValue or FloatValue (spec §2.9.1, §2.9.2), not followed by a digit, a dot or a name. */
  private char number() {
    if (text.charAt(pos) == '-') {
      pos++;
    }
    if (at(pos, '0')) {
      pos++;
    } else if (digits() == 0) {
      throw Declined.INSTANCE;
    }
    char kind = INT;
    if (at(pos, '.')) {
      pos++;
      if (digits() == 0) {
        throw Declined.INSTANCE;
      }
      kind = FLOAT;
    }
    if (at(pos, 'e') || at(pos, 'E')) {
      pos++;
      if (at(pos, '+') || at(pos, '-')) {
        pos++;
      }
      if (digits() == 0) {
        throw Declined.INSTANCE;
      }
      kind = FLOAT;
    }
    if (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '.' || c >= '0' && c <= '9' || isNameStart(c)) {
        throw Declined.INSTANCE;
      }
    }
    return kind;
  }

  private int digits() {
    int from = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return pos - from;
  }

  private boolean at(int index, char c) {
    return index < text.length() && text.charAt(index) == c;
  }

  /**
   * A string or block string; its value is decoded by graphql-java's own code ({@link Reading}).
   * Declined: an escape graphql-java would refuse, a line break in a one-line string, an escaped
   * triple quote in a block string (graphql-java's lexer and the spec may part there).
   */
  private void string() {
    if (text.startsWith("\"\"\"", pos)) {
      int close = text.indexOf("\"\"\"", pos + 3);
      if (close < 0 || text.charAt(close - 1) == '\\') {
        throw Declined.INSTANCE;
      }
      for (int i = pos; i < close; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      pos = close + 3;
      return;
    }
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return;
      } else if (c == '\\') {
        if (pos >= text.length() || "\"\\/bfnrtu".indexOf(text.charAt(pos)) < 0) {
          throw Declined.INSTANCE;
        }
        pos++;
      } else if (c == '\n' || c == '\r') {
        break;
      }
    }
    throw Declined.INSTANCE;
  }

  private void skipIgnored() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        pos++;
        line++;
        lineStart = pos;
      } else if (c == ' ' || c == '\t' || c == ',' || c == '\r') {
        pos++;
      } else if (c == '#') {
        keepComment();
      } else {
        return;
      }
    }
  }

  private void keepComment() {
    int from = pos;
    while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
      pos++;
    }
    if (2 * commentCount + 2 > comments.length) {
      comments = java.util.Arrays.copyOf(comments, comments.length * 2);
      commentPlaces = java.util.Arrays.copyOf(commentPlaces, commentPlaces.length * 2);
    }
    comments[2 * commentCount] = from;
    comments[2 * commentCount + 1] = pos;
    // graphql-java places a comment one line below where it is (it passes ANTLR's line, counted
    // from 1, where a line counted from 0 is expected); as the AST must be the same, so do we.
    commentPlaces[2 * commentCount] = line + 1;
    commentPlaces[2 * commentCount + 1] = from - lineStart;
    commentCount++;
  }

  static boolean isNameStart(char c) {
    return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  static boolean isNameChar(char c) {
    return isNameStart(c) || c >= '0' && c <= '9';
  }
}
