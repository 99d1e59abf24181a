package dev.optixgql.sandbox.seed;

/** The sandbox's one organization, as seeded. */
public record SeedOrganization(
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
