package dev.optixgql.processor.document;

import graphql.language.FragmentDefinition;

/** A named fragment and the file it was written in; fragments are global across files. */
public final class FragmentSource extends DefinitionSource<FragmentDefinition> {
  FragmentSource(FileOutline.Definition outline, GraphQLFile file) {
    super(outline, file, FragmentDefinition.class);
  }
}
