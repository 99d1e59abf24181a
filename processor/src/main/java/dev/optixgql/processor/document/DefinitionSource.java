package dev.optixgql.processor.document;

import dev.optixgql.processor.diagnostic.GraphQLLocation;
import graphql.language.Definition;
import graphql.language.NamedNode;
import java.util.List;

/**
 * A named operation or fragment and the file it was written in, known from the file's outline; its
 * AST is looked up in the file (parsed then, if it was not) on first use.
 *
 * @param <D> the AST node: {@code OperationDefinition} or {@code FragmentDefinition}
 */
public abstract class DefinitionSource<D extends Definition<D> & NamedNode<D>> {
  private final FileOutline.Definition outline;
  private final GraphQLFile file;
  private final Class<D> type;
  private D definition;

  DefinitionSource(FileOutline.Definition outline, GraphQLFile file, Class<D> type) {
    this.outline = outline;
    this.file = file;
    this.type = type;
  }

  public final String name() {
    return outline.name();
  }

  public final GraphQLFile file() {
    return file;
  }

  /** Where the definition starts. */
  public final GraphQLLocation location() {
    return new GraphQLLocation(file.displayPath(), outline.line(), outline.column());
  }

  /** The fragments it spreads itself, anywhere in its selections, by name. */
  public final List<String> spreads() {
    return outline.spreads();
  }

  /** The AST: the file's first definition of this kind with this name. */
  public final D definition() {
    if (definition == null) {
      definition =
          file.document().getDefinitionsOfType(type).stream()
              .filter(node -> outline.name().equals(node.getName()))
              .findFirst()
              .orElseThrow();
    }
    return definition;
  }
}
