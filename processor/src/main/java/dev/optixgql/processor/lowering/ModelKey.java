package dev.optixgql.processor.lowering;

import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.FragmentSource;
import dev.optixgql.processor.ir.IrModel;
import graphql.schema.GraphQLCompositeType;
import java.util.List;

/**
 * Everything {@link #model} depends on, with the selection sets, their files and the inherited
 * fragment models compared by identity (issue 25). Paths of a response tree that reach the same
 * selections with the same inherited models get one {@link IrModel}: the IR is a DAG, and a
 * fragment reached through many paths is lowered once per distinct context, not once per path.
 * Conditionality needs no place here: {@code @include}/{@code @skip} make a field nullable, and a
 * field's conditions all lie in the occurrences that contain it.
 */
final class ModelKey {
  final String scope;
  private final String name;
  private final String alternative;
  private final String parent;
  private final Object[] parts;
  private final int hash;

  ModelKey(
      String scope,
      String name,
      String alternative,
      GraphQLCompositeType parent,
      List<Occurrence> occurrences,
      List<IrModel> inherited,
      DocumentIndex index) {
    this.parent = parent.getName();
    parts = new Object[occurrences.size() * 2 + inherited.size() + 1];
    int i = 0;
    boolean allSpreads = true;
    for (Occurrence occurrence : occurrences) {
      // `{ ...Other }`, or `{ id ...Other }` when Other selects `id` itself, lowers the same
      // wherever it is written: keyed by the fragment, the same field of every fragment
      // spreading `Other` this way shares one model.
      FragmentSource spread = SpreadRules.amountsTo(occurrence, parent, index);
      allSpreads &= spread != null;
      parts[i++] = spread != null ? spread : occurrence.selections();
      parts[i++] = spread != null ? null : occurrence.file();
    }
    // Fields of any name that amount to the same fragments share one record too: named after
    // the first path that reaches it (`next0 { ...Other }` and `next1 { ...Other }` under
    // different parents), it is declared once, not once per field name.
    boolean anyName = allSpreads && !occurrences.isEmpty();
    this.scope = scope;
    this.name = anyName ? "" : name;
    this.alternative = anyName ? "" : alternative;
    parts[i++] = null; // between the occurrences and the inherited models
    for (IrModel model : inherited) {
      parts[i++] = model;
    }
    int h =
        ((scope.hashCode() * 31 + this.name.hashCode()) * 31 + this.alternative.hashCode()) * 31;
    h += this.parent.hashCode();
    for (Object part : parts) {
      h = h * 31 + System.identityHashCode(part);
    }
    hash = h;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ModelKey that)
        || hash != that.hash
        || parts.length != that.parts.length
        || !scope.equals(that.scope)
        || !name.equals(that.name)
        || !alternative.equals(that.alternative)
        || !parent.equals(that.parent)) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] != that.parts[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
