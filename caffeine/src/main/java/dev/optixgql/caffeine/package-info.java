/**
 * optixgql's response cache on Caffeine: {@link dev.optixgql.caffeine.CaffeineResponseCache}, an
 * {@code OptixClient.Builder.responseCache} that keeps the results of the queries it names for a
 * time to live, per token, bounded in entries and bytes.
 */
package dev.optixgql.caffeine;
