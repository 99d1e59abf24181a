/**
 * optixgql's runtime: executes the clients the annotation processor generates, over the JDK's HTTP
 * client, decoding responses with Jackson's streaming parser.
 *
 * <p>Exported for your code: {@code dev.optixgql.runtime} (annotations, {@code OptixClient},
 * tokens, errors), {@code dev.optixgql.runtime.scalars} (adapters for custom scalars) and {@code
 * dev.optixgql.runtime.store} (durable token stores). Exported for generated code only: {@code
 * dev.optixgql.runtime.json} and {@code dev.optixgql.runtime.generated}. Not exported: {@code
 * dev.optixgql.runtime.internal} (the request path: {@code ClientEngine}, behind {@code
 * OptixClient}).
 *
 * <p>A module that declares {@code @GraphQLClient} interfaces {@code requires dev.optixgql.runtime}
 * and exports their package to it ({@code exports com.acme.optix to dev.optixgql.runtime;}), so
 * {@code OptixClient.create} can instantiate the generated implementation.
 */
module dev.optixgql.runtime {
  requires transitive com.fasterxml.jackson.core;
  requires transitive java.net.http;
  requires transitive java.sql;
  // Generated records carry JSpecify's @Nullable; not needed at run time.
  requires static transitive org.jspecify;

  exports dev.optixgql.runtime;
  exports dev.optixgql.runtime.scalars;
  exports dev.optixgql.runtime.store;
  exports dev.optixgql.runtime.json;
  exports dev.optixgql.runtime.generated;
}
