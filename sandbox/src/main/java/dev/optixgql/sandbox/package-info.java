/**
 * An in-process, Optix-compatible GraphQL server on loopback, for the examples and users' tests.
 *
 * <p>{@link dev.optixgql.sandbox.OptixSandbox} (and its {@code Builder}) is the only public API;
 * {@code SandboxOptions} reads {@code main}'s command line. Inside, by layer: {@code .http} (the
 * endpoint and the console behind the same-origin guard: body parsing, token check, throttling),
 * {@code .engine} (one executable schema per token kind, its data fetchers, the store and the
 * booking planner), {@code .seed} (the deterministic seed data and users' fixtures) and {@code
 * .json} (JSON text in and out). Each layer's types are public only where the layer above uses
 * them; the schema snapshots stay beside this package's classes.
 */
package dev.optixgql.sandbox;
