package dev.optixgql.processor.naming;

import com.palantir.javapoet.ClassName;
import dev.optixgql.processor.ir.IrField;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrType;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Allocates the nested type names of one operation: the capitalized response name (made singular
 * for the elements of a list: {@code steps} holds {@code Step}s), else that name as written, else
 * the schema type's name when those clash with an enclosing or sibling class (Java forbids a nested
 * class named like its encloser), else a numbered name. A polymorphic model's variants nest in its
 * sealed interface. Deterministic: depth first, in field order; a model shared by a sealed
 * interface and its variants is named once, under the interface.
 */
public final class ModelNames {
  private ModelNames() {}

  /** Names {@code data} as {@code operation.Data} and every type below it. */
  public static Map<IrModel, ClassName> allocate(ClassName operation, IrModel data) {
    return allocate(operation, data, List.of(), new IdentityHashMap<>());
  }

  /**
   * As {@link #allocate(ClassName, IrModel)}, into {@code out}, which may already hold the fragment
   * interfaces the models implement (then no model is named like a member type it inherits).
   */
  private static Map<IrModel, ClassName> allocate(
      ClassName operation,
      IrModel data,
      List<dev.optixgql.processor.ir.IrVariable> variables,
      Map<IrModel, ClassName> out) {
    Set<String> enclosing = referencedTypes(data, variables);
    enclosing.add(operation.simpleName());
    Shadowing shadowing = Shadowing.of(data, out);
    ClassName dataName =
        operation.nestedClass(pick(data, false, enclosing, new HashSet<>(), out, Shadowing.NONE));
    out.put(data, dataName);
    enclosing.add(dataName.simpleName());
    members(data, dataName, enclosing, out, shadowing, true);
    return out;
  }

  /**
   * What an operation's shared records keep clear of (issue 25). A record reached through several
   * paths is declared under the first and named from the others by a qualified name that starts at
   * one of its enclosing classes; inside a record implementing a fragment, a member type the
   * fragment declares hides an enclosing class of the same name (JLS §6.4.1), so {@code
   * Next.Author} would mean {@code FragA.Next.Author}. The shared records and the records enclosing
   * them (all their ancestors in the DAG: a superset of where the first path puts them) take no
   * name a fragment's member type has in this operation. Without sharing, or without fragment
   * member types, nothing changes.
   *
   * @param guarded by identity
   */
  private record Shadowing(Set<IrModel> guarded, Set<String> hidden) {
    static final Shadowing NONE = new Shadowing(Set.of(), Set.of());

    static Shadowing of(IrModel data, Map<IrModel, ClassName> fragments) {
      Map<IrModel, List<IrModel>> parents = new IdentityHashMap<>();
      Set<IrModel> shared = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      java.util.Deque<IrModel> pending = new java.util.ArrayDeque<>(List.of(data));
      Set<String> hidden = new HashSet<>();
      parents.put(data, new java.util.ArrayList<>());
      while (!pending.isEmpty()) {
        IrModel next = pending.pop();
        hidden.addAll(inheritedMemberNames(next, fragments));
        List<IrModel> children = new java.util.ArrayList<>(next.variants());
        for (IrField field : next.fields()) {
          IrModel child = modelOf(field.type());
          if (child != null) {
            children.add(child);
            if (parents.containsKey(child)) {
              shared.add(child);
            }
          }
        }
        for (IrModel child : children) {
          List<IrModel> of = parents.get(child);
          if (of == null) {
            parents.put(child, of = new java.util.ArrayList<>());
            pending.push(child);
          }
          of.add(next);
        }
      }
      if (shared.isEmpty() || hidden.isEmpty()) {
        return NONE;
      }
      Set<IrModel> guarded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      pending.addAll(shared);
      while (!pending.isEmpty()) {
        IrModel next = pending.pop();
        if (next != data && guarded.add(next)) {
          pending.addAll(parents.get(next));
        }
      }
      return new Shadowing(guarded, hidden);
    }
  }

  /** Names a fragment's model {@code root} itself and every type below it. */
  public static void allocateFragment(ClassName root, IrModel model, Map<IrModel, ClassName> out) {
    out.put(model, root);
    // From the fragment alone: its file and every operation using it must agree on these names.
    Set<String> enclosing = referencedTypes(model, List.of());
    enclosing.add(root.simpleName());
    // A fragment's interface declares the nested interfaces of its fields only: the variants of a
    // polymorphic selection are records of the operations, named there, so a fragment reserves no
    // name for them (records implementing it would otherwise avoid names nothing declares).
    members(model, root, enclosing, out, Shadowing.NONE, false);
  }

  /**
   * The names of an operation's records and of the fragment types they implement (in the
   * operation's types package).
   */
  public static Map<IrModel, ClassName> allocateAll(
      ClassName operation, dev.optixgql.processor.ir.IrOperation ir) {
    // Fragments first: the operation's names must keep clear of the member types they inherit.
    Map<IrModel, ClassName> out = new IdentityHashMap<>();
    allocateFragments(ir.typesPackage(), ir.fragments(), out);
    return allocate(operation, ir.data(), ir.variables(), out);
  }

  /**
   * The simple names of the top-level types that the code of {@code model} and the variables names:
   * enums and input objects. A nested record of that name would hide the type from its scope (a
   * list field {@code amenityCategories} beside an enum {@code AmenityCategory}), so records keep
   * clear of them.
   */
  static Set<String> referencedTypes(
      IrModel model, List<dev.optixgql.processor.ir.IrVariable> variables) {
    Set<String> names = new HashSet<>();
    for (dev.optixgql.processor.ir.IrVariable variable : variables) {
      addNamed(variable.type(), names);
    }
    java.util.Deque<IrModel> pending = new java.util.ArrayDeque<>();
    pending.add(model);
    Set<IrModel> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    while (!pending.isEmpty()) {
      IrModel next = pending.pop();
      if (!seen.add(next)) {
        continue;
      }
      for (IrField field : next.fields()) {
        addNamed(field.type(), names);
        if (field.type().model() != null) {
          pending.add(field.type().model());
        }
      }
      pending.addAll(next.variants());
    }
    return names;
  }

  private static void addNamed(IrType type, Set<String> names) {
    IrType named = type;
    while (named instanceof IrType.NonNull || named instanceof IrType.ListOf) {
      named = named instanceof IrType.NonNull nonNull ? nonNull.of() : ((IrType.ListOf) named).of();
    }
    if (named instanceof IrType.EnumRef ref) {
      names.add(ref.name()); // JavaTypes names these types as written
    } else if (named instanceof IrType.InputRef ref) {
      names.add(ref.name()); // JavaTypes names these types as written
    }
  }

  /** Names fragment interfaces: {@code bookingFields} → {@code BookingFields}, nested below. */
  public static void allocateFragments(
      String pkg,
      List<dev.optixgql.processor.ir.IrFragment> fragments,
      Map<IrModel, ClassName> out) {
    // Every fragment's own type first: a fragment's field may hold another fragment's type. Then
    // in lowering order, which puts a fragment after those spread in it: a fragment's field may
    // hold one of their nested types, which keeps the name it has there.
    for (dev.optixgql.processor.ir.IrFragment fragment : fragments) {
      out.put(fragment.model(), fragmentName(pkg, fragment.name()));
    }
    for (dev.optixgql.processor.ir.IrFragment fragment : fragments) {
      allocateFragment(fragmentName(pkg, fragment.name()), fragment.model(), out);
    }
  }

  public static ClassName fragmentName(String pkg, String fragment) {
    return ClassName.get(pkg, JavaNames.type(fragment));
  }

  private static void members(
      IrModel model,
      ClassName name,
      Set<String> enclosing,
      Map<IrModel, ClassName> out,
      Shadowing shadowing,
      boolean variants) {
    Set<String> siblings = new HashSet<>();
    for (IrField field : model.fields()) {
      IrModel child = modelOf(field.type());
      if (child != null && !out.containsKey(child)) {
        place(child, isList(field.type()), name, enclosing, siblings, out, shadowing, variants);
      }
    }
    if (variants) {
      for (IrModel variant : model.variants()) {
        place(variant, false, name, enclosing, siblings, out, shadowing, true);
      }
    }
  }

  /** Whether a field's type is a list (of lists...) of its model, under non-null wrappers. */
  private static boolean isList(IrType type) {
    return type.nullableForm() instanceof IrType.ListOf;
  }

  private static void place(
      IrModel model,
      boolean element,
      ClassName parent,
      Set<String> enclosing,
      Set<String> siblings,
      Map<IrModel, ClassName> out,
      Shadowing shadowing,
      boolean variants) {
    String simple = pick(model, element, enclosing, siblings, out, shadowing);
    siblings.add(simple);
    ClassName name = parent.nestedClass(simple);
    out.put(model, name);
    Set<String> deeper = new HashSet<>(enclosing);
    deeper.add(simple);
    members(model, name, deeper, out, shadowing, variants);
  }

  /**
   * A name clear of the enclosing classes, the siblings and the member types the model inherits
   * from its fragment interfaces: inside a record implementing {@code FragA}, the name {@code
   * Field} means {@code FragA.Field}, so a record itself named {@code Field} could not name its own
   * nested types as {@code Field.Type}.
   */
  private static String pick(
      IrModel model,
      boolean element,
      Set<String> enclosing,
      Set<String> siblings,
      Map<IrModel, ClassName> named,
      Shadowing shadowing) {
    Set<String> inherited = inheritedMemberNames(model, named);
    if (shadowing.guarded().contains(model)) {
      inherited.addAll(shadowing.hidden());
    }
    if (!inherited.isEmpty()) {
      Set<String> taken = new HashSet<>(siblings);
      taken.addAll(inherited);
      siblings = taken;
    }
    String first = JavaNames.type(model.name());
    if (element) {
      // One element of a list: `steps` holds Step records (`for (Step step : steps())`).
      String singular = Singular.of(first);
      if (!enclosing.contains(singular) && !siblings.contains(singular)) {
        return singular;
      }
    }
    if (!enclosing.contains(first) && !siblings.contains(first)) {
      return first;
    }
    String second = JavaNames.type(model.alternativeName());
    if (!enclosing.contains(second) && !siblings.contains(second)) {
      return second;
    }
    for (int i = 2; ; i++) {
      String numbered = first + i;
      if (!enclosing.contains(numbered) && !siblings.contains(numbered)) {
        return numbered;
      }
    }
  }

  /** The simple names of the member types {@code model} inherits from its fragment interfaces. */
  static Set<String> inheritedMemberNames(IrModel model, Map<IrModel, ClassName> named) {
    Set<String> names = new java.util.TreeSet<>();
    java.util.Deque<IrModel> pending = new java.util.ArrayDeque<>(model.fragments());
    Set<ClassName> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      IrModel fragment = pending.pop();
      ClassName fragmentName = named.get(fragment);
      if (fragmentName == null || !seen.add(fragmentName)) {
        continue;
      }
      for (ClassName other : named.values()) {
        if (fragmentName.equals(other.enclosingClassName())) {
          names.add(other.simpleName());
        }
      }
      pending.addAll(fragment.fragments());
    }
    return names;
  }

  /** The model a field's type holds, through lists and non-null wrappers, or {@code null}. */
  public static IrModel modelOf(IrType type) {
    return type.model();
  }
}
