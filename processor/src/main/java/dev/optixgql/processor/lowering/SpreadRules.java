package dev.optixgql.processor.lowering;

import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.FragmentSource;
import dev.optixgql.processor.ir.IrModel;
import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLCompositeType;
import java.util.List;

/**
 * What a selection amounts to (issue 25): the rules by which fields that select the same fragment
 * share one model.
 */
final class SpreadRules {
  private SpreadRules() {}

  /** Whether {@code model} is, or extends, each of {@code expected} (through any fragments). */
  static boolean extendsAll(IrModel model, List<IrModel> expected) {
    for (IrModel wanted : expected) {
      if (!FragmentMatching.isSubtype(model, wanted)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The fragment an occurrence amounts to: {@code { ...Other }}, one unconditional spread, lowers
   * to {@code Other}'s fields wherever it is written; so does {@code { id name ...Other }} when
   * {@code Other} is on the same type and selects each of those leaf fields itself, unconditionally
   * and in the same order (so the merged record's fields are {@code Other}'s, in {@code Other}'s
   * order). Validation has checked that equal response names select the same field with the same
   * arguments (spec §5.3.2).
   */
  static FragmentSource amountsTo(
      Occurrence occurrence, GraphQLCompositeType parent, DocumentIndex index) {
    SelectionSet set = occurrence.selections();
    if (set == null) {
      return null;
    }
    FragmentSpread spread = null;
    int at = -1;
    List<Selection> selections = set.getSelections();
    for (int i = 0; i < selections.size(); i++) {
      if (selections.get(i) instanceof FragmentSpread candidate) {
        if (spread != null) {
          return null;
        }
        spread = candidate;
        at = i;
      }
    }
    if (spread == null || !spread.getDirectives().isEmpty()) {
      return null;
    }
    FragmentSource source = index.fragments().get(spread.getName());
    if (source == null || selections.size() == 1) {
      return source;
    }
    if (!source.definition().getTypeCondition().getName().equals(parent.getName())) {
      return null;
    }
    List<Selection> own = source.definition().getSelectionSet().getSelections();
    for (int i = 0; i < selections.size(); i++) {
      if (i == at) {
        continue;
      }
      if (!(selections.get(i) instanceof Field field) || !plainLeaf(field)) {
        return null;
      }
      String name = responseName(field);
      boolean found = false;
      // Before the spread: Other's selection starts with these fields; after it: Other has them.
      for (int j = i < at ? i : 0; j < (i < at ? Math.min(i + 1, own.size()) : own.size()); j++) {
        found |=
            own.get(j) instanceof Field mine && plainLeaf(mine) && responseName(mine).equals(name);
      }
      if (!found) {
        return null;
      }
    }
    return source;
  }

  private static boolean plainLeaf(Field field) {
    return field.getSelectionSet() == null && field.getDirectives().isEmpty();
  }

  private static String responseName(Field field) {
    return field.getAlias() != null ? field.getAlias() : field.getName();
  }
}
