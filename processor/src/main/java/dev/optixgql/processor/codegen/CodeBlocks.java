package dev.optixgql.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.optixgql.processor.ir.IrType;
import java.util.ArrayList;
import java.util.List;

/** Code pieces several writers share. */
final class CodeBlocks {
  private CodeBlocks() {}

  /** The runtime's copier of the lists generated records keep. */
  static final ClassName LISTS = ClassName.get("dev.optixgql.runtime.generated", "Lists");

  /**
   * For a list-typed component, {@code name = Lists.copy(name, noNulls);}: the caller's list copied
   * and unmodifiable, and a {@code null} element refused (naming {@code what}) where the element
   * type is non-null; for a list of lists, {@code Lists.copyNested(name, what, true, false…)},
   * every level copied and checked; {@code null} for a component of any other type.
   */
  static CodeBlock listCopy(String name, IrType type, String what) {
    if (!isList(type)) {
      return null;
    }
    IrType.ListOf list = (IrType.ListOf) type.nullableForm();
    if (!isList(list.of())) {
      return CodeBlock.of(
          "$L = $T.copy($L,$W$S)", name, LISTS, name, list.of().nullable() ? null : what);
    }
    // A list of lists: every level copied, and whether each level's elements refuse null.
    List<CodeBlock> nonNull = new ArrayList<>();
    for (IrType level = type; isList(level); level = ((IrType.ListOf) level.nullableForm()).of()) {
      nonNull.add(CodeBlock.of("$L", !((IrType.ListOf) level.nullableForm()).of().nullable()));
    }
    return CodeBlock.of(
        "$L = $T.copyNested($L,$W$S,$W$L)",
        name,
        LISTS,
        name,
        what,
        CodeBlock.join(nonNull, ",$W"));
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
