package dev.optixgql.processor.document;

import graphql.language.OperationDefinition;

/** A named operation and the file it was written in. */
public record OperationSource(String name, OperationDefinition definition, GraphQLFile file) {}
