/**
 * The processor's {@code -Aoptixgql.*} options, the GraphQL root and the project's paths as
 * diagnostics show them, and the cache's directory.
 */
package dev.optixgql.processor.options;
