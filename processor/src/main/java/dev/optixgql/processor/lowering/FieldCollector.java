package dev.optixgql.processor.lowering;

import dev.optixgql.processor.document.FragmentSource;
import dev.optixgql.processor.document.GraphQLFile;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLCompositeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the fields of selection sets by response name, through inline fragments and spreads
 * (spec §6.3.2 CollectFields), narrowing where a type condition covers only some types.
 */
final class FieldCollector {
  private FieldCollector() {}

  /**
   * Collects the fields that apply to every type in {@code scope} (for a variant, the scope is its
   * one concrete type), merging by response name. A fragment whose type condition covers only some
   * of the scope adds those types to {@code narrowed} instead.
   */
  /** An inline fragment or a fragment spread: its selections, their file and type condition. */
  private record Nested(SelectionSet selections, GraphQLFile file, String condition) {
    /** {@code null} for a spread of a fragment no file defines (validation reports it). */
    static Nested of(Selection<?> selection, GraphQLFile file, LoweringContext context) {
      if (selection instanceof InlineFragment inline) {
        return new Nested(
            inline.getSelectionSet(),
            file,
            inline.getTypeCondition() == null ? null : inline.getTypeCondition().getName());
      }
      FragmentSource fragment =
          context.index().fragments().get(((FragmentSpread) selection).getName());
      return fragment == null
          ? null
          : new Nested(
              fragment.definition().getSelectionSet(),
              fragment.file(),
              fragment.definition().getTypeCondition().getName());
    }
  }

  static void collect(
      SelectionSet set,
      GraphQLFile file,
      Set<String> scope,
      boolean conditional,
      Map<String, List<FieldOccurrence>> out,
      Set<String> narrowed,
      Set<String> spreads,
      LoweringContext context) {
    if (set == null) {
      return;
    }
    for (Selection<?> selection : set.getSelections()) {
      if (selection instanceof Field field) {
        String responseName = field.getAlias() != null ? field.getAlias() : field.getName();
        out.computeIfAbsent(responseName, k -> new ArrayList<>())
            .add(new FieldOccurrence(field, file, conditional || isConditional(field)));
        continue;
      }
      Nested nested = Nested.of(selection, file, context);
      if (nested == null) {
        continue;
      }
      boolean innerConditional = conditional || isConditional((DirectivesContainer<?>) selection);
      Set<String> covered =
          nested.condition() == null
              ? scope
              : context.possibleTypes(
                  (GraphQLCompositeType) context.schema().getType(nested.condition()));
      if (covered.containsAll(scope)) {
        if (selection instanceof FragmentSpread spread) {
          spreads.add(spread.getName());
        }
        collect(
            nested.selections(),
            nested.file(),
            scope,
            innerConditional,
            out,
            narrowed,
            spreads,
            context);
      } else {
        narrow(nested, scope, covered, innerConditional, narrowed, context);
      }
    }
  }

  /**
   * A fragment that covers only some of {@code scope}'s types narrows the selection to them; the
   * fragments nested in it may narrow further, so their types are collected too.
   */
  private static void narrow(
      Nested nested,
      Set<String> scope,
      Set<String> covered,
      boolean conditional,
      Set<String> narrowed,
      LoweringContext context) {
    Set<String> within = new TreeSet<>(scope);
    within.retainAll(covered);
    narrowed.addAll(within);
    if (!within.isEmpty()) {
      collect(
          nested.selections(),
          nested.file(),
          within,
          conditional,
          new LinkedHashMap<>(),
          narrowed,
          new TreeSet<>(),
          context);
    }
  }

  private static boolean isConditional(DirectivesContainer<?> node) {
    for (Directive directive : node.getDirectives()) {
      if (directive.getName().equals("include") || directive.getName().equals("skip")) {
        return true;
      }
    }
    return false;
  }
}
