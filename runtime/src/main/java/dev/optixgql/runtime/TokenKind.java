package dev.optixgql.runtime;

/** The kind of an Optix token, told by its last character; each kind sees a different schema. */
public enum TokenKind {
  /** Acts for an organization, logged against the app; the token ends in {@code o}. */
  ORGANIZATION,
  /** Acts for one user, logged against that user; the token ends in {@code p}. */
  PERSONAL,
  /** Accepts a token of either kind (for schemas that are not tied to one). */
  ANY;

  /**
   * Returns the kind of {@code token}, or {@code null} when its suffix is neither {@code o} nor
   * {@code p}.
   *
   * @param token the token, not {@code null}
   * @return {@link #ORGANIZATION} or {@link #PERSONAL}, or {@code null}; never {@link #ANY}
   */
  public static TokenKind of(String token) {
    if (token.isEmpty()) {
      return null;
    }
    switch (token.charAt(token.length() - 1)) {
      case 'o':
        return ORGANIZATION;
      case 'p':
        return PERSONAL;
      default:
        return null;
    }
  }

  /**
   * Whether a token of kind {@code actual} may be used where this kind is required.
   *
   * @param actual the given token's kind, or {@code null} when it has none
   * @return {@code true} when this kind is {@link #ANY} or equals {@code actual}
   */
  public boolean accepts(TokenKind actual) {
    return this == ANY || this == actual;
  }
}
