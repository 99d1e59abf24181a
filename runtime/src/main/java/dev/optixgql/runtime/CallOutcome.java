package dev.optixgql.runtime;

/** How a call ended, as {@link CallObservation#ended} is told. */
public enum CallOutcome {
  /** Data, and no GraphQL errors. */
  SUCCESS,
  /**
   * The server answered with GraphQL errors (with or without data): returned in a {@code Response},
   * or thrown as a {@link GraphQLErrorsException}.
   */
  ERRORS,
  /** Any other failure: transport, timeout, HTTP status, rate limit, token, decoding. */
  FAILED
}
