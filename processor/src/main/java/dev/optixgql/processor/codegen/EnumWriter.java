package dev.optixgql.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.optixgql.processor.ir.IrEnum;
import dev.optixgql.processor.naming.JavaNames;
import dev.optixgql.processor.naming.JavaTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a schema enum as a final class with one constant per value and a nested {@code Known} Java
 * enum for {@code switch}: a value the server adds later decodes to {@code Known.UNKNOWN__} and
 * keeps its raw text, which round-trips when sent back.
 */
public final class EnumWriter {
  private EnumWriter() {}

  /** {@code name}, with underscores appended until no constant has it. */
  private static String free(String name, Set<String> taken) {
    String out = name;
    while (taken.contains(out)) {
      out += "_";
    }
    return out;
  }

  /** The names one enum class uses, its members kept clear of its constants. */
  private record Names(
      ClassName type, ClassName known, String rawField, String knownField, String mapField) {
    static Names of(String pkg, IrEnum type) {
      // GraphQL enum values may be any name: the members stay clear of the constants.
      Set<String> constants = new HashSet<>();
      type.values().forEach(v -> constants.add(JavaNames.constant(v.name())));
      ClassName name = ClassName.get(pkg, type.name());
      return new Names(
          name,
          name.nestedClass(free("Known", constants)),
          free("rawValue", constants),
          free("known", constants),
          free("BY_RAW_VALUE", constants));
    }
  }

  public static JavaFile write(
      GeneratedFiles.Target target, IrEnum type, String schemaFile, List<Element> origins) {
    Names names = Names.of(target.packageName(), type);
    TypeSpec.Builder out =
        TypeSpec.classBuilder(names.type())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "$L\n\n<p>Switch over {@link #known()}; {@link #rawValue()} keeps values this"
                    + " client does not know.\n",
                type.description() == null || type.description().isBlank()
                    ? "The schema enum {@code " + type.name() + "}."
                    : Javadocs.escape(type.description()));
    TypeSpec.Builder knownEnum = constants(out, type, names);
    addState(out, names);
    addFactories(out, type, names);
    addAccessors(out, names);
    addValueMethods(out, names);
    out.addType(knownEnum.build());
    return GeneratedFiles.file(target, out, schemaFile, origins);
  }

  /**
   * Adds a constant per value and the map from raw values to them; returns the {@code Known} enum
   * with the same values and {@code UNKNOWN__}.
   */
  private static TypeSpec.Builder constants(TypeSpec.Builder out, IrEnum type, Names names) {
    TypeSpec.Builder knownEnum =
        TypeSpec.enumBuilder(names.known())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The values this client was generated with, and {@code UNKNOWN__}.\n");
    List<CodeBlock> entries = new ArrayList<>();
    for (IrEnum.Value value : type.values()) {
      String constant = JavaNames.constant(value.name());
      TypeSpec.Builder knownConstant = TypeSpec.anonymousClassBuilder("");
      FieldSpec.Builder field =
          FieldSpec.builder(
                  names.type(), constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .initializer(
                  "new $T($Z$S,$W$T.$L)", names.type(), value.name(), names.known(), constant);
      document(value, field, knownConstant);
      knownEnum.addEnumConstant(constant, knownConstant.build());
      out.addField(field.build());
      entries.add(CodeBlock.of("    $T.entry($S, $L)", Map.class, value.name(), constant));
    }
    knownEnum.addEnumConstant(
        "UNKNOWN__",
        TypeSpec.anonymousClassBuilder("")
            .addJavadoc("A value added to the schema after this client was generated.\n")
            .build());
    out.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(Map.class), JavaTypes.STRING, names.type()),
                names.mapField(),
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$T.ofEntries(\n$L)", Map.class, CodeBlock.join(entries, ",\n"))
            .build());
    return knownEnum;
  }

  /** The value's description (or its name) and deprecation, on the constant and on Known's. */
  private static void document(
      IrEnum.Value value, FieldSpec.Builder field, TypeSpec.Builder knownConstant) {
    String summary =
        value.description() != null && !value.description().isBlank()
            ? Javadocs.escape(value.description())
            : "The value {@code " + value.name() + "}.";
    field.addJavadoc("$L\n", summary);
    knownConstant.addJavadoc("$L\n", summary);
    if (value.deprecationReason() != null) {
      String reason = Javadocs.escape(value.deprecationReason());
      field.addJavadoc("\n@deprecated $L\n", reason);
      field.addAnnotation(Deprecated.class);
      knownConstant.addJavadoc("\n@deprecated $L\n", reason);
      knownConstant.addAnnotation(AnnotationSpec.builder(Deprecated.class).build());
    }
  }

  /** The raw value and the known constant, and the private constructor setting them. */
  private static void addState(TypeSpec.Builder out, Names names) {
    out.addField(String.class, names.rawField(), Modifier.PRIVATE, Modifier.FINAL);
    out.addField(names.known(), names.knownField(), Modifier.PRIVATE, Modifier.FINAL);
    out.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(String.class, "rawValue")
            .addParameter(names.known(), "known")
            .addStatement("this.$L = rawValue", names.rawField())
            .addStatement("this.$L = known", names.knownField())
            .build());
  }

  /** {@code of(rawValue)} and {@code knownValues()}. */
  private static void addFactories(TypeSpec.Builder out, IrEnum type, Names names) {
    out.addMethod(
        MethodSpec.methodBuilder("of")
            .addJavadoc(
                "The constant for {@code rawValue}, or an unknown value that keeps it.\n\n"
                    + "@param rawValue the value as the server wrote it\n"
                    + "@return the known constant, or a value whose {@link #known()} is"
                    + " {@code UNKNOWN__}\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(String.class, "rawValue")
            .returns(names.type())
            .addStatement("$T.requireNonNull(rawValue, $S)", Objects.class, "rawValue")
            .addStatement("$T value = $L.get(rawValue)", names.type(), names.mapField())
            .addStatement(
                "return value != null ? value : new $T(rawValue, $T.UNKNOWN__)",
                names.type(),
                names.known())
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("knownValues")
            .addJavadoc(
                "Every value this client was generated with, in schema order.\n\n"
                    + "@return the known values\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), names.type()))
            .addStatement(
                "return $T.of($Z$L)",
                List.class,
                CodeBlocks.arguments(
                    type.values().stream().map(v -> JavaNames.constant(v.name())).toList()))
            .build());
  }

  /** {@code rawValue()}, {@code known()} and {@code isKnown()}. */
  private static void addAccessors(TypeSpec.Builder out, Names names) {
    out.addMethod(
        MethodSpec.methodBuilder("rawValue")
            .addJavadoc("The value as the server wrote it.\n\n@return the raw value\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $L", names.rawField())
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("known")
            .addJavadoc(
                "The value for {@code switch}; {@code UNKNOWN__} for a value added later.\n\n"
                    + "@return the known value\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(names.known())
            .addStatement("return $L", names.knownField())
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("isKnown")
            .addJavadoc(
                "Whether this client was generated with this value.\n\n"
                    + "@return {@code false} for a value added to the schema later\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addStatement("return $L != $T.UNKNOWN__", names.knownField(), names.known())
            .build());
  }

  /** Equality and text by raw value: an unknown value equals another of the same text. */
  private static void addValueMethods(TypeSpec.Builder out, Names names) {
    String raw = names.rawField();
    out.addMethod(
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Object.class, "other")
            .returns(boolean.class)
            .addStatement(
                "return other instanceof $T that && $L.equals(that.$L)", names.type(), raw, raw)
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return $L.hashCode()", raw)
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $L", raw)
            .build());
  }
}
