package dev.optixgql.sandbox.engine;

/**
 * The two kinds of Optix token, each bound to its own schema snapshot, told apart by last letter.
 */
public enum TokenKind {
  ORGANIZATION('o', "organization.graphqls", "ORGANIZATION"),
  PERSONAL('p', "personal.graphqls", "PERSONAL");

  private final char suffix;
  private final String snapshot;
  private final String tokenType;

  TokenKind(char suffix, String snapshot, String tokenType) {
    this.suffix = suffix;
    this.snapshot = snapshot;
    this.tokenType = tokenType;
  }

  /** The classpath resource, relative to this package, holding the SDL snapshot of this view. */
  String snapshot() {
    return snapshot;
  }

  /** The {@code TokenType} enum value that {@code me.authType} reports for this kind. */
  String tokenType() {
    return tokenType;
  }

  /** Returns the kind a token belongs to by its last character, as Optix does, or null. */
  public static TokenKind ofToken(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    char last = token.charAt(token.length() - 1);
    for (TokenKind kind : values()) {
      if (kind.suffix == last) {
        return kind;
      }
    }
    return null;
  }
}
