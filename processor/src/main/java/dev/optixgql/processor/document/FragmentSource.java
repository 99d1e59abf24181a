package dev.optixgql.processor.document;

import graphql.language.FragmentDefinition;

/** A named fragment and the file it was written in; fragments are global across files. */
public record FragmentSource(String name, FragmentDefinition definition, GraphQLFile file) {}
