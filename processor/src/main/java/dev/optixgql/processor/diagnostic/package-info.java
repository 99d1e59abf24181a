/**
 * Diagnostics: collected (never thrown at the user), located at {@code file:line:col} and at the
 * Java element, catalogued by {@link dev.optixgql.processor.diagnostic.DiagnosticKind}, printed
 * once each. The bottom layer: it imports no other package of the processor.
 */
package dev.optixgql.processor.diagnostic;
