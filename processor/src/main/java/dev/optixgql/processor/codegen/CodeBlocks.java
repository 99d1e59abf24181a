package dev.optixgql.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/** Code pieces several writers share. */
final class CodeBlocks {
  private CodeBlocks() {}

  /** Names as an argument list, {@code a, b, c}, that JavaPoet may wrap after any comma. */
  static CodeBlock arguments(List<String> names) {
    return CodeBlock.join(names.stream().map(name -> CodeBlock.of("$L", name)).toList(), ",$W");
  }
}
