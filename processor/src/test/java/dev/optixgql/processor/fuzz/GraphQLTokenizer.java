package dev.optixgql.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits GraphQL (or JSON) text into the tokens the fuzzer mutates: punctuators, names, strings,
 * numbers and stray characters; whitespace and comments stay between tokens.
 *
 * <p>The text is a byte-per-char view of the file (ISO-8859-1), so every offset is a byte offset
 * and a mutation can split or insert bytes freely.
 */
final class GraphQLTokenizer {
  /** What a token is; names are the ones a near-name mutation rewrites. */
  enum Kind {
    PUNCTUATOR,
    NAME,
    STRING,
    NUMBER,
    OTHER
  }

  /** The token at {@code [start, end)} of the text. */
  record Token(int start, int end, Kind kind) {
    String text(String source) {
      return source.substring(start, end);
    }
  }

  private static final String PUNCTUATORS = "!$&()[]{}:=@|,";

  private GraphQLTokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      int start = i;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
        continue;
      }
      if (c == '#') {
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
        continue;
      }
      if (text.startsWith("\"\"\"", i)) {
        i = blockStringEnd(text, i + 3);
        tokens.add(new Token(start, i, Kind.STRING));
      } else if (c == '"') {
        i = stringEnd(text, i + 1);
        tokens.add(new Token(start, i, Kind.STRING));
      } else if (text.startsWith("...", i)) {
        i += 3;
        tokens.add(new Token(start, i, Kind.PUNCTUATOR));
      } else if (PUNCTUATORS.indexOf(c) >= 0) {
        i++;
        tokens.add(new Token(start, i, Kind.PUNCTUATOR));
      } else if (isNameStart(c)) {
        while (i < n && (isNameStart(text.charAt(i)) || isDigit(text.charAt(i)))) {
          i++;
        }
        tokens.add(new Token(start, i, Kind.NAME));
      } else if (isDigit(c) || (c == '-' && i + 1 < n && isDigit(text.charAt(i + 1)))) {
        i++;
        while (i < n && (isDigit(text.charAt(i)) || ".eE+-".indexOf(text.charAt(i)) >= 0)) {
          i++;
        }
        tokens.add(new Token(start, i, Kind.NUMBER));
      } else {
        i++;
        tokens.add(new Token(start, i, Kind.OTHER));
      }
    }
    return tokens;
  }

  private static int stringEnd(String text, int i) {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else if (c == '\n' || c == '\r') {
        return i; // an unterminated string ends the line
      } else {
        i++;
      }
    }
    return text.length();
  }

  private static int blockStringEnd(String text, int i) {
    while (i < text.length()) {
      if (text.startsWith("\\\"\"\"", i)) {
        i += 4;
      } else if (text.startsWith("\"\"\"", i)) {
        return i + 3;
      } else {
        i++;
      }
    }
    return text.length();
  }

  static boolean isNameStart(char c) {
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
