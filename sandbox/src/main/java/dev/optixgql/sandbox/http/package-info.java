/**
 * The sandbox's HTTP layer: {@link dev.optixgql.sandbox.http.SandboxHttp} mounts the GraphQL
 * endpoint ({@code GraphQlHttpHandler}: body parsing, the three ways of sending a token, batches,
 * the per-token rate limit) and the console ({@code ConsoleHandler}, {@code ConsolePages}, {@code
 * ConsoleAssets}, the read-only rule) behind {@code SameOriginGuard}. Only {@code SandboxHttp} is
 * public; it hands each request to the engine.
 */
package dev.optixgql.sandbox.http;
