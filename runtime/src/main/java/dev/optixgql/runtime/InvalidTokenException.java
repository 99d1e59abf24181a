package dev.optixgql.runtime;

/**
 * Thrown when a token cannot be sent as it is: empty, too long, or with a character that is not
 * visible ASCII (a space, a line break, a non-ASCII letter), any of which would break the request
 * or smuggle a header into it. Raised where a token enters (a provider's answer, {@link
 * OrganizationTokens#put}, {@link TokenProvider#fixed}); nothing is sent. The message never shows
 * the token.
 */
public final class InvalidTokenException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  /** Longer than any Optix token, short enough for every HTTP server's header limit. */
  static final int MAX_LENGTH = 4096;

  private InvalidTokenException(String message) {
    super(message);
  }

  /**
   * Returns {@code token} if it can be sent in a header, a query or a body; else throws, saying
   * what is wrong and where the token came from ({@code source}), never the token itself.
   *
   * @param token the token to check
   * @param source what gave the token, named in the message (e.g. {@code OrganizationTokens.put})
   * @return {@code token}, unchanged
   * @throws InvalidTokenException if the token is {@code null}, empty, too long or not visible
   *     ASCII
   */
  public static String requireSendable(String token, String source) {
    if (token == null || token.isEmpty()) {
      throw new InvalidTokenException(source + " gave no token; nothing was sent.");
    }
    if (token.length() > MAX_LENGTH) {
      throw new InvalidTokenException(
          source
              + " gave a token of "
              + token.length()
              + " characters (at most "
              + MAX_LENGTH
              + "); nothing was sent.");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new InvalidTokenException(
            source
                + " gave a token with "
                + describe(c)
                + " at position "
                + (i + 1)
                + " of "
                + token.length()
                + ": a token is visible ASCII only. Nothing was sent.");
      }
    }
    return token;
  }

  private static String describe(char c) {
    if (c == '\n' || c == '\r') {
      return "a line break";
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return "a space";
    }
    return c < 0x20 || c == 0x7f ? "a control character" : "a non-ASCII character";
  }
}
