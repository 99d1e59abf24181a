package dev.optixgql.runtime.store;

import dev.optixgql.runtime.OptixGqlException;

/** A {@link TokenStore} could not read or write durably; the message never shows a token. */
public final class TokenStoreException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure to read or write a token store.
   *
   * @param message what could not be read or written, without any token
   * @param cause the underlying failure, or {@code null} if there is none to attach
   */
  public TokenStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
