package dev.optixgql.processor.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrType;
import java.util.Map;

/**
 * Maps IR types to Java types: the one place that decides what {@code Int!} or {@code [Booking]}
 * becomes, used by every writer and by the binding checks.
 */
public final class JavaTypes {
  public static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
  public static final ClassName LIST = ClassName.get("java.util", "List");
  public static final ClassName INPUT = ClassName.get("dev.optixgql.runtime", "Input");
  public static final ClassName STRING = ClassName.get(String.class);

  private final String packageName;
  private final Map<IrModel, ClassName> models;

  /**
   * @param models the class chosen for each response record, by identity (may be empty when only
   *     input types are mapped)
   */
  public JavaTypes(String packageName, Map<IrModel, ClassName> models) {
    this.packageName = packageName;
    this.models = models;
  }

  /**
   * The Java type of a value: primitives for non-null {@code Int}, {@code Float} and {@code
   * Boolean} at the top level, boxed and {@code @Nullable} where the value may be null.
   */
  public TypeName of(IrType type) {
    return of(type, true);
  }

  /** The type with nullable levels unannotated, for comparisons with user-declared types. */
  public TypeName plain(IrType type, boolean allowPrimitive) {
    if (type instanceof IrType.NonNull nonNull) {
      return plain(nonNull.of(), allowPrimitive);
    }
    if (type instanceof IrType.ListOf list) {
      return ParameterizedTypeName.get(LIST, plain(list.of(), false));
    }
    TypeName named = named(type);
    return allowPrimitive ? named : named.box();
  }

  /**
   * The return type of an interface accessor for {@code type}: like {@link #of}, but a list of
   * records is {@code List<? extends X>} so implementing records may return lists of subtypes.
   */
  public TypeName ofAccessor(IrType type) {
    IrType inner = type.nullableForm();
    if (inner instanceof IrType.ListOf list) {
      TypeName element = ofAccessorElement(list.of());
      TypeName listType = ParameterizedTypeName.get(LIST, element);
      return type.nullable() ? listType.annotated(nullable()) : listType;
    }
    return of(type);
  }

  private TypeName ofAccessorElement(IrType element) {
    IrType inner = element.nullableForm();
    TypeName base = inner instanceof IrType.ListOf ? ofAccessor(element) : of(element, false);
    return inner instanceof IrType.Model || inner instanceof IrType.ListOf
        ? com.palantir.javapoet.WildcardTypeName.subtypeOf(base)
        : base;
  }

  private TypeName of(IrType type, boolean allowPrimitive) {
    if (type instanceof IrType.NonNull nonNull) {
      IrType inner = nonNull.of();
      if (inner instanceof IrType.ListOf list) {
        return ParameterizedTypeName.get(LIST, of(list.of(), false));
      }
      TypeName named = named(inner);
      return allowPrimitive ? named : named.box();
    }
    if (type instanceof IrType.ListOf list) {
      return ParameterizedTypeName.get(LIST, of(list.of(), false)).annotated(nullable());
    }
    return named(type).box().annotated(nullable());
  }

  private static com.palantir.javapoet.AnnotationSpec nullable() {
    return com.palantir.javapoet.AnnotationSpec.builder(NULLABLE).build();
  }

  /** The named type's Java type, primitive where it has one. */
  private TypeName named(IrType type) {
    if (type instanceof IrType.Scalar scalar) {
      if (scalar.javaType() != null) {
        return ClassName.bestGuess(scalar.javaType());
      }
      switch (scalar.name()) {
        case "Int":
          return TypeName.INT;
        case "Float":
          return TypeName.DOUBLE;
        case "Boolean":
          return TypeName.BOOLEAN;
        default:
          // String, ID and unmapped custom scalars travel as text.
          return STRING;
      }
    }
    if (type instanceof IrType.EnumRef e) {
      return ClassName.get(packageName, e.name());
    }
    if (type instanceof IrType.InputRef input) {
      return ClassName.get(packageName, input.name());
    }
    if (type instanceof IrType.Model model) {
      ClassName name = models.get(model.model());
      if (name == null) {
        throw new IllegalStateException("No class allocated for " + model.model().name());
      }
      return name;
    }
    throw new IllegalArgumentException("Not a named type: " + type);
  }
}
