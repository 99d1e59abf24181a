package dev.optixgql.processor.document;

import graphql.language.OperationDefinition;

/** A named operation and the file it was written in. */
public final class OperationSource extends DefinitionSource<OperationDefinition> {
  OperationSource(FileOutline.Definition outline, GraphQLFile file) {
    super(outline, file, OperationDefinition.class);
  }
}
