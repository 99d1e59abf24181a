package dev.optixgql.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrType;
import dev.optixgql.processor.naming.JavaTypes;
import java.util.Map;

/**
 * Writes the streaming code that reads one JSON value into its Java type, or writes one Java value
 * as JSON, over jackson-core: no reflection, no intermediate tree.
 */
final class ValueCode {
  static final ClassName READERS = ClassName.get("dev.optixgql.runtime.json", "JsonReaders");
  static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");

  private final JavaTypes types;
  private final Map<IrModel, String> readMethods;
  private final java.util.SortedMap<String, String> adapters = new java.util.TreeMap<>();

  /**
   * @param readMethods the adapter method that reads each response record (by identity)
   */
  ValueCode(JavaTypes types, Map<IrModel, String> readMethods) {
    this.types = types;
    this.readMethods = readMethods;
  }

  /**
   * The lambda parameters {@link #read} introduces for {@code type} from {@code depth} ({@code p0},
   * {@code p1}…): a reader's locals must keep clear of them, as Java forbids the shadowing.
   */
  static java.util.Set<String> lambdaParameters(IrType type, int depth) {
    IrType inner = type.nullableForm();
    if (inner instanceof IrType.ListOf list) {
      java.util.Set<String> names = new java.util.TreeSet<>(lambdaParameters(list.of(), depth + 1));
      names.add(lambdaParameter(depth));
      return names;
    }
    if (inner instanceof IrType.EnumRef && type.nullable()) {
      return java.util.Set.of(lambdaParameter(depth));
    }
    return java.util.Set.of();
  }

  /** The parameter of the lambda {@link #read} writes at nesting {@code depth}. */
  private static String lambdaParameter(int depth) {
    return "p" + depth;
  }

  /** An expression reading a value of {@code type} from parser {@code in}. */
  CodeBlock read(IrType type, String in, int depth) {
    boolean nullable = type.nullable();
    IrType inner = type.nullableForm();
    if (inner instanceof IrType.ListOf list) {
      String p = lambdaParameter(depth);
      return CodeBlock.of(
          "$T.$L($L,$W$L -> $L)",
          READERS,
          nullable ? "nullableList" : "list",
          in,
          p,
          read(list.of(), p, depth + 1));
    }
    if (inner instanceof IrType.Scalar scalar && scalar.mapped()) {
      String adapter = adapterField(scalar);
      if (!nullable) {
        return CodeBlock.of("$L.read($L)", adapter, in);
      }
      return CodeBlock.of("$T.nullable($L, $L::read)", READERS, in, adapter);
    }
    if (inner instanceof IrType.Scalar scalar && !scalar.builtIn()) {
      return nullable
          ? CodeBlock.of("$T.nullable($L, $T::scalarText)", READERS, in, READERS)
          : CodeBlock.of("$T.scalarText($L)", READERS, in);
    }
    if (inner instanceof IrType.Scalar scalar) {
      return CodeBlock.of("$T.$L($L)", READERS, scalarReader(scalar.name(), nullable), in);
    }
    if (inner instanceof IrType.EnumRef) {
      TypeName enumType = types.plain(inner, false);
      if (!nullable) {
        return CodeBlock.of("$T.of($T.string($L))", enumType, READERS, in);
      }
      String p = lambdaParameter(depth);
      return CodeBlock.of(
          "$T.nullable($L, $L -> $T.of($T.string($L)))", READERS, in, p, enumType, READERS, p);
    }
    if (inner instanceof IrType.Model model) {
      String method = readMethods.get(model.model());
      if (!nullable) {
        return CodeBlock.of("$L($L)", method, in);
      }
      // A direct call, not a lambda through JsonReaders.nullable: the JIT can inline it.
      return CodeBlock.of(
          "$L.currentToken() == $T.VALUE_NULL$W? null$W: $L($L)", in, JSON_TOKEN, method, in);
    }
    throw new IllegalArgumentException("Not an output type: " + type);
  }

  /** The static field holding the adapter of a mapped scalar, e.g. {@code OPTIX_TIME_ADAPTER}. */
  private String adapterField(IrType.Scalar scalar) {
    String simple = scalar.adapter().substring(scalar.adapter().lastIndexOf('.') + 1);
    String field =
        simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    String previous = adapters.putIfAbsent(field, scalar.adapter());
    if (previous != null && !previous.equals(scalar.adapter())) {
      field = field + "_" + Integer.toHexString(scalar.adapter().hashCode());
      adapters.putIfAbsent(field, scalar.adapter());
    }
    return field;
  }

  /** Declares, on {@code type}, one static field per adapter the generated code used. */
  void addAdapterFields(com.palantir.javapoet.TypeSpec.Builder type) {
    for (Map.Entry<String, String> adapter : adapters.entrySet()) {
      ClassName name = ClassName.bestGuess(adapter.getValue());
      type.addField(
          com.palantir.javapoet.FieldSpec.builder(
                  name,
                  adapter.getKey(),
                  javax.lang.model.element.Modifier.PRIVATE,
                  javax.lang.model.element.Modifier.STATIC,
                  javax.lang.model.element.Modifier.FINAL)
              .initializer("new $T()", name)
              .build());
    }
  }

  private static String scalarReader(String scalar, boolean nullable) {
    switch (scalar) {
      case "Int":
        return nullable ? "nullableInt" : "intValue";
      case "Float":
        return nullable ? "nullableDouble" : "doubleValue";
      case "Boolean":
        return nullable ? "nullableBoolean" : "booleanValue";
      default:
        return nullable ? "nullableString" : "string";
    }
  }

  /**
   * Statements writing {@code value} (an expression of the Java type of {@code type}, known not to
   * be null at this level unless {@code type} is nullable) to generator {@code out}.
   */
  CodeBlock write(IrType type, String out, CodeBlock value, int depth) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (type.nullable()) {
      String v = "v" + depth;
      code.addStatement("$T $L = $L", types.of(type).withoutAnnotations(), v, value);
      code.beginControlFlow("if ($L == null)", v)
          .addStatement("$L.writeNull()", out)
          .nextControlFlow("else")
          .add(writeNonNull(type.nullableForm(), out, CodeBlock.of("$L", v), depth + 1))
          .endControlFlow();
      return code.build();
    }
    return writeNonNull(((IrType.NonNull) type).of(), out, value, depth);
  }

  private CodeBlock writeNonNull(IrType type, String out, CodeBlock value, int depth) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (type instanceof IrType.ListOf list) {
      String e = "e" + depth;
      code.addStatement("$L.writeStartArray()", out)
          .beginControlFlow("for ($T $L : $L)", types.of(list.of()).withoutAnnotations(), e, value)
          .add(write(list.of(), out, CodeBlock.of("$L", e), depth + 1))
          .endControlFlow()
          .addStatement("$L.writeEndArray()", out);
    } else if (type instanceof IrType.Scalar scalar && scalar.mapped()) {
      code.addStatement("$L.write($L, $L)", adapterField(scalar), out, value);
    } else if (type instanceof IrType.Scalar scalar) {
      switch (scalar.name()) {
        case "Int":
        case "Float":
          code.addStatement("$L.writeNumber($L)", out, value);
          break;
        case "Boolean":
          code.addStatement("$L.writeBoolean($L)", out, value);
          break;
        default:
          code.addStatement("$L.writeString($L)", out, value);
      }
    } else if (type instanceof IrType.EnumRef) {
      code.addStatement("$L.writeString($L.rawValue())", out, value);
    } else if (type instanceof IrType.InputRef input) {
      code.addStatement("$T.write($L, $L)", types.plain(input, false), out, value);
    } else {
      throw new IllegalArgumentException("Not an input type: " + type);
    }
    return code.build();
  }
}
