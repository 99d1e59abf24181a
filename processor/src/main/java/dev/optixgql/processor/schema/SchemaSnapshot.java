package dev.optixgql.processor.schema;

import graphql.schema.GraphQLSchema;
import java.nio.file.Path;

/** A loaded schema snapshot: the file it came from (as shown to users) and the schema. */
public record SchemaSnapshot(Path file, String displayPath, GraphQLSchema schema) {}
