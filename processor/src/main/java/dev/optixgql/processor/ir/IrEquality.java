package dev.optixgql.processor.ir;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Structural equality and hashing of the IR in time linear in its size. The IR is a DAG (a model
 * reached through many response paths is one object, issue 25), so the records' generated {@code
 * equals} and {@code hashCode}, which unfold it into a tree, would take time exponential in its
 * depth. Two IRs are equal here when they are the same graph: equal values, and objects shared
 * exactly where the other shares them (names and polymorphic records follow that sharing, so it is
 * part of what gets generated).
 */
final class IrEquality {
  private final Map<Object, Object> leftToRight = new IdentityHashMap<>();
  private final Map<Object, Object> rightToLeft = new IdentityHashMap<>();

  private IrEquality() {}

  static boolean equal(IrModel a, IrModel b) {
    return a == b || new IrEquality().models(a, b);
  }

  static boolean equal(IrType a, IrType b) {
    return a == b || new IrEquality().types(a, b);
  }

  static boolean equal(IrField a, IrField b) {
    return a == b || new IrEquality().fields(a, b);
  }

  /**
   * Whether {@code a} and {@code b} may stand for each other: either both are new (then they are
   * paired, and their contents compared) or they were paired before. Returns {@code null} when they
   * are new.
   */
  private Boolean paired(Object a, Object b) {
    Object right = leftToRight.get(a);
    Object left = rightToLeft.get(b);
    if (right != null || left != null) {
      return right == b && left == a;
    }
    leftToRight.put(a, b);
    rightToLeft.put(b, a);
    return null;
  }

  private boolean models(IrModel a, IrModel b) {
    Boolean known = paired(a, b);
    if (known != null) {
      return known;
    }
    if (!a.name().equals(b.name())
        || !a.alternativeName().equals(b.alternativeName())
        || !a.schemaType().equals(b.schemaType())
        || !Objects.equals(a.description(), b.description())
        || a.fields().size() != b.fields().size()
        || a.variants().size() != b.variants().size()
        || a.fragments().size() != b.fragments().size()) {
      return false;
    }
    for (int i = 0; i < a.fields().size(); i++) {
      if (!fields(a.fields().get(i), b.fields().get(i))) {
        return false;
      }
    }
    return modelLists(a.variants(), b.variants()) && modelLists(a.fragments(), b.fragments());
  }

  private boolean modelLists(List<IrModel> a, List<IrModel> b) {
    for (int i = 0; i < a.size(); i++) {
      if (!models(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean fields(IrField a, IrField b) {
    Boolean known = paired(a, b);
    if (known != null) {
      return known;
    }
    return a.responseName().equals(b.responseName())
        && a.fieldName().equals(b.fieldName())
        && Objects.equals(a.description(), b.description())
        && Objects.equals(a.deprecationReason(), b.deprecationReason())
        && types(a.type(), b.type());
  }

  private boolean types(IrType a, IrType b) {
    if (a instanceof IrType.NonNull x) {
      return b instanceof IrType.NonNull y && types(x.of(), y.of());
    }
    if (a instanceof IrType.ListOf x) {
      return b instanceof IrType.ListOf y && types(x.of(), y.of());
    }
    if (a instanceof IrType.Model x) {
      return b instanceof IrType.Model y && models(x.model(), y.model());
    }
    return a.equals(b); // scalars and references to schema types: small value records
  }

  /** A hash of {@code model}'s values, each shared model hashed once. */
  static int hash(IrModel model) {
    return new Hasher().model(model);
  }

  static int hash(IrType type) {
    return new Hasher().type(type);
  }

  static int hash(IrField field) {
    return new Hasher().field(field);
  }

  private static final class Hasher {
    private final Map<IrModel, Integer> done = new IdentityHashMap<>();

    int model(IrModel model) {
      Integer known = done.get(model);
      if (known != null) {
        return known;
      }
      int h = Objects.hash(model.name(), model.schemaType(), model.description());
      for (IrField field : model.fields()) {
        h = h * 31 + field(field);
      }
      for (IrModel variant : model.variants()) {
        h = h * 31 + model(variant);
      }
      for (IrModel fragment : model.fragments()) {
        h = h * 31 + model(fragment);
      }
      done.put(model, h);
      return h;
    }

    int field(IrField field) {
      return Objects.hash(field.responseName(), field.fieldName(), field.deprecationReason()) * 31
          + type(field.type());
    }

    int type(IrType type) {
      if (type instanceof IrType.NonNull nonNull) {
        return 1 + 31 * type(nonNull.of());
      }
      if (type instanceof IrType.ListOf list) {
        return 2 + 31 * type(list.of());
      }
      if (type instanceof IrType.Model holder) {
        return model(holder.model());
      }
      return type.hashCode();
    }
  }
}
