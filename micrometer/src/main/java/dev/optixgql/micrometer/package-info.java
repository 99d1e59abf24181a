/**
 * optixgql's calls in Micrometer: {@link dev.optixgql.micrometer.OptixObservations}, a {@code
 * CallListener} making an {@code Observation} per call and per attempt, and meters for retries,
 * rate-limit refusals, throttle waits and the lowest rate-limit budget left.
 */
package dev.optixgql.micrometer;
