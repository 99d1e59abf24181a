package dev.optixgql.runtime;

/** Thrown when a response is larger than the client's limit; nothing of it is decoded. */
public final class ResponseTooLargeException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  public ResponseTooLargeException(String operationName, long limitBytes) {
    super(
        "The response to "
            + operationName
            + " is larger than the limit of "
            + limitBytes
            + " bytes (OptixClient.Builder.maxResponseBytes).");
  }
}
