package dev.optixgql.processor.document;

import dev.optixgql.processor.cache.CacheCodec;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * What the index needs of a clean {@code .graphql} file, without its AST: each named operation and
 * fragment, in file order, with its position and the fragments it spreads. Kept in the cache by the
 * file's digest, so a compilation whose files did not change parses none of them.
 */
public record FileOutline(List<Definition> definitions) {
  private static final int FORMAT = 1;

  public FileOutline {
    definitions = List.copyOf(definitions);
  }

  /** One operation ({@code fragment} false) or fragment. */
  public record Definition(
      boolean fragment, String name, int line, int column, List<String> spreads) {
    public Definition {
      spreads = List.copyOf(spreads);
    }
  }

  /**
   * The outline of a parsed document's named operations and fragments (anonymous operations and
   * type-system definitions, which are reported, are left out).
   */
  static FileOutline of(Document document) {
    List<Definition> out = new ArrayList<>();
    for (graphql.language.Definition<?> definition : document.getDefinitions()) {
      if (definition instanceof OperationDefinition op
          && op.getName() != null
          && !op.getName().isEmpty()) {
        out.add(definition(false, op.getName(), op.getSourceLocation(), op));
      } else if (definition instanceof FragmentDefinition fragment) {
        out.add(definition(true, fragment.getName(), fragment.getSourceLocation(), fragment));
      }
    }
    return new FileOutline(out);
  }

  private static Definition definition(
      boolean fragment, String name, SourceLocation at, Node<?> root) {
    TreeSet<String> spreads = new TreeSet<>();
    Deque<Node<?>> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node<?> node = pending.pop();
      if (node instanceof FragmentSpread spread) {
        spreads.add(spread.getName());
      }
      node.getChildren().forEach(pending::push);
    }
    return new Definition(
        fragment,
        name,
        at == null ? 0 : at.getLine(),
        at == null ? 0 : at.getColumn(),
        new ArrayList<>(spreads));
  }

  byte[] encode() {
    CacheCodec.Writer out = new CacheCodec.Writer().integer(FORMAT).integer(definitions.size());
    for (Definition d : definitions) {
      out.bool(d.fragment()).string(d.name()).integer(d.line()).integer(d.column());
      out.strings(d.spreads());
    }
    return out.toByteArray();
  }

  /** The outline, or {@code null} when the bytes are not one. */
  static FileOutline decode(byte[] bytes) {
    try {
      CacheCodec.Reader in = new CacheCodec.Reader(bytes);
      if (in.integer() != FORMAT) {
        return null;
      }
      int count = in.count();
      List<Definition> definitions = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        definitions.add(
            new Definition(in.bool(), in.string(), in.integer(), in.integer(), in.strings()));
      }
      return in.atEnd() ? new FileOutline(definitions) : null;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }
}
