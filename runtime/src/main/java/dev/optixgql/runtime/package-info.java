/**
 * What application code uses: the annotations ({@code @GraphQLClient}, {@code @GraphQLOperation},
 * {@code @GraphQLScalar}), {@link dev.optixgql.runtime.OptixClient} (a facade over the request path
 * in {@code internal}: endpoint, tokens, rate limit, retries, batches), tokens per organization
 * ({@link dev.optixgql.runtime.OrganizationTokens}, {@link dev.optixgql.runtime.TokenProvider}),
 * Optix's webhooks ({@link dev.optixgql.runtime.OptixWebhooks}), and the exceptions a call can end
 * with, each a {@link dev.optixgql.runtime.OptixGqlException}. See docs/getting-started.md and
 * docs/production.md.
 */
package dev.optixgql.runtime;
