package dev.optixgql.sandbox;

/** The sandbox's one organization, as seeded. */
record SeedOrganization(
    String id,
    String uuid,
    String name,
    String subdomain,
    String address,
    String city,
    String region,
    String postcode,
    String country,
    String timezone,
    String currency,
    String currencySymbol,
    double taxRate,
    String contactEmail) {}
