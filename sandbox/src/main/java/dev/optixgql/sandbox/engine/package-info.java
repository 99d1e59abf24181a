/**
 * The sandbox's engine: graphql-java over a schema snapshot per {@link
 * dev.optixgql.sandbox.engine.TokenKind} ({@code SchemaLoader}, {@code SandboxWiringFactory}), the
 * data fetchers by area, type-driven defaults for fields without seeded data, and {@code
 * SandboxStore} (one lock; {@code BookingPlanner} for drafts and commits). Public: {@link
 * dev.optixgql.sandbox.engine.SandboxEngine}, the request it runs ({@link
 * dev.optixgql.sandbox.engine.GraphQlRequest}) and {@code TokenKind}, which the HTTP layer needs.
 */
package dev.optixgql.sandbox.engine;
