/**
 * Adapters for custom scalars, named in {@code @GraphQLClient(scalars = ...)}: Optix's date-time
 * and time formats, and any scalar kept as its JSON text. See docs/generated-code.md, "Scalars".
 */
package dev.optixgql.runtime.scalars;
