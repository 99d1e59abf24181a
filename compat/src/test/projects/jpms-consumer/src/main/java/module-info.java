/** A consumer that is a named module: it reads optixgql's runtime and nothing else of it. */
module com.acme.optix {
  requires dev.optixgql.runtime;

  // OptixClient.create instantiates the generated implementation of Organization.
  exports com.acme.optix.api to
      dev.optixgql.runtime;
}
