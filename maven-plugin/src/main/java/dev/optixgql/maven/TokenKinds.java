package dev.optixgql.maven;

import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;

/** Optix's token kinds, told by the token's last letter: each kind sees its own schema. */
final class TokenKinds {
  private TokenKinds() {}

  /**
   * The kind of {@code token} ({@code ORGANIZATION} or {@code PERSONAL}); when {@code expected} is
   * given it must agree, else nothing is sent.
   */
  static String check(String token, String expected) throws MojoFailureException {
    String actual =
        token.endsWith("o") ? "ORGANIZATION" : token.endsWith("p") ? "PERSONAL" : "UNKNOWN";
    if (expected == null || expected.isBlank()) {
      return actual;
    }
    String wanted = expected.strip().toUpperCase(Locale.ROOT);
    if (!wanted.equals("ORGANIZATION") && !wanted.equals("PERSONAL")) {
      throw new MojoFailureException(
          "optixgql: kind is 'organization' or 'personal', not '" + expected + "'.");
    }
    if (!wanted.equals(actual)) {
      throw new MojoFailureException(
          "optixgql: the token is "
              + (actual.equals("UNKNOWN")
                  ? "of no known kind (it ends in neither 'o' nor 'p')"
                  : "a " + actual.toLowerCase(Locale.ROOT) + " token")
              + ", but kind is "
              + wanted.toLowerCase(Locale.ROOT)
              + ": each kind sees its own schema. Nothing was sent.");
    }
    return actual;
  }
}
