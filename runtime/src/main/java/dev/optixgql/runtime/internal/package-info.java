/**
 * The request path behind {@code OptixClient}: not exported by the module. {@link
 * dev.optixgql.runtime.internal.ClientEngine} holds a client's configuration and runs its calls
 * ({@code CallExecutor} and {@code CallState}, {@code Throttle}, {@code RequestGate}, {@code
 * Exchange}, {@code TokenRefresher}, {@code Redactor}); {@link
 * dev.optixgql.runtime.internal.ResponseReader} decodes. Public only where another package needs a
 * type: {@code ClientEngine} (the facade, {@code Batch} and {@code generated.ClientCalls} call it),
 * {@code EngineSettings} (the builder hands its settings over) and {@code ResponseReader} (the
 * benchmarks and the examples' catalog tests decode through it). Nothing here refers to {@code
 * OptixClient}.
 */
package dev.optixgql.runtime.internal;
