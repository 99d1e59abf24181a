package dev.optixgql.runtime;

/** Why the client attempts a call again, as {@link CallObservation#retrying} is told. */
public enum RetryReason {
  /** HTTP 429: refused by the server's rate limit; the client waits as told. */
  RATE_LIMITED,
  /** HTTP 502, 503 or 504: the server or a proxy before it was unavailable. */
  UNAVAILABLE,
  /** No answer: a timeout, a connection refused or reset. */
  TRANSPORT,
  /** Refused as unauthenticated: the token provider gave a newer token to try. */
  TOKEN_REFRESHED
}
