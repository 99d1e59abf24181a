package dev.optixgql.sandbox.http;

import dev.optixgql.sandbox.engine.TokenKind;
import java.util.Locale;
import java.util.Set;

/** Finds the caller's token (header, query parameter or body parameter) and checks it. */
final class TokenAuthenticator {
  private static final String BEARER = "bearer ";

  private final Set<String> validTokens;

  TokenAuthenticator(Set<String> validTokens) {
    this.validTokens = Set.copyOf(validTokens);
  }

  /**
   * Returns the token sent, in Optix's order of preference, or null when none was sent.
   *
   * @param authorization the {@code Authorization} header, or null
   * @param rawQuery the request URI's raw query string, or null
   * @param bodyToken the body's {@code access_token} parameter, or null
   */
  static String find(String authorization, String rawQuery, String bodyToken) {
    if (authorization != null
        && authorization.length() > BEARER.length()
        && authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      String token = authorization.substring(BEARER.length()).trim();
      if (!token.isEmpty()) {
        return token;
      }
    }
    try {
      String fromQuery = FormDecoder.decode(rawQuery).get("access_token");
      if (fromQuery != null && !fromQuery.isEmpty()) {
        return fromQuery;
      }
    } catch (IllegalArgumentException e) {
      // A malformed query string carries no usable token; fall through to the body.
    }
    return bodyToken;
  }

  /** Returns the kind of a valid token by its last letter, or null for a missing or unknown one. */
  TokenKind kindOf(String token) {
    return token != null && validTokens.contains(token) ? TokenKind.ofToken(token) : null;
  }
}
