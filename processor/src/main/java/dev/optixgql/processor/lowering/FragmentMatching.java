package dev.optixgql.processor.lowering;

import dev.optixgql.processor.ir.IrField;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrType;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a response model can implement a named fragment's interface: every field the
 * fragment declares is present with the same response name and the same Java shape (a nested record
 * must itself implement the fragment's nested type).
 */
final class FragmentMatching {
  private FragmentMatching() {}

  /** The models the candidates' field {@code responseName} holds: what a child should implement. */
  static List<IrModel> nestedModels(List<IrModel> candidates, String responseName) {
    List<IrModel> out = new ArrayList<>();
    for (IrModel candidate : candidates) {
      for (IrField field : candidate.declaredFields()) {
        if (field.responseName().equals(responseName)) {
          IrModel nested = field.type().model();
          // Once each: several candidates may hold one model (a fragment's own type, or a nested
          // type another fragment shares), and the list keys the child's lowering.
          if (nested != null && out.stream().noneMatch(m -> m == nested)) {
            out.add(nested);
          }
        }
      }
    }
    return out;
  }

  /** Whether {@code model} is {@code wanted} or implements it, directly or through others. */
  static boolean isSubtype(IrModel model, IrModel wanted) {
    // Depth first, each model once: fragments spreading fragments form a DAG.
    java.util.Deque<IrModel> pending = new java.util.ArrayDeque<>();
    java.util.Set<IrModel> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    pending.push(model);
    while (!pending.isEmpty()) {
      IrModel next = pending.pop();
      if (next == wanted) {
        return true;
      }
      if (seen.add(next)) {
        next.fragments().forEach(pending::push);
      }
    }
    return false;
  }

  /** Whether {@code fields} cover every one of {@code required} in a compatible form. */
  static boolean implementsAll(List<IrField> fields, List<IrField> required) {
    for (IrField wanted : required) {
      IrField have = null;
      for (IrField field : fields) {
        if (field.responseName().equals(wanted.responseName())) {
          have = field;
        }
      }
      if (have == null || !compatible(have.type(), wanted.type())) {
        return false;
      }
    }
    return true;
  }

  private static boolean compatible(IrType have, IrType wanted) {
    if (wanted instanceof IrType.NonNull w) {
      return have instanceof IrType.NonNull h && compatible(h.of(), w.of());
    }
    if (have instanceof IrType.NonNull) {
      return false;
    }
    if (wanted instanceof IrType.ListOf w) {
      return have instanceof IrType.ListOf h && compatible(h.of(), w.of());
    }
    if (wanted instanceof IrType.Model w) {
      if (!(have instanceof IrType.Model h)) {
        return false;
      }
      return isSubtype(h.model(), w.model());
    }
    return have.equals(wanted);
  }
}
