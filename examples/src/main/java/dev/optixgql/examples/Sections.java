package dev.optixgql.examples;

import dev.optixgql.examples.AutomationStepsQuery.Data.WorkflowAvailableStep;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Prints the main job's sections readably from the generated records. */
final class Sections {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  /** How many automation steps to list; the real API offers dozens. */
  private static final int MAX_STEPS = 12;

  private final PrintStream out;

  Sections(PrintStream out) {
    this.out = out;
  }

  void whoAmI(WhoAmIQuery.Data.Me me) {
    heading("Who am I");
    // switch over the generated enum's Known values; UNKNOWN__ covers values added later.
    String kind =
        switch (me.authType().known()) {
          case PERSONAL -> "personal token";
          case ORGANIZATION -> "organization token";
          default -> me.authType().rawValue().toLowerCase(Locale.ROOT) + " token";
        };
    out.println("  token kind:   " + kind);
    var user = me.user();
    if (user == null) {
      out.println("  user:         (none: an organization token acts for the organization)");
    } else {
      out.println("  name:         " + join(user.name(), user.surname()));
      out.println("  email:        " + user.email());
      out.println("  user_id:      " + user.userId());
    }
    out.println("  organization: " + (me.organization() == null ? "-" : me.organization().name()));
  }

  void upcoming(UpcomingBookingsQuery.Data data) {
    heading("Next bookings (" + data.bookings().total() + " upcoming)");
    printBookings(data);
  }

  private void printBookings(UpcomingBookingsQuery.Data data) {
    if (data.bookings().data().isEmpty()) {
      out.println("  (none)");
    }
    for (var booking : data.bookings().data()) {
      if (booking == null) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "  %s %4d min  %-36s %s @ %s%s%n",
          TIME.format(Instant.ofEpochSecond(booking.startTimestamp())),
          (booking.endTimestamp() - booking.startTimestamp()) / 60,
          booking.title() == null ? "(untitled)" : booking.title(),
          booking.resource() == null ? "-" : orDash(booking.resource().name()),
          booking.location() == null ? "-" : orDash(booking.location().name()),
          booking.user() == null ? "" : "  for " + booking.user().fullname());
    }
  }

  void resources(BookableResourcesQuery.Data data) {
    heading("Bookable resources (" + data.resources().total() + ")");
    for (var resource : data.resources().data()) {
      if (resource != null) {
        out.printf(
            Locale.ROOT,
            "  %-20s %-14s %-9s %s%n",
            orDash(resource.name()),
            resource.type().name(),
            resource.capacity() == null ? "" : "seats " + resource.capacity(),
            orDash(resource.location().name()));
      }
    }
  }

  /**
   * Prints the steps automations can use. {@code workflowAvailableSteps} is a list of the {@code
   * WorkflowStep} interface, so each element is one of the generated sealed interface's records:
   * {@code WorkflowTrigger} and {@code WorkflowAction} (named by the query's type condition and
   * fragment) with their own fields, and {@code Other} for any other step type.
   */
  void automationSteps(AutomationStepsQuery.Data data) {
    var steps = data.workflowAvailableSteps();
    heading("Automation steps (" + steps.size() + " available)");
    if (steps.isEmpty()) {
      out.println("  (none)");
    }
    for (var step : steps.subList(0, Math.min(steps.size(), MAX_STEPS))) {
      String kind;
      String detail;
      if (step instanceof WorkflowAvailableStep.WorkflowTrigger trigger) {
        kind = "trigger";
        detail = "when: " + words(trigger.triggerType().rawValue());
      } else if (step instanceof ActionSummary action) {
        // The WorkflowAction record implements the fragment spread for actions only.
        kind = "action";
        detail = "does: " + words(action.actionType().rawValue());
      } else {
        // Other: a condition, a delay, or a step type added later; only the fragment's fields.
        kind = words(step.__typename().replaceFirst("^Workflow", ""));
        detail = "";
      }
      String line =
          String.format(
              Locale.ROOT,
              "  %-4s %-10s %-24s %s",
              step.workflowStepId(),
              kind,
              detail,
              plan(step));
      out.println(line.stripTrailing());
    }
    if (steps.size() > MAX_STEPS) {
      out.println("  ... and " + (steps.size() - MAX_STEPS) + " more");
    }
  }

  /** Prints a section the server refused, with its error messages. */
  void unavailable(String title, String why) {
    heading(title);
    out.println("  (not available to this token: " + why + ")");
  }

  /** Reads the fields of the {@code StepSummary} fragment, whichever record carries them. */
  private static String plan(StepSummary step) {
    return step.requiresAutomationsPlus() ? "needs Automations Plus" : "";
  }

  void draftAndCommit(
      String resource,
      DraftBookingQuery.Data draft,
      CommitBookingMutation.Data committed,
      UpcomingBookingsQuery.Data after) {
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
    printBookings(after);
  }

  private void heading(String title) {
    out.println();
    out.println("== " + title + " ==");
  }

  /** {@code NEW_BOOKING} or {@code Condition} as lower-case words: "new booking", "condition". */
  private static String words(String name) {
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  private static String join(String first, String second) {
    return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "-" : text;
  }
}
