/**
 * Stage 2: every {@code .graphql} file under the GraphQL root parsed (or outlined from the cache)
 * into operations and fragments by name.
 */
package dev.optixgql.processor.document;
