package dev.optixgql.maven.schema;

/** A snapshot that cannot be read, built or trusted; its message says why, never with a token. */
public final class SnapshotException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SnapshotException(String message) {
    super(message);
  }

  public SnapshotException(String message, Throwable cause) {
    super(message, cause);
  }
}
