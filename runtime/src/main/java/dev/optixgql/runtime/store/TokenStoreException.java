package dev.optixgql.runtime.store;

import dev.optixgql.runtime.OptixGqlException;

/** A {@link TokenStore} could not read or write durably; the message never shows a token. */
public final class TokenStoreException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  public TokenStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
