/**
 * Durable token stores behind {@link dev.optixgql.runtime.OrganizationTokens}: a file (replaced
 * atomically, changed under a file lock, optionally encrypted with AES-GCM) and a JDBC table (one
 * transaction per change, whatever the pool's auto-commit; the newest token wins). See
 * docs/production.md, "Several instances".
 */
package dev.optixgql.runtime.store;
