package dev.optixgql.sandbox.seed;

/**
 * One seeded bookable resource (a desk or a meeting room).
 *
 * @param bookedAs the {@code BookingAsType} value: {@code DESK} or {@code ROOM}
 */
public record SeedResource(
    String id,
    String name,
    String description,
    String locationId,
    String typeId,
    String typeName,
    String bookedAs,
    int capacity,
    double priceHour,
    boolean assignable,
    int createdTimestamp) {}
