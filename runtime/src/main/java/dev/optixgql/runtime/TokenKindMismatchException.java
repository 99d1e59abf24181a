package dev.optixgql.runtime;

/**
 * Thrown before any request is sent when a client bound to one token kind's schema is given a token
 * of the other kind (or of no recognizable kind).
 */
public final class TokenKindMismatchException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  /** The kind the client's schema needs. */
  private final TokenKind required;

  /** The given token's kind, or {@code null} when its suffix told none. */
  private final TokenKind actual;

  /**
   * Creates the exception; its message says which kind of token to use instead.
   *
   * @param client the name of the client interface (or {@code Batch}) that refused the token
   * @param required the kind the client's schema needs: organization or personal
   * @param actual the given token's kind, or {@code null} when its suffix told none
   */
  public TokenKindMismatchException(String client, TokenKind required, TokenKind actual) {
    super(message(client, required, actual));
    this.required = required;
    this.actual = actual;
  }

  private static String message(String client, TokenKind required, TokenKind actual) {
    String given =
        actual == null
            ? "a token that ends in neither 'o' (organization) nor 'p' (personal)"
            : (actual == TokenKind.ORGANIZATION ? "an " : "a ") + lower(actual) + " token";
    return client
        + " is bound to the "
        + lower(required)
        + " schema but was given "
        + given
        + "; nothing was sent. Use "
        + (required == TokenKind.ORGANIZATION ? "an " : "a ")
        + lower(required)
        + " token (it ends in '"
        + (required == TokenKind.ORGANIZATION ? 'o' : 'p')
        + "'), or an interface bound to the other schema.";
  }

  private static String lower(TokenKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The kind the client's schema needs.
   *
   * @return {@link TokenKind#ORGANIZATION} or {@link TokenKind#PERSONAL}
   */
  public TokenKind required() {
    return required;
  }

  /**
   * The given token's kind, or {@code null} when its suffix told none.
   *
   * @return the kind, or {@code null}
   */
  public TokenKind actual() {
    return actual;
  }
}
