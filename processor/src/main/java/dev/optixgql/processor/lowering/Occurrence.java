package dev.optixgql.processor.lowering;

import dev.optixgql.processor.document.GraphQLFile;
import graphql.language.SelectionSet;

/** A selection set to merge, with the file it was written in (for locations). */
record Occurrence(SelectionSet selections, GraphQLFile file) {}
