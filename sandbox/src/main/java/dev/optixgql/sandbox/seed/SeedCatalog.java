package dev.optixgql.sandbox.seed;

import java.util.List;
import java.util.Optional;

/** The immutable part of the seeded data: organization, locations, resources and users. */
public record SeedCatalog(
    SeedOrganization organization,
    List<SeedLocation> locations,
    List<SeedResource> resources,
    List<SeedUser> users) {

  public SeedCatalog {
    locations = List.copyOf(locations);
    resources = List.copyOf(resources);
    users = List.copyOf(users);
  }

  public Optional<SeedLocation> location(String id) {
    return locations.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  public Optional<SeedResource> resource(String id) {
    return resources.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public Optional<SeedUser> user(String id) {
    return users.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  public Optional<SeedUser> userByMemberId(String memberId) {
    return users.stream().filter(u -> String.valueOf(u.memberId()).equals(memberId)).findFirst();
  }

  public Optional<SeedUser> userByEmail(String email) {
    return users.stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
  }
}
