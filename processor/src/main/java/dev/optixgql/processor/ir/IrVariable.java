package dev.optixgql.processor.ir;

/**
 * An operation variable: a component of the operation record.
 *
 * @param hasDefault whether the document gives it a default value, so it may be left unsent
 */
public record IrVariable(String name, IrType type, boolean hasDefault) {}
