package dev.optixgql.processor.document;

import dev.optixgql.processor.diagnostic.GraphQLLocation;
import graphql.language.FragmentDefinition;
import java.util.List;

/**
 * A named fragment and the file it was written in (fragments are global across files); its AST is
 * looked up in the file on first use.
 */
public final class FragmentSource {
  private final FileOutline.Definition outline;
  private final GraphQLFile file;
  private FragmentDefinition definition;

  FragmentSource(FileOutline.Definition outline, GraphQLFile file) {
    this.outline = outline;
    this.file = file;
  }

  public String name() {
    return outline.name();
  }

  public GraphQLFile file() {
    return file;
  }

  /** Where the fragment starts. */
  public GraphQLLocation location() {
    return new GraphQLLocation(file.displayPath(), outline.line(), outline.column());
  }

  /** The fragments it spreads itself, by name. */
  public List<String> spreads() {
    return outline.spreads();
  }

  public FragmentDefinition definition() {
    if (definition == null) {
      definition =
          file.document().getDefinitionsOfType(FragmentDefinition.class).stream()
              .filter(fragment -> outline.name().equals(fragment.getName()))
              .findFirst()
              .orElseThrow();
    }
    return definition;
  }
}
