/**
 * The kinds of generated file, one class each: what a package's IR calls for, the cache key of each
 * unit's inputs, and the writer that makes it. {@link dev.optixgql.processor.units.UnitKind#ALL}
 * lists them; {@code RoundPlan} queues every kind's units of every package on the {@code
 * writing.SourceWriter}.
 */
package dev.optixgql.processor.units;
