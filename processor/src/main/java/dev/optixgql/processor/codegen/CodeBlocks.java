package dev.optixgql.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.optixgql.processor.ir.IrType;
import java.util.List;

/** Code pieces several writers share. */
final class CodeBlocks {
  private CodeBlocks() {}

  /** The runtime's copier of the lists generated records keep. */
  static final ClassName LISTS = ClassName.get("dev.optixgql.runtime.generated", "Lists");

  /**
   * For a list-typed component, {@code name = Lists.copy(name, noNulls);}: the caller's list copied
   * and unmodifiable, and a {@code null} element refused (naming {@code what}) where the element
   * type is non-null; {@code null} for a component of any other type.
   */
  static CodeBlock listCopy(String name, IrType type, String what) {
    if (!isList(type)) {
      return null;
    }
    IrType.ListOf list = (IrType.ListOf) type.nullableForm();
    return CodeBlock.of(
        "$L = $T.copy($L,$W$S)", name, LISTS, name, list.of().nullable() ? null : what);
  }

  /** Whether {@code type} is a list, nullable or not. */
  static boolean isList(IrType type) {
    return type.nullableForm() instanceof IrType.ListOf;
  }

  /** Names as an argument list, {@code a, b, c}, that JavaPoet may wrap after any comma. */
  static CodeBlock arguments(List<String> names) {
    return CodeBlock.join(names.stream().map(name -> CodeBlock.of("$L", name)).toList(), ",$W");
  }
}
