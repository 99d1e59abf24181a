/**
 * What several instances of an app share: {@link dev.optixgql.distributed.PostgresRateLimiter}, one
 * rate-limit budget per token kept in PostgreSQL, so instances together stay within Optix's 60
 * requests a minute per token.
 */
package dev.optixgql.distributed;
