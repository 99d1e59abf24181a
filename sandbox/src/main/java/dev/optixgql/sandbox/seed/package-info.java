/**
 * The sandbox's data: {@link dev.optixgql.sandbox.seed.SeedData}'s deterministic organization,
 * users, locations, resources and bookings (as records the engine reads and its store copies), and
 * {@link dev.optixgql.sandbox.seed.Fixtures}, users' own records by field coordinate. Depends on
 * nothing above it.
 */
package dev.optixgql.sandbox.seed;
