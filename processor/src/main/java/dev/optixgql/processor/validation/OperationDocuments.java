package dev.optixgql.processor.validation;

import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.FragmentSource;
import dev.optixgql.processor.document.OperationSource;
import graphql.language.Definition;
import graphql.language.Document;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/**
 * Assembles the executable document of one operation: the operation followed by every fragment it
 * reaches, sorted by name, so validation, lowering and the sent text all see the same thing.
 */
public final class OperationDocuments {
  private OperationDocuments() {}

  /**
   * The fragments {@code operation} reaches, transitively, by name. Unknown names are skipped. Read
   * from the files' outlines: no AST is needed.
   */
  public static List<FragmentSource> fragmentsOf(OperationSource operation, DocumentIndex index) {
    return fragmentsReachedFrom(operation.spreads(), index);
  }

  /** The fragments reached from {@code spreads}, transitively, by name. */
  public static List<FragmentSource> fragmentsReachedFrom(
      List<String> spreads, DocumentIndex index) {
    TreeMap<String, FragmentSource> found = new TreeMap<>();
    Deque<String> pending = new ArrayDeque<>(spreads);
    while (!pending.isEmpty()) {
      String name = pending.pop();
      FragmentSource fragment = index.fragments().get(name);
      if (fragment != null && !found.containsKey(name)) {
        found.put(name, fragment);
        pending.addAll(fragment.spreads());
      }
    }
    return new ArrayList<>(found.values());
  }

  /** The document holding {@code operation} and its fragments. */
  public static Document documentOf(OperationSource operation, DocumentIndex index) {
    List<Definition> definitions = new ArrayList<>();
    definitions.add(operation.definition());
    for (FragmentSource fragment : fragmentsOf(operation, index)) {
      definitions.add(fragment.definition());
    }
    return Document.newDocument().definitions(definitions).build();
  }

  /** The document holding {@code fragment} and the fragments it reaches. */
  public static Document documentOf(FragmentSource fragment, DocumentIndex index) {
    List<Definition> definitions = new ArrayList<>();
    definitions.add(fragment.definition());
    for (FragmentSource reached : fragmentsReachedFrom(fragment.spreads(), index)) {
      if (!reached.name().equals(fragment.name())) {
        definitions.add(reached.definition());
      }
    }
    return Document.newDocument().definitions(definitions).build();
  }
}
