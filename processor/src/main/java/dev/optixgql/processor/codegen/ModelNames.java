package dev.optixgql.processor.codegen;

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
 * Allocates the nested type names of one operation: the capitalized response name, else the schema
 * type's name when that clashes with an enclosing or sibling class (Java forbids a nested class
 * named like its encloser), else a numbered name. A polymorphic model's variants nest in its sealed
 * interface. Deterministic: depth first, in field order; a model shared by a sealed interface and
 * its variants is named once, under the interface.
 */
public final class ModelNames {
  private ModelNames() {}

  /** Names {@code data} as {@code operation.Data} and every type below it. */
  public static Map<IrModel, ClassName> allocate(ClassName operation, IrModel data) {
    return allocate(operation, data, new IdentityHashMap<>());
  }

  /**
   * As {@link #allocate(ClassName, IrModel)}, into {@code out}, which may already hold the fragment
   * interfaces the models implement (then no model is named like a member type it inherits).
   */
  private static Map<IrModel, ClassName> allocate(
      ClassName operation, IrModel data, Map<IrModel, ClassName> out) {
    Set<String> enclosing = new HashSet<>();
    enclosing.add(operation.simpleName());
    ClassName dataName = operation.nestedClass(pick(data, enclosing, new HashSet<>(), out));
    out.put(data, dataName);
    enclosing.add(dataName.simpleName());
    members(data, dataName, enclosing, out);
    return out;
  }

  /** Names a fragment's model {@code root} itself and every type below it. */
  public static void allocateFragment(ClassName root, IrModel model, Map<IrModel, ClassName> out) {
    out.put(model, root);
    Set<String> enclosing = new HashSet<>();
    enclosing.add(root.simpleName());
    members(model, root, enclosing, out);
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
    return allocate(operation, ir.data(), out);
  }

  /** Names fragment interfaces: {@code bookingFields} → {@code BookingFields}, nested below. */
  public static void allocateFragments(
      String pkg,
      List<dev.optixgql.processor.ir.IrFragment> fragments,
      Map<IrModel, ClassName> out) {
    for (dev.optixgql.processor.ir.IrFragment fragment : fragments) {
      allocateFragment(fragmentName(pkg, fragment.name()), fragment.model(), out);
    }
  }

  public static ClassName fragmentName(String pkg, String fragment) {
    return ClassName.get(pkg, JavaNames.type(fragment));
  }

  private static void members(
      IrModel model, ClassName name, Set<String> enclosing, Map<IrModel, ClassName> out) {
    Set<String> siblings = new HashSet<>();
    for (IrField field : model.fields()) {
      IrModel child = modelOf(field.type());
      if (child != null && !out.containsKey(child)) {
        place(child, name, enclosing, siblings, out);
      }
    }
    for (IrModel variant : model.variants()) {
      place(variant, name, enclosing, siblings, out);
    }
  }

  private static void place(
      IrModel model,
      ClassName parent,
      Set<String> enclosing,
      Set<String> siblings,
      Map<IrModel, ClassName> out) {
    String simple = pick(model, enclosing, siblings, out);
    siblings.add(simple);
    ClassName name = parent.nestedClass(simple);
    out.put(model, name);
    Set<String> deeper = new HashSet<>(enclosing);
    deeper.add(simple);
    members(model, name, deeper, out);
  }

  /**
   * A name clear of the enclosing classes, the siblings and the member types the model inherits
   * from its fragment interfaces: inside a record implementing {@code FragA}, the name {@code
   * Field} means {@code FragA.Field}, so a record itself named {@code Field} could not name its own
   * nested types as {@code Field.Type}.
   */
  private static String pick(
      IrModel model, Set<String> enclosing, Set<String> siblings, Map<IrModel, ClassName> named) {
    Set<String> inherited = inheritedMemberNames(model, named);
    if (!inherited.isEmpty()) {
      Set<String> taken = new HashSet<>(siblings);
      taken.addAll(inherited);
      siblings = taken;
    }
    String first = JavaNames.type(model.name());
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
