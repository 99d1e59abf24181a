package dev.optixgql.processor.validation;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.ObjectField;
import graphql.language.SourceLocation;
import graphql.language.VariableDefinition;
import graphql.validation.ValidationErrorClassification;
import graphql.validation.ValidationErrorType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a validation error from the node graphql-java reports it on to the part of it that is
 * wrong: a wrong value to the value (not its argument's name), an unknown type of a fragment to its
 * type condition, a fragment cycle to the spread inside the fragment that closes it.
 */
final class LocationRefiner {
  /** Nodes by line and column; a document may join files, so each keeps its source name. */
  private final Map<String, List<Node<?>>> nodes = new HashMap<>();

  LocationRefiner(Document document) {
    Deque<Node<?>> pending = new ArrayDeque<>();
    pending.push(document);
    while (!pending.isEmpty()) {
      Node<?> node = pending.pop();
      SourceLocation at = node.getSourceLocation();
      if (at != null) {
        // Outer nodes come first: an argument before its name.
        nodes.computeIfAbsent(key(at), k -> new ArrayList<>()).add(node);
      }
      for (Node<?> child : node.getChildren()) {
        pending.push(child);
      }
    }
  }

  /** The outermost node at {@code at}, or {@code null}. */
  Node<?> nodeAt(SourceLocation at) {
    if (at == null) {
      return null;
    }
    for (Node<?> candidate : nodes.getOrDefault(key(at), List.of())) {
      String source = candidate.getSourceLocation().getSourceName();
      if (at.getSourceName() == null || source == null || source.equals(at.getSourceName())) {
        return candidate;
      }
    }
    return null;
  }

  SourceLocation refine(ValidationErrorClassification type, SourceLocation at) {
    if (at == null) {
      return null;
    }
    Node<?> node = nodeAt(at);
    if (type == ValidationErrorType.WrongType
        || type == ValidationErrorType.NullValueForNonNullArgument
        || type == ValidationErrorType.BadValueForDefaultArg) {
      if (node instanceof Argument argument) {
        return orElse(argument.getValue().getSourceLocation(), at);
      }
      if (node instanceof ObjectField field) {
        return orElse(field.getValue().getSourceLocation(), at);
      }
      if (node instanceof VariableDefinition variable && variable.getDefaultValue() != null) {
        return orElse(variable.getDefaultValue().getSourceLocation(), at);
      }
    }
    if (type == ValidationErrorType.UnknownType) {
      if (node instanceof FragmentDefinition fragment && fragment.getTypeCondition() != null) {
        return orElse(fragment.getTypeCondition().getSourceLocation(), at);
      }
      if (node instanceof InlineFragment inline && inline.getTypeCondition() != null) {
        return orElse(inline.getTypeCondition().getSourceLocation(), at);
      }
    }
    if (type == ValidationErrorType.FragmentCycle && node instanceof FragmentDefinition fragment) {
      FragmentSpread spread = firstSpread(fragment);
      if (spread != null) {
        return orElse(spread.getSourceLocation(), at);
      }
    }
    return at;
  }

  /** The first spread in a fragment's own selections (where a cycle through it continues). */
  private static FragmentSpread firstSpread(FragmentDefinition fragment) {
    Deque<Node<?>> pending = new ArrayDeque<>();
    pending.push(fragment.getSelectionSet());
    while (!pending.isEmpty()) {
      Node<?> node = pending.pollFirst();
      if (node instanceof FragmentSpread spread) {
        return spread;
      }
      // Breadth-first in source order.
      for (Node<?> child : node.getChildren()) {
        pending.addLast(child);
      }
    }
    return null;
  }

  private static SourceLocation orElse(SourceLocation preferred, SourceLocation fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static String key(SourceLocation at) {
    return at.getLine() + ":" + at.getColumn();
  }
}
