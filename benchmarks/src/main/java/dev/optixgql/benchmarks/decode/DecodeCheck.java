package dev.optixgql.benchmarks.decode;

import dev.optixgql.runtime.internal.ResponseReader;
import java.util.List;
import java.util.Objects;

/** Fails the benchmark's setup unless every decoder read the same bookings from the body. */
final class DecodeCheck {
  private DecodeCheck() {}

  static void sameBookings(
      ResponseReader.Envelope<BookingsPageQuery.Data> generated,
      DatabindModel.Envelope databind,
      DatabindModel.Envelope tree,
      int expected) {
    List<BookingsPageQuery.Data.Bookings.Booking> ours = generated.data().bookings().data();
    check(ours.size() == expected, "generated read " + ours.size() + " bookings");
    check(Objects.equals(databind, tree), "databind and tree-then-convert differ");
    List<DatabindModel.Booking> theirs = databind.data().bookings().data();
    check(theirs.size() == expected, "databind read " + theirs.size() + " bookings");
    for (int i = 0; i < expected; i++) {
      BookingsPageQuery.Data.Bookings.Booking a = ours.get(i);
      DatabindModel.Booking b = theirs.get(i);
      check(
          a.bookingId().equals(b.bookingId())
              && Objects.equals(a.title(), b.title())
              && a.endTimestamp() == b.endTimestamp()
              && Objects.equals(a.endedTimestamp(), b.endedTimestamp())
              && a.isCanceled() == b.isCanceled()
              && Objects.equals(a.location().latitude(), b.location().latitude())
              && Objects.equals(a.resource().capacity(), b.resource().capacity())
              && Objects.equals(a.user().email(), b.user().email())
              && Objects.equals(a.user().isAdmin(), b.user().isAdmin()),
          "booking " + i + " differs: " + a + " vs " + b);
    }
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException("Decoders disagree: " + message);
    }
  }
}
