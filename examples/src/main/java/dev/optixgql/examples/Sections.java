package dev.optixgql.examples;

import dev.optixgql.examples.organization.CommitBookingMutation;
import dev.optixgql.examples.organization.DraftBookingQuery;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Prints the main job's sections readably; knows nothing about HTTP or GraphQL. */
final class Sections {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final PrintStream out;

  Sections(PrintStream out) {
    this.out = out;
  }

  /** A user as the examples show one. */
  record Person(String userId, String name, String surname, String email) {}

  void whoAmI(String authType, Person user, String organization) {
    heading("Who am I");
    out.println("  token kind:   " + authType);
    if (user == null) {
      out.println("  user:         (none: an organization token acts for the organization)");
    } else {
      out.println("  name:         " + join(user.name(), user.surname()));
      out.println("  email:        " + user.email());
      out.println("  user_id:      " + user.userId());
    }
    out.println("  organization: " + (organization == null ? "(none)" : organization));
  }

  void upcoming(dev.optixgql.examples.organization.UpcomingBookingsQuery.Data data) {
    heading("Next bookings (" + data.bookings().total() + " upcoming)");
    printBookings(
        data.bookings().data().stream()
            .filter(b -> b != null)
            .map(
                b ->
                    new Line(
                        b.startTimestamp(),
                        b.endTimestamp(),
                        b.title(),
                        b.resource() == null ? null : b.resource().name(),
                        b.location() == null ? null : b.location().name(),
                        b.user() == null ? null : b.user().fullname()))
            .toList());
  }

  void upcoming(dev.optixgql.examples.personal.UpcomingBookingsQuery.Data data) {
    heading("Next bookings (" + data.bookings().total() + " upcoming)");
    printBookings(
        data.bookings().data().stream()
            .filter(b -> b != null)
            .map(
                b ->
                    new Line(
                        b.startTimestamp(),
                        b.endTimestamp(),
                        b.title(),
                        b.resource() == null ? null : b.resource().name(),
                        b.location() == null ? null : b.location().name(),
                        b.user() == null ? null : b.user().fullname()))
            .toList());
  }

  private record Line(
      int start, int end, String title, String resource, String location, String who) {}

  private void printBookings(List<Line> lines) {
    if (lines.isEmpty()) {
      out.println("  (none)");
    }
    for (Line line : lines) {
      out.printf(
          Locale.ROOT,
          "  %s, %d min  %-28s %s @ %s%s%n",
          TIME.format(Instant.ofEpochSecond(line.start())),
          (line.end() - line.start()) / 60,
          line.title() == null ? "(untitled)" : line.title(),
          orDash(line.resource()),
          orDash(line.location()),
          line.who() == null ? "" : "  for " + line.who());
    }
  }

  void resources(dev.optixgql.examples.organization.BookableResourcesQuery.Data data) {
    heading("Bookable resources (" + data.resources().total() + ")");
    for (var r : data.resources().data()) {
      if (r != null) {
        resource(r.name(), r.type().name(), r.capacity(), r.location().name());
      }
    }
  }

  void resources(dev.optixgql.examples.personal.BookableResourcesQuery.Data data) {
    heading("Bookable resources (" + data.resources().total() + ")");
    for (var r : data.resources().data()) {
      if (r != null) {
        resource(r.name(), r.type().name(), r.capacity(), r.location().name());
      }
    }
  }

  private void resource(String name, String type, Integer capacity, String location) {
    out.printf(
        Locale.ROOT,
        "  %-24s %-16s %-12s %s%n",
        orDash(name),
        type,
        capacity == null ? "" : "seats " + capacity,
        orDash(location));
  }

  void draftAndCommit(
      String resource,
      DraftBookingQuery.Data draft,
      CommitBookingMutation.Data committed,
      dev.optixgql.examples.organization.UpcomingBookingsQuery.Data after) {
    heading("Draft, then commit, a booking (sandbox only)");
    var drafted = draft.bookingsDraft();
    out.println(
        "  drafted "
            + resource
            + ": session "
            + drafted.bookingSessionId()
            + ", "
            + drafted.bookings().size()
            + " booking(s), nothing saved yet");
    for (var element : committed.bookingsCommit().bookings()) {
      if (element != null) {
        out.println(
            "  committed: booking_id "
                + element.bookingId()
                + " at "
                + TIME.format(Instant.ofEpochSecond(element.startTimestamp())));
      }
    }
    out.println("  a later bookings query returns it:");
    upcoming(after);
  }

  private void heading(String title) {
    out.println();
    out.println("== " + title + " ==");
  }

  private static String join(String first, String second) {
    return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "-" : text;
  }
}
