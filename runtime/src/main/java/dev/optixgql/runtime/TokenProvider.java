package dev.optixgql.runtime;

import java.util.Objects;

/**
 * Supplies the token sent with each request; implementations must be thread-safe and may return a
 * different token over time (Optix tokens expire and are replaced).
 */
@FunctionalInterface
public interface TokenProvider {
  /**
   * The current token; never {@code null}.
   *
   * @return the token to send with the next request
   */
  String token();

  /**
   * Called once when the server refused {@code rejected} (HTTP 401, e.g. an expired token), by one
   * thread for all callers that used it: returns the token to retry with. The default asks {@link
   * #token()} again, which sees a token replaced since (by a webhook, say); returning {@code
   * rejected} itself means there is no newer one, and the call fails without a retry.
   *
   * @param rejected the token the server refused
   * @return the token to retry with, or {@code rejected} when there is no newer one
   */
  default String refresh(String rejected) {
    return token();
  }

  /**
   * A provider that always returns {@code token}. Its {@code toString} never shows the token.
   *
   * @param token the token to send, visible ASCII only
   * @return a provider of {@code token}
   * @throws IllegalArgumentException if the token is blank
   * @throws InvalidTokenException if the token cannot be sent as it is
   */
  static TokenProvider fixed(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("The token is empty.");
    }
    InvalidTokenException.requireSendable(token, "TokenProvider.fixed");
    return new TokenProvider() {
      @Override
      public String token() {
        return token;
      }

      @Override
      public String toString() {
        return "TokenProvider.fixed(" + Redaction.describe(token) + ")";
      }
    };
  }

  /**
   * A provider that reads environment variable {@code name} on each call, so a restarted deployment
   * picks up a rotated token. Fails with a clear message when the variable is unset.
   *
   * @param name the environment variable's name, such as {@code OPTIX_TOKEN}
   * @return a provider of the variable's value, stripped of surrounding whitespace, whose {@code
   *     token()} throws {@link OptixGqlException} while the variable is unset or blank
   */
  static TokenProvider environment(String name) {
    Objects.requireNonNull(name, "name");
    return new TokenProvider() {
      @Override
      public String token() {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
          throw new OptixGqlException(
              "Environment variable " + name + " is not set; it must hold an Optix API token.");
        }
        return value.strip();
      }

      @Override
      public String toString() {
        return "TokenProvider.environment(" + name + ")";
      }
    };
  }
}
