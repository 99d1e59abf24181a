/**
 * Stage 1: schema snapshots (introspection JSON or SDL) loaded once per file, built from what the
 * build's operations reach ({@link dev.optixgql.processor.schema.Reach}) beside stage 2, or whole,
 * each problem a located diagnostic.
 */
package dev.optixgql.processor.schema;
