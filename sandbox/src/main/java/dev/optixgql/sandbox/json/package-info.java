/**
 * JSON text in and out, on Jackson's streaming API, for request bodies, fixtures and introspection
 * snapshots: {@link dev.optixgql.sandbox.json.JsonReader} reads into maps, lists and scalars,
 * {@link dev.optixgql.sandbox.json.JsonWriter} writes them back.
 */
package dev.optixgql.sandbox.json;
