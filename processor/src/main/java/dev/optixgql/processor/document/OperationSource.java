package dev.optixgql.processor.document;

import dev.optixgql.processor.diagnostic.GraphQLLocation;
import graphql.language.OperationDefinition;
import java.util.List;

/**
 * A named operation and the file it was written in; its AST is looked up in the file on first use.
 */
public final class OperationSource {
  private final FileOutline.Definition outline;
  private final GraphQLFile file;
  private OperationDefinition definition;

  OperationSource(FileOutline.Definition outline, GraphQLFile file) {
    this.outline = outline;
    this.file = file;
  }

  public String name() {
    return outline.name();
  }

  public GraphQLFile file() {
    return file;
  }

  /** Where the operation starts. */
  public GraphQLLocation location() {
    return new GraphQLLocation(file.displayPath(), outline.line(), outline.column());
  }

  /** The fragments it spreads itself, anywhere in its selections, by name. */
  public List<String> spreads() {
    return outline.spreads();
  }

  public OperationDefinition definition() {
    if (definition == null) {
      definition =
          file.document().getDefinitionsOfType(OperationDefinition.class).stream()
              .filter(op -> outline.name().equals(op.getName()))
              .findFirst()
              .orElseThrow();
    }
    return definition;
  }
}
