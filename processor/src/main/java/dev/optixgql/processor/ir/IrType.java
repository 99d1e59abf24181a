package dev.optixgql.processor.ir;

/**
 * A GraphQL type reference as code generation needs it: nullability and lists made explicit, named
 * types resolved to what they become in Java.
 */
public sealed interface IrType {
  /** A non-null wrapper (GraphQL {@code T!}). */
  record NonNull(IrType of) implements IrType {}

  /** A list (GraphQL {@code [T]}). */
  record ListOf(IrType of) implements IrType {}

  /** A built-in or custom scalar, by its GraphQL name. */
  record Scalar(String name) implements IrType {}

  /** A schema enum, generated as its own type. */
  record EnumRef(String name) implements IrType {}

  /** A schema input object, generated as its own record. */
  record InputRef(String name) implements IrType {}

  /** An output composite: the record selected from it. */
  record Model(IrModel model) implements IrType {}

  /** Whether the value may be null at this level. */
  default boolean nullable() {
    return !(this instanceof NonNull);
  }

  /** This type without its non-null wrapper. */
  default IrType nullableForm() {
    return this instanceof NonNull nonNull ? nonNull.of() : this;
  }
}
