package dev.optixgql.runtime;

/** Describes a token for messages and {@code toString} without revealing it. */
final class Redaction {
  private Redaction() {}

  /** For example {@code "<redacted organization token, 40 chars>"}. */
  static String describe(String token) {
    TokenKind kind = TokenKind.of(token);
    String what =
        kind == null
            ? "token of unknown kind"
            : kind.name().toLowerCase(java.util.Locale.ROOT) + " token";
    return "<redacted " + what + ", " + token.length() + " chars>";
  }
}
