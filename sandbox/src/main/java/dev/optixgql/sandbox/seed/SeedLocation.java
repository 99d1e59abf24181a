package dev.optixgql.sandbox.seed;

/** One seeded location (a coworking space) of the organization. */
public record SeedLocation(
    String id,
    String name,
    String description,
    String address,
    String postcode,
    double latitude,
    double longitude,
    String phone,
    String contactEmail,
    String website) {}
