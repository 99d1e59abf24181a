package dev.optixgql.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.optixgql.processor.ir.IrInputObject;
import dev.optixgql.processor.naming.JavaTypes;
import dev.optixgql.processor.naming.MemberNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a schema input object as a record with a builder. A required field (non-null, no default)
 * is a plain component; every other field is an {@code Input<T>} that tells absent (not sent),
 * explicit null and a value apart, and only what was set is written.
 */
public final class InputObjectWriter {
  private InputObjectWriter() {}

  /** Whether the field may be left out: nullable, or with a schema default. */
  static boolean optional(IrInputObject.Field field) {
    return field.type().nullable() || field.hasDefault();
  }

  public static JavaFile write(
      GeneratedFiles.Target target, IrInputObject input, String schemaFile, List<Element> origins) {
    String pkg = target.packageName();
    ClassName name = ClassName.get(pkg, input.name());
    ClassName builderName = name.nestedClass("Builder");
    JavaTypes types = new JavaTypes(pkg, new IdentityHashMap<>());
    List<String> components =
        MemberNames.allocate(
            input.fields().stream().map(IrInputObject.Field::name).toList(),
            Set.of("builder", "write", "toBuilder"));

    List<TypeName> componentTypes =
        input.fields().stream().map(field -> componentType(field, types)).toList();
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(recordJavadoc(input, components))
            .recordConstructor(constructor(input, components, componentTypes));
    for (int i = 0; i < components.size(); i++) {
      IrInputObject.Field field = input.fields().get(i);
      if (field.deprecationReason() != null) {
        type.addMethod(
            ResponseModelWriter.deprecatedAccessor(
                components.get(i), componentTypes.get(i), field.name(), field.deprecationReason()));
      }
    }
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder with no field set.\n\n@return a new builder\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builderName)
            .addStatement("return new $T()", builderName)
            .build());
    ValueCode values = new ValueCode(types, new IdentityHashMap<>());
    type.addMethod(writer(name, input, components, values));
    values.addAdapterFields(type);
    type.addType(builder(name, builderName, input, components, componentTypes, types));
    return GeneratedFiles.file(target, type, schemaFile, origins);
  }

  private static CodeBlock recordJavadoc(IrInputObject input, List<String> components) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "$L\n\n<p>Build with {@link #builder()}; optional fields left unset are not"
                    + " sent.\n\n",
                input.description() == null || input.description().isBlank()
                    ? "The schema input type {@code " + input.name() + "}."
                    : Javadocs.escape(input.description()));
    for (int i = 0; i < components.size(); i++) {
      IrInputObject.Field field = input.fields().get(i);
      doc.add("@param $L {@code $L}", components.get(i), field.name());
      if (field.description() != null && !field.description().isBlank()) {
        doc.add(": $L", Javadocs.escape(field.description()));
      }
      if (field.hasDefault()) {
        doc.add(" (default {@code $L} when unsent)", Javadocs.escape(field.defaultValue()));
      }
      if (field.deprecationReason() != null) {
        doc.add(" Deprecated: $L", Javadocs.escape(field.deprecationReason()));
      }
      doc.add("\n");
    }
    return doc.build();
  }

  /** Required fields refused as null; an optional field given as null becomes absent. */
  private static MethodSpec constructor(
      IrInputObject input, List<String> components, List<TypeName> componentTypes) {
    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Checks that required fields are set; an optional field given as {@code null} is"
                    + " left unsent$L.\n\n",
                input.fields().stream().anyMatch(f -> CodeBlocks.isList(f.type()))
                    ? "; lists are kept as unmodifiable copies"
                    : "");
    for (int i = 0; i < components.size(); i++) {
      IrInputObject.Field field = input.fields().get(i);
      String component = components.get(i);
      constructor.addParameter(ParameterSpec.builder(componentTypes.get(i), component).build());
      constructor.addJavadoc("@param $L the field {@code $L}\n", component, field.name());
      if (optional(field)) {
        constructor.addStatement(
            "$L = $L == null$W? $T.absent()$W: $L",
            component,
            component,
            JavaTypes.INPUT,
            component);
      } else if (!componentTypes.get(i).isPrimitive()) {
        constructor.addStatement(
            "$T.requireNonNull($L, $S)",
            Objects.class,
            component,
            "'" + field.name() + "' is required by " + input.name());
      }
      CodeBlock copy =
          CodeBlocks.listCopy(
              component,
              field.type(),
              input.name()
                  + "."
                  + field.name()
                  + " ("
                  + OperationWriter.graphqlType(field.type())
                  + ")");
      if (copy != null) {
        constructor.addStatement(copy);
      }
    }
    return constructor.build();
  }

  private static TypeName componentType(IrInputObject.Field field, JavaTypes types) {
    if (optional(field)) {
      return ParameterizedTypeName.get(JavaTypes.INPUT, types.plain(field.type(), false));
    }
    return types.of(field.type());
  }

  private static MethodSpec writer(
      ClassName name, IrInputObject input, List<String> components, ValueCode values) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("write")
            .addJavadoc(
                "Writes {@code value} as a JSON object. For generated code, which may be in another"
                    + " package (the operations of every package bound to this schema).\n\n"
                    + "@param out where the JSON goes\n"
                    + "@param value the input to write\n"
                    + "@throws IOException if {@code out} cannot write\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(OperationWriter.JSON_GENERATOR, "out")
            .addParameter(name, "value")
            .addException(IOException.class)
            .addStatement("out.writeStartObject()");
    for (int i = 0; i < components.size(); i++) {
      IrInputObject.Field field = input.fields().get(i);
      String component = components.get(i);
      if (optional(field)) {
        method
            .beginControlFlow("if (value.$L().isPresent())", component)
            .addStatement("out.writeFieldName($S)", field.name())
            .addCode(
                values.write(
                    field.type().nullableForm(),
                    "out",
                    CodeBlock.of("value.$L().orNull()", component),
                    0))
            .endControlFlow();
      } else {
        method
            .addStatement("out.writeFieldName($S)", field.name())
            .addCode(values.write(field.type(), "out", CodeBlock.of("value.$L()", component), 0));
      }
    }
    return method.addStatement("out.writeEndObject()").build();
  }

  private static TypeSpec builder(
      ClassName name,
      ClassName builderName,
      IrInputObject input,
      List<String> components,
      List<TypeName> componentTypes,
      JavaTypes types) {
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(builderName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Builds a {@link $T}; required fields must be set before {@link #build()}.\n",
                name);
    builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<String> required = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      IrInputObject.Field field = input.fields().get(i);
      String component = components.get(i);
      if (optional(field)) {
        builder.addField(
            com.palantir.javapoet.FieldSpec.builder(
                    componentTypes.get(i), component, Modifier.PRIVATE)
                .initializer("$T.absent()", JavaTypes.INPUT)
                .build());
        builder.addMethod(optionalSetter(builderName, field, component, types));
      } else {
        required.add(component);
        builder.addField(types.of(field.type()).box(), component, Modifier.PRIVATE);
        builder.addMethod(requiredSetter(builderName, field, component, types));
      }
    }
    builder.addMethod(buildMethod(name, input, components, required));
    return builder.build();
  }

  private static MethodSpec optionalSetter(
      ClassName builderName, IrInputObject.Field field, String component, JavaTypes types) {
    MethodSpec.Builder setter =
        MethodSpec.methodBuilder(component)
            .addJavadoc(
                "Sends {@code $L}; {@code null} sends an explicit null.\n\n"
                    + "@param $L the value\n@return this builder\n",
                field.name(),
                component)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(
                types
                    .plain(field.type(), false)
                    .annotated(AnnotationSpec.builder(JavaTypes.NULLABLE).build()),
                component)
            .returns(builderName)
            .addStatement("this.$L = $T.of($L)", component, JavaTypes.INPUT, component)
            .addStatement("return this");
    deprecate(setter, field);
    return setter.build();
  }

  private static MethodSpec requiredSetter(
      ClassName builderName, IrInputObject.Field field, String component, JavaTypes types) {
    MethodSpec.Builder setter =
        MethodSpec.methodBuilder(component)
            .addJavadoc(
                "Sets the required {@code $L}.\n\n@param $L the value\n@return this builder\n",
                field.name(),
                component)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(types.of(field.type()), component)
            .returns(builderName)
            .addStatement("this.$L = $L", component, component)
            .addStatement("return this");
    deprecate(setter, field);
    return setter.build();
  }

  /** {@code build()}: refuses a missing required field by name, else makes the record. */
  private static MethodSpec buildMethod(
      ClassName name, IrInputObject input, List<String> components, List<String> required) {
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addJavadoc("Builds the input.\n\n@return the input with the fields set\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(name);
    if (!required.isEmpty()) {
      build.addJavadoc("@throws IllegalStateException if a required field was not set\n");
    }
    for (String component : required) {
      build
          .beginControlFlow("if ($L == null)", component)
          .addStatement(
              "throw new $T($Z$S)",
              IllegalStateException.class,
              input.name()
                  + " needs '"
                  + input.fields().get(components.indexOf(component)).name()
                  + "'.")
          .endControlFlow();
    }
    return build
        .addStatement("return new $T($Z$L)", name, CodeBlocks.arguments(components))
        .build();
  }

  private static void deprecate(MethodSpec.Builder setter, IrInputObject.Field field) {
    if (field.deprecationReason() != null) {
      setter.addAnnotation(Deprecated.class);
    }
  }
}
