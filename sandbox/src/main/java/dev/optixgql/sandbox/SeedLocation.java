package dev.optixgql.sandbox;

/** One seeded location (a coworking space) of the organization. */
record SeedLocation(
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
