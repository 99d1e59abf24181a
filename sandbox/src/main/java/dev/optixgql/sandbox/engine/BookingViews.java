package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.seed.Fields;
import dev.optixgql.sandbox.seed.SeedLocation;
import dev.optixgql.sandbox.seed.SeedResource;
import dev.optixgql.sandbox.seed.StoredBooking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns stored bookings and booking sets into GraphQL field maps keyed by real field names. */
final class BookingViews {
  private final CatalogViews catalogViews;

  BookingViews(CatalogViews catalogViews) {
    this.catalogViews = catalogViews;
  }

  Map<String, Object> booking(StoredBooking b) {
    SeedResource resource = catalogViews.catalog().resource(b.resourceId()).orElseThrow();
    SeedLocation location = catalogViews.catalog().location(resource.locationId()).orElseThrow();
    return Fields.of(
        "booking_id", b.id(),
        "organization_id", catalogViews.catalog().organization().id(),
        "account", catalogViews.account(b.userId()),
        "location", catalogViews.location(location),
        "resource", catalogViews.resource(resource),
        "title", b.title(),
        "notes", b.notes(),
        "body", b.notes(),
        "quantity", 1,
        "duration", (b.end() - b.start()) / 3600.0,
        "start_timestamp", b.start(),
        "check_in_timestamp", b.start(),
        "end_timestamp", b.end(),
        "check_out_timestamp", b.end(),
        "created_timestamp", b.created(),
        "ended_timestamp", null,
        "user", catalogViews.user(b.userId()),
        "created_by_user", catalogViews.user(b.createdByUserId()),
        "is_new", !b.approved() && !b.canceled(),
        "is_approved", b.approved(),
        "is_completed", false,
        "is_canceled", b.canceled(),
        "is_rejected", false,
        "invitees", invitees(b),
        "web_link", "https://example.com/sandbox/bookings/" + b.id(),
        "external_id", null,
        "is_recurring", false,
        "is_recurrence_exception", false,
        "recurrence", null,
        "source", b.source(),
        "is_hidden", false);
  }

  Map<String, Object> bookingSet(BookingSetResult result) {
    List<Map<String, Object>> elements = new ArrayList<>();
    for (PlannedBooking planned : result.elements()) {
      elements.add(element(planned, result.committed()));
    }
    return Fields.of(
        "booking_session_id", result.sessionId(),
        "account", catalogViews.account(result.ownerUserId()),
        "owner", catalogViews.user(result.ownerUserId()),
        "created_by_user", catalogViews.user(result.createdByUserId()),
        "recurrence", null,
        "processing", false,
        "bookings", elements);
  }

  private Map<String, Object> element(PlannedBooking planned, boolean committed) {
    StoredBooking b = planned.booking();
    List<Map<String, Object>> resources = new ArrayList<>();
    for (String id : planned.resourceIds()) {
      catalogViews.catalog().resource(id).ifPresent(r -> resources.add(catalogViews.resource(r)));
    }
    return Fields.of(
        "booking_id", b.id(),
        "start_timestamp", b.start(),
        "end_timestamp", b.end(),
        "ended_manually_timestamp", null,
        "resource_id", planned.resourceIds(),
        "resources", resources,
        "payment", null,
        "available_payments", null,
        "is_confirmed", committed,
        "is_canceled", b.canceled(),
        "is_cancelled", b.canceled(),
        "is_recurring", false,
        "is_recurrence_exception", false,
        "source", b.source(),
        "title", b.title(),
        "notes", b.notes(),
        "invitees", invitees(b),
        "create_online_meeting", planned.createOnlineMeeting(),
        "is_external", false,
        "external_id", planned.externalId(),
        "total_invoiced", 0.0,
        "total_pending", 0.0,
        "alternative_bookings", List.of());
  }

  private List<Map<String, Object>> invitees(StoredBooking b) {
    List<Map<String, Object>> invitees = new ArrayList<>();
    b.invitees()
        .forEach(
            (userId, status) ->
                invitees.add(Fields.of("user", catalogViews.user(userId), "status", status)));
    return invitees;
  }
}
