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
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  private static String free(String name, java.util.Set<String> taken) {
    String out = name;
    while (taken.contains(out)) {
      out += "_";
    }
    return out;
  }

  public static JavaFile write(
      GeneratedFiles.Target target, IrEnum type, String schemaFile, List<Element> origins) {
    String pkg = target.packageName();
    ClassName name = ClassName.get(pkg, type.name());
    // Member names stay clear of the constants (GraphQL enum values may be any name).
    java.util.Set<String> constants = new java.util.HashSet<>();
    type.values().forEach(v -> constants.add(JavaNames.constant(v.name())));
    String rawField = free("rawValue", constants);
    String knownField = free("known", constants);
    String mapField = free("BY_RAW_VALUE", constants);
    ClassName known = name.nestedClass(free("Known", constants));
    TypeSpec.Builder out =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "$L\n\n<p>Switch over {@link #known()}; {@link #rawValue()} keeps values this"
                    + " client does not know.\n",
                type.description() == null || type.description().isBlank()
                    ? "The schema enum {@code " + type.name() + "}."
                    : Javadocs.escape(type.description()));

    TypeSpec.Builder knownEnum =
        TypeSpec.enumBuilder(known)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The values this client was generated with, and {@code UNKNOWN__}.\n");
    CodeBlock.Builder byRaw = CodeBlock.builder().add("$T.ofEntries(", Map.class);
    boolean first = true;
    for (IrEnum.Value value : type.values()) {
      String constant = JavaNames.constant(value.name());
      TypeSpec.Builder knownConstant = TypeSpec.anonymousClassBuilder("");
      FieldSpec.Builder field =
          FieldSpec.builder(name, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T($Z$S,$W$T.$L)", name, value.name(), known, constant);
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
      knownEnum.addEnumConstant(constant, knownConstant.build());
      out.addField(field.build());
      byRaw
          .add(first ? "\n" : ",\n")
          .add("    $T.entry($S, $L)", Map.class, value.name(), constant);
      first = false;
    }
    knownEnum.addEnumConstant(
        "UNKNOWN__",
        TypeSpec.anonymousClassBuilder("")
            .addJavadoc("A value added to the schema after this client was generated.\n")
            .build());
    byRaw.add(")");

    out.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(Map.class), JavaTypes.STRING, name),
                mapField,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(byRaw.build())
            .build());
    out.addField(String.class, rawField, Modifier.PRIVATE, Modifier.FINAL);
    out.addField(known, knownField, Modifier.PRIVATE, Modifier.FINAL);
    out.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(String.class, "rawValue")
            .addParameter(known, "known")
            .addStatement("this.$L = rawValue", rawField)
            .addStatement("this.$L = known", knownField)
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("of")
            .addJavadoc(
                "The constant for {@code rawValue}, or an unknown value that keeps it.\n\n"
                    + "@param rawValue the value as the server wrote it\n"
                    + "@return the known constant, or a value whose {@link #known()} is"
                    + " {@code UNKNOWN__}\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(String.class, "rawValue")
            .returns(name)
            .addStatement("$T.requireNonNull(rawValue, $S)", Objects.class, "rawValue")
            .addStatement("$T value = $L.get(rawValue)", name, mapField)
            .addStatement(
                "return value != null ? value : new $T(rawValue, $T.UNKNOWN__)", name, known)
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("knownValues")
            .addJavadoc(
                "Every value this client was generated with, in schema order.\n\n"
                    + "@return the known values\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), name))
            .addStatement(
                "return $T.of($Z$L)",
                List.class,
                JavaNames.arguments(
                    type.values().stream().map(v -> JavaNames.constant(v.name())).toList()))
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("rawValue")
            .addJavadoc("The value as the server wrote it.\n\n@return the raw value\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $L", rawField)
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("known")
            .addJavadoc(
                "The value for {@code switch}; {@code UNKNOWN__} for a value added later.\n\n"
                    + "@return the known value\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(known)
            .addStatement("return $L", knownField)
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("isKnown")
            .addJavadoc(
                "Whether this client was generated with this value.\n\n"
                    + "@return {@code false} for a value added to the schema later\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addStatement("return $L != $T.UNKNOWN__", knownField, known)
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Object.class, "other")
            .returns(boolean.class)
            .addStatement(
                "return other instanceof $T that && $L.equals(that.$L)", name, rawField, rawField)
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return $L.hashCode()", rawField)
            .build());
    out.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $L", rawField)
            .build());
    out.addType(knownEnum.build());
    return GeneratedFiles.file(target, out, schemaFile, origins);
  }
}
