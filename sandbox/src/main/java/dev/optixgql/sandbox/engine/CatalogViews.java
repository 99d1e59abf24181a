package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.seed.Fields;
import dev.optixgql.sandbox.seed.SeedCatalog;
import dev.optixgql.sandbox.seed.SeedLocation;
import dev.optixgql.sandbox.seed.SeedOrganization;
import dev.optixgql.sandbox.seed.SeedResource;
import dev.optixgql.sandbox.seed.SeedUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns seeded catalog records into GraphQL field maps keyed by the real Optix field names. */
final class CatalogViews {
  private static final List<String> WEEKDAYS =
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

  private final SeedCatalog catalog;

  CatalogViews(SeedCatalog catalog) {
    this.catalog = catalog;
  }

  SeedCatalog catalog() {
    return catalog;
  }

  Map<String, Object> organization() {
    SeedOrganization o = catalog.organization();
    return Fields.of(
        "organization_id", o.id(),
        "organization_uuid", o.uuid(),
        "name", o.name(),
        "is_active", true,
        "logo", null,
        "country", o.country(),
        "region", o.region(),
        "city", o.city(),
        "neighborhood", null,
        "postcode", o.postcode(),
        "address", o.address(),
        "address2", null,
        "unit", null,
        "timezone", o.timezone(),
        "locale", "en",
        "currency", o.currency(),
        "currency_symbol", o.currencySymbol(),
        "exclusive_tax_rate", o.taxRate(),
        "tax_rate", o.taxRate(),
        "inclusive_tax_rate", 0.0,
        "subdomain", o.subdomain(),
        "domain", null,
        "days_to_overdue", 14,
        "contact_email", o.contactEmail());
  }

  Map<String, Object> location(SeedLocation l) {
    SeedOrganization o = catalog.organization();
    List<Map<String, Object>> serviceHours = new ArrayList<>();
    for (String day : WEEKDAYS) {
      serviceHours.add(
          Fields.of(
              "name",
              null,
              "day_of_week",
              day,
              "start_time",
              "08:00:00",
              "end_time",
              "18:00:00",
              "is_enabled",
              true,
              "resource_type_time_id",
              null));
    }
    return Fields.of(
        "location_id", l.id(),
        "organization_id", o.id(),
        "name", l.name(),
        "description", l.description(),
        "country", o.country(),
        "region", o.region(),
        "city", o.city(),
        "neighborhood", null,
        "postcode", l.postcode(),
        "address", l.address(),
        "directions", "Ask at the front desk.",
        "unit", null,
        "latitude", l.latitude(),
        "longitude", l.longitude(),
        "timezone", o.timezone(),
        "timezone_name", "GMT",
        "phone", l.phone(),
        "is_deleted", false,
        "is_visible", true,
        "is_hidden", false,
        "contact_email", l.contactEmail(),
        "website", l.website(),
        "local_service_hours", serviceHours,
        "exclusive_tax_rate", o.taxRate(),
        "inclusive_tax_rate", 0.0);
  }

  Map<String, Object> resource(SeedResource r) {
    SeedLocation location = catalog.location(r.locationId()).orElseThrow();
    return Fields.of(
        "resource_id", r.id(),
        "organization_id", catalog.organization().id(),
        "name", r.name(),
        "title", r.name(),
        "description", r.description(),
        "directions", null,
        "location", location(location),
        "instant_booking", true,
        "is_bookable", true,
        "bookable", true,
        "is_favorite", false,
        "type", resourceType(r),
        "type_group", null,
        "quantity", 1,
        "capacity", r.capacity(),
        "booking_price_hour", r.priceHour(),
        "price_hour", r.priceHour(),
        "booked_as", r.bookedAs(),
        "is_assignable", r.assignable(),
        "is_dropin_bookable", "DESK".equals(r.bookedAs()),
        "booking_policy",
            Fields.of(
                "is_bookable", true,
                "is_bookable_by_admins_only", false,
                "can_have_invitees", "ROOM".equals(r.bookedAs())),
        "created_timestamp", r.createdTimestamp(),
        "parent_resources", List.of(),
        "child_resources", List.of());
  }

  Map<String, Object> resourceType(SeedResource r) {
    return Fields.of(
        "resource_type_id", r.typeId(),
        "ws_type_id", null,
        "name", r.typeName(),
        "type", r.typeName(),
        "is_visible", true);
  }

  Map<String, Object> user(SeedUser u) {
    return Fields.of(
        "user_id", u.id(),
        "name", u.name(),
        "surname", u.surname(),
        "fullname", u.fullname(),
        "email", u.email(),
        "phone", u.phone(),
        "city", catalog.organization().city(),
        "country", catalog.organization().country(),
        "skype", null,
        "twitter", null,
        "linkedin", null,
        "website", null,
        "company", u.company(),
        "title", u.title(),
        "profession", u.title(),
        "bio", u.bio(),
        "skills", List.of(),
        "member_id", u.memberId(),
        "is_active", true,
        "is_inactive", false,
        "is_deleted", false,
        "is_lead", false,
        "is_pending", false,
        "is_allowed_to_book", true,
        "is_allowed_to_checkin", true,
        "is_admin", u.admin(),
        "user_since", u.userSince());
  }

  /** Returns the user's map, or null for a null or unknown id. */
  Map<String, Object> user(String userId) {
    return userId == null ? null : catalog.user(userId).map(this::user).orElse(null);
  }

  Map<String, Object> account(SeedUser u) {
    SeedLocation home = catalog.locations().get(0);
    return Fields.of(
        "account_id", u.accountId(),
        "name", u.fullname(),
        "email", u.email(),
        "phone", u.phone(),
        "company", u.company(),
        "title", u.title(),
        "profession", u.title(),
        "city", catalog.organization().city(),
        "country", catalog.organization().country(),
        "type", "Member",
        "user_id", u.id(),
        "member_id", String.valueOf(u.memberId()),
        "team_id", null,
        "primary_location", location(home),
        "status", "ACTIVE",
        "created_timestamp", u.userSince());
  }

  /** Returns the map of the account of a user, or null for a null or unknown id. */
  Map<String, Object> account(String userId) {
    return userId == null ? null : catalog.user(userId).map(this::account).orElse(null);
  }
}
