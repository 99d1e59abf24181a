package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.seed.SeedLocation;
import dev.optixgql.sandbox.seed.SeedOrganization;
import dev.optixgql.sandbox.seed.SeedResource;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Data fetchers for the spaces: locations and their bookable resources. */
final class SpaceFetchers {
  private final CatalogViews views;
  private final Map<String, Comparator<SeedResource>> resourceOrder;

  SpaceFetchers(CatalogViews views) {
    this.views = views;
    Comparator<SeedResource> byName = Comparator.comparing(SeedResource::name);
    this.resourceOrder =
        Map.of(
            "NAME", byName,
            "TITLE", byName,
            "CAPACITY", Comparator.comparingInt(SeedResource::capacity),
            "CREATED_TIMESTAMP", Comparator.comparingInt(SeedResource::createdTimestamp),
            "TYPE", Comparator.comparing(SeedResource::typeName),
            "LOCATION", Comparator.comparing(r -> locationName(r.locationId())),
            "IS_DROPIN_BOOKABLE", Comparator.comparing(r -> "DESK".equals(r.bookedAs())));
  }

  void register(Map<String, DataFetcher<?>> fetchers) {
    fetchers.put("Query.locations", this::locations);
    fetchers.put("Organization.locations", this::locations);
    fetchers.put("Query.resources", env -> resources(env, r -> true));
    fetchers.put(
        "Location.resources",
        env -> resources(env, r -> r.locationId().equals(sourceField(env, "location_id"))));
    fetchers.put("ResourceType.resource_count", this::resourceCount);
  }

  private Map<String, Object> locations(DataFetchingEnvironment env) {
    Map<String, Object> args = env.getArguments();
    SeedOrganization organization = views.catalog().organization();
    String organizationId = Args.string(args, "organization_id");
    String organizationUuid = Args.string(args, "organization_uuid");
    List<String> ids = Args.ids(args, "location_id");
    String name = Args.string(args, "name");
    boolean visible = !Boolean.FALSE.equals(Args.bool(args, "include_visible"));
    List<SeedLocation> matching =
        views.catalog().locations().stream()
            .filter(l -> organizationId == null || organizationId.equals(organization.id()))
            .filter(l -> organizationUuid == null || organizationUuid.equals(organization.uuid()))
            .filter(l -> ids == null || ids.contains(l.id()))
            .filter(l -> Args.containsIgnoreCase(l.name(), name))
            .filter(l -> visible)
            .toList();
    Comparator<SeedLocation> byId = (a, b) -> Pagination.compareIds(a.id(), b.id());
    Map<String, Comparator<SeedLocation>> keys =
        Map.of("NAME", Comparator.comparing(SeedLocation::name));
    return Pagination.page(
        Pagination.sort(matching, args.get("order"), keys, byId), args, views::location);
  }

  private Map<String, Object> resources(
      DataFetchingEnvironment env, Predicate<SeedResource> scope) {
    Map<String, Object> args = env.getArguments();
    List<String> ids = Args.ids(args, "resource_id");
    List<String> locationIds = Args.ids(args, "location_id");
    List<String> typeIds = Args.ids(args, "resource_type_id");
    List<String> typeGroupIds = Args.ids(args, "resource_type_group_id");
    String name = Args.string(args, "name");
    String title = Args.string(args, "title");
    Boolean assignable = Args.bool(args, "is_assignable");
    Integer capacityFrom = Args.integer(args, "capacity_from");
    // Every seeded resource is bookable by anyone and belongs to no resource type group.
    boolean none =
        Boolean.FALSE.equals(Args.bool(args, "is_bookable"))
            || Boolean.TRUE.equals(Args.bool(args, "is_bookable_by_admins_only"))
            || (typeGroupIds != null && !typeGroupIds.isEmpty());
    List<SeedResource> all = views.catalog().resources().stream().filter(scope).toList();
    List<SeedResource> matching =
        all.stream()
            .filter(r -> !none)
            .filter(r -> ids == null || ids.contains(r.id()))
            .filter(r -> locationIds == null || locationIds.contains(r.locationId()))
            .filter(r -> typeIds == null || typeIds.contains(r.typeId()))
            .filter(r -> Args.containsIgnoreCase(r.name(), name))
            .filter(r -> Args.containsIgnoreCase(r.name(), title))
            .filter(r -> assignable == null || assignable == r.assignable())
            .filter(r -> capacityFrom == null || r.capacity() >= capacityFrom)
            .toList();
    Comparator<SeedResource> byId = (a, b) -> Pagination.compareIds(a.id(), b.id());
    Map<String, Object> page =
        Pagination.page(
            Pagination.sort(matching, args.get("order"), resourceOrder, byId),
            args,
            views::resource);
    page.put("found_in_all_locations", !matching.isEmpty());
    page.put("total_in_all_locations", matching.size());
    page.put("found_without_filters", !all.isEmpty());
    page.put("total_without_filters", all.size());
    return page;
  }

  private int resourceCount(DataFetchingEnvironment env) {
    Object typeId = sourceField(env, "resource_type_id");
    List<String> locationIds = Args.ids(env.getArguments(), "location_id");
    return (int)
        views.catalog().resources().stream()
            .filter(r -> r.typeId().equals(typeId))
            .filter(r -> locationIds == null || locationIds.contains(r.locationId()))
            .count();
  }

  private String locationName(String locationId) {
    return views.catalog().location(locationId).map(SeedLocation::name).orElse("");
  }

  /** Reads a field of the parent object's map; null when the parent has no such entry. */
  static Object sourceField(DataFetchingEnvironment env, String name) {
    return env.getSource() instanceof Map<?, ?> map ? map.get(name) : null;
  }
}
