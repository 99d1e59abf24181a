/**
 * The build cache: keys over the inputs of each stage's work, entries holding document outlines,
 * lowered operations and generated texts, so a rebuild whose GraphQL did not change computes
 * nothing.
 */
package dev.optixgql.processor.cache;
