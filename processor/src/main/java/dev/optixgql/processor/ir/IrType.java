package dev.optixgql.processor.ir;

/**
 * A GraphQL type reference as code generation needs it: nullability and lists made explicit, named
 * types resolved to what they become in Java.
 */
public sealed interface IrType {
  // The variants' equals and hashCode are written out, as for every IR value compared on the
  // clean path: see ClientDeclaration.equals.

  /** A non-null wrapper (GraphQL {@code T!}). */
  record NonNull(IrType of) implements IrType {
    @Override
    public boolean equals(Object other) {
      return other instanceof NonNull that && of.equals(that.of);
    }

    @Override
    public int hashCode() {
      return 1 + 31 * of.hashCode();
    }
  }

  /** A list (GraphQL {@code [T]}). */
  record ListOf(IrType of) implements IrType {
    @Override
    public boolean equals(Object other) {
      return other instanceof ListOf that && of.equals(that.of);
    }

    @Override
    public int hashCode() {
      return 2 + 31 * of.hashCode();
    }
  }

  /**
   * A built-in or custom scalar, by its GraphQL name; a mapped custom scalar names its Java type
   * and adapter (qualified class names), an unmapped one has neither and travels as JSON text.
   */
  record Scalar(String name, String javaType, String adapter) implements IrType {
    /** A scalar with no mapping: a built-in one, or a custom one read as text. */
    public Scalar(String name) {
      this(name, null, null);
    }

    /** Whether an adapter reads and writes it. */
    public boolean mapped() {
      return adapter != null;
    }

    /** Whether it is one of the spec's five (§3.5). */
    public boolean builtIn() {
      return BUILT_IN.contains(name);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Scalar that
          && name.equals(that.name)
          && java.util.Objects.equals(javaType, that.javaType)
          && java.util.Objects.equals(adapter, that.adapter);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(name, javaType, adapter);
    }
  }

  /** The scalars every GraphQL schema has. */
  java.util.Set<String> BUILT_IN = java.util.Set.of("Int", "Float", "String", "Boolean", "ID");

  /** A schema enum, generated as its own type. */
  record EnumRef(String name) implements IrType {
    @Override
    public boolean equals(Object other) {
      return other instanceof EnumRef that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
      return 3 + 31 * name.hashCode();
    }
  }

  /** A schema input object, generated as its own record. */
  record InputRef(String name) implements IrType {
    @Override
    public boolean equals(Object other) {
      return other instanceof InputRef that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
      return 4 + 31 * name.hashCode();
    }
  }

  /** An output composite: the record selected from it. */
  record Model(IrModel model) implements IrType {
    @Override
    public boolean equals(Object other) {
      return other instanceof Model that && IrEquality.equal(model, that.model);
    }

    @Override
    public int hashCode() {
      return IrEquality.hash(model);
    }
  }

  /** Whether the value may be null at this level. */
  default boolean nullable() {
    return !(this instanceof NonNull);
  }

  /** The model this type holds, through lists and non-null wrappers, or {@code null}. */
  default IrModel model() {
    IrType type = this;
    while (type instanceof NonNull || type instanceof ListOf) {
      type = type instanceof NonNull nonNull ? nonNull.of() : ((ListOf) type).of();
    }
    return type instanceof Model holder ? holder.model() : null;
  }

  /** This type without its non-null wrapper. */
  default IrType nullableForm() {
    return this instanceof NonNull nonNull ? nonNull.of() : this;
  }
}
