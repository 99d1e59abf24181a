/**
 * An in-process, Optix-compatible GraphQL server on loopback, for the examples and users' tests.
 *
 * <p>{@link dev.optixgql.sandbox.OptixSandbox} is the only public type. Inside, a request flows
 * through the HTTP handler (body parsing, token check, throttling), the engine (one executable
 * schema per token kind, loaded from the SDL snapshots beside these classes), and the fetchers,
 * which read the seeded, deterministic store and fall back to type-driven defaults.
 */
package dev.optixgql.sandbox;
