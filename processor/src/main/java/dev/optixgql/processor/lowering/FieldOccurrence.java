package dev.optixgql.processor.lowering;

import dev.optixgql.processor.document.GraphQLFile;
import graphql.language.Field;

/** One field occurrence, and whether a directive or enclosing fragment makes it conditional. */
record FieldOccurrence(Field field, GraphQLFile file, boolean conditional) {}
