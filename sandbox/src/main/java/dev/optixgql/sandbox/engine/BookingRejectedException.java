package dev.optixgql.sandbox.engine;

/** Signals a booking set the sandbox refuses; its message becomes the GraphQL error's message. */
final class BookingRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BookingRejectedException(String message) {
    super(message);
  }
}
