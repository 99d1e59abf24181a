package dev.optixgql.runtime;

/** Thrown when a response is larger than the client's limit; nothing of it is decoded. */
public final class ResponseTooLargeException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operationName the name of the operation (or batch) whose response was refused
   * @param limitBytes the limit it exceeded, set by {@link OptixClient.Builder#maxResponseBytes}
   */
  public ResponseTooLargeException(String operationName, long limitBytes) {
    super(
        "The response to "
            + operationName
            + " is larger than the limit of "
            + limitBytes
            + " bytes (OptixClient.Builder.maxResponseBytes).");
  }
}
