package dev.optixgql.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.optixgql.processor.ir.IrField;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrType;
import dev.optixgql.processor.naming.JavaTypes;
import dev.optixgql.processor.naming.ModelNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes an operation's test builders ({@code -Aoptixgql.testBuilders=true}): {@code
 * UpcomingBookingsQueryFakes}, with a builder per response record (and per variant of an interface
 * or union) whose every component starts at a value valid for its schema type, and {@code json},
 * the response's {@code data} as the server would send it, so a fake answer goes through the
 * generated reader. Defaults are deterministic and readable: a string is its field's name, an ID
 * {@code "1"}, a number 0 (a {@code *timestamp} field 1,900,000,000), a boolean {@code false}, an
 * enum its first value, a list one default element, a variant its own type name; a nullable field
 * is set too.
 */
public final class FakesWriter {
  static final ClassName JSON_WRITERS = ClassName.get("dev.optixgql.runtime.json", "JsonWriters");

  private FakesWriter() {}

  /** The fakes class name for {@code operation}'s class. */
  public static String className(IrOperation operation) {
    return operation.className() + "Fakes";
  }

  public static JavaFile write(
      GeneratedFiles.Target target, IrOperation operation, List<Element> origins) {
    ClassName operationClass = ClassName.get(target.packageName(), operation.className());
    Map<IrModel, ClassName> models = ModelNames.allocateAll(operationClass, operation);
    JavaTypes types = new JavaTypes(operation.typesPackage(), models);
    ValueCode values = new ValueCode(types, Map.of());
    ClassName fakes = ClassName.get(target.packageName(), className(operation));

    // Every record reachable from Data, with the shared fields its components are named after.
    Map<IrModel, List<IrField>> records = new IdentityHashMap<>();
    List<IrModel> order = new ArrayList<>();
    collect(operation.data(), List.of(), records, order);

    Map<IrModel, ClassName> builders = new IdentityHashMap<>();
    Map<IrModel, String> writers = new IdentityHashMap<>();
    List<IrModel> interfaces = polymorphic(operation.data());
    for (IrModel model : interfaces) {
      List<String> path = models.get(model).simpleNames();
      writers.put(model, "write" + String.join("", path.subList(1, path.size())));
    }
    // A builder is named after its record, with as many enclosing names as make it unique.
    Set<String> taken = new java.util.HashSet<>();
    for (IrModel model : order) {
      List<String> path = models.get(model).simpleNames();
      String base = String.join("", path.subList(1, path.size())); // the whole path is unique
      for (int k = 1; k < path.size() - 1; k++) {
        String candidate = String.join("", path.subList(path.size() - k, path.size()));
        if (!taken.contains(candidate)) {
          base = candidate;
          break;
        }
      }
      taken.add(base);
      builders.put(model, fakes.nestedClass(base + "Builder"));
      writers.put(model, "write" + String.join("", path.subList(1, path.size())));
    }

    TypeSpec.Builder type =
        TypeSpec.classBuilder(fakes)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(
                AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation")
                    .build())
            .addJavadoc(
                "Test builders for {@link $T}: every component set to a valid default, so a test names"
                    + " only what it checks; {@link #json} is the response's {@code data} as the"
                    + " server sends it.\n",
                operationClass)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    ClassName data = models.get(operation.data());
    type.addMethod(
        MethodSpec.methodBuilder("data")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "A builder of {@code Data} with every field set to its default.\n\n"
                    + "@return a new builder\n")
            .returns(builders.get(operation.data()))
            .addStatement("return new $T()", builders.get(operation.data()))
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("json")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "{@code data} as the server sends it: the JSON object the generated reader"
                    + " reads.\n\n@param data the data\n@return its JSON text\n")
            .addParameter(data, "data")
            .returns(String.class)
            .addStatement(
                "return $T.text(out -> $L(out, data))", JSON_WRITERS, writers.get(operation.data()))
            .build());

    for (IrModel model : order) {
      ClassName builder = builders.get(model);
      String factory =
          Character.toLowerCase(builder.simpleName().charAt(0))
              + builder
                  .simpleName()
                  .substring(1, builder.simpleName().length() - "Builder".length());
      if (model != operation.data()) {
        type.addMethod(
            MethodSpec.methodBuilder(factory)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                    "A builder of {@link $T} with every field set to its default.\n\n"
                        + "@return a new builder\n",
                    models.get(model))
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
      }
    }
    for (IrModel model : order) {
      ClassName record = models.get(model);
      List<IrField> shared = records.get(model);
      List<String> components = ResponseModelWriter.componentNames(shared, model.fields());
      type.addType(
          builder(model, record, components, builders.get(model), models, builders, types));
      type.addMethod(writer(model, record, components, writers, types, values));
    }
    for (IrModel model : interfaces) {
      type.addMethod(dispatchingWriter(model, models, writers));
    }
    values.addAdapterFields(type);
    return GeneratedFiles.file(target, type, operation.sourceFile(), origins);
  }

  /** Records reachable from {@code model}, depth first, each once. */
  private static void collect(
      IrModel model,
      List<IrField> shared,
      Map<IrModel, List<IrField>> records,
      List<IrModel> order) {
    if (model.polymorphic()) {
      for (IrModel variant : model.variants()) {
        collect(variant, model.declaredFields(), records, order);
      }
      return;
    }
    if (records.containsKey(model)) {
      return;
    }
    records.put(model, shared);
    order.add(model);
    for (IrField field : model.fields()) {
      IrModel inner = field.type().model();
      if (inner != null) {
        collect(inner, List.of(), records, order);
      }
    }
  }

  /** The interfaces and unions reachable from {@code model}, each once. */
  private static List<IrModel> polymorphic(IrModel model) {
    Set<IrModel> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<IrModel> out = new ArrayList<>();
    polymorphic(model, seen, out);
    return out;
  }

  private static void polymorphic(IrModel model, Set<IrModel> seen, List<IrModel> out) {
    if (!seen.add(model)) {
      return;
    }
    if (model.polymorphic()) {
      out.add(model);
      for (IrModel variant : model.variants()) {
        polymorphic(variant, seen, out);
      }
    }
    for (IrField field : model.fields()) {
      IrModel inner = field.type().model();
      if (inner != null) {
        polymorphic(inner, seen, out);
      }
    }
  }

  private static TypeSpec builder(
      IrModel model,
      ClassName record,
      List<String> components,
      ClassName name,
      Map<IrModel, ClassName> models,
      Map<IrModel, ClassName> builders,
      JavaTypes types) {
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Builds {@link $T}; every component starts at its default.\n", record);
    builder.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A builder with every component at its default.\n")
            .build());
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      IrField field = model.fields().get(i);
      String component = components.get(i);
      TypeName fieldType = types.of(field.type());
      builder.addField(
          FieldSpec.builder(fieldType, component, Modifier.PRIVATE)
              .initializer("$Z$L", defaultValue(field, field.type(), model, types, builders))
              .build());
      builder.addMethod(
          MethodSpec.methodBuilder(component)
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc(
                  "Sets {@code $L}.\n\n@param $L the value\n@return this builder\n",
                  field.responseName(),
                  component)
              .addParameter(fieldType, component)
              .returns(name)
              .addStatement("this.$L = $L", component, component)
              .addStatement("return this")
              .build());
      IrType inner = field.type().nullableForm();
      if (inner instanceof IrType.Model holder && !holder.model().polymorphic()) {
        ClassName nested = builders.get(holder.model());
        builder.addMethod(
            MethodSpec.methodBuilder(component)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                    "Sets {@code $L} to a default one that {@code edit} changes.\n\n"
                        + "@param edit what to change of the default\n@return this builder\n",
                    field.responseName())
                .addParameter(
                    ParameterizedTypeName.get(ClassName.get(Consumer.class), nested), "edit")
                .returns(name)
                .addStatement("$T nested = new $T()", nested, nested)
                .addStatement("edit.accept(nested)")
                .addStatement("this.$L = nested.build()", component)
                .addStatement("return this")
                .build());
      }
      arguments.add(CodeBlock.of("$L", component));
    }
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The record, with the values set and the defaults of the others.\n\n"
                    + "@return the record\n")
            .returns(record);
    for (int i = 0; i < components.size(); i++) {
      IrType fieldType = model.fields().get(i).type();
      if (!fieldType.nullable()
          && fieldType.nullableForm() instanceof IrType.Scalar scalar
          && scalar.mapped()) {
        build.addStatement(
            "$T.requireNonNull($L, $S)",
            java.util.Objects.class,
            components.get(i),
            "set " + components.get(i) + ": a scalar mapped to a Java type has no default");
      }
    }
    builder.addMethod(
        build
            .addStatement("return new $T($Z$L)", record, CodeBlock.join(arguments, ",$W"))
            .build());
    return builder.build();
  }

  /** A default for a value of {@code type} in {@code field} of {@code owner}. */
  private static CodeBlock defaultValue(
      IrField field,
      IrType type,
      IrModel owner,
      JavaTypes types,
      Map<IrModel, ClassName> builders) {
    IrType inner = type.nullableForm();
    if (inner instanceof IrType.ListOf list) {
      if (mappedScalar(list.of())) {
        return CodeBlock.of("$T.of()", java.util.List.class); // no element to make
      }
      return CodeBlock.of(
          "$T.of($L)",
          java.util.List.class,
          defaultValue(field, list.of(), owner, types, builders));
    }
    if (inner instanceof IrType.Model holder) {
      IrModel model = holder.model();
      if (model.polymorphic()) {
        // The first concrete variant the selection names (the fallback if it names none).
        model = model.variants().get(0);
      }
      return CodeBlock.of("new $T().build()", builders.get(model));
    }
    if (inner instanceof IrType.EnumRef) {
      return CodeBlock.of("$T.knownValues().get(0)", types.plain(inner, false));
    }
    if (inner instanceof IrType.Scalar scalar) {
      if (field.responseName().equals("__typename")) {
        return CodeBlock.of("$S", owner.schemaType());
      }
      if (scalar.mapped()) {
        CodeBlock known = mappedDefault(scalar.javaType());
        return known != null ? known : CodeBlock.of("null"); // build() asks for it
      }
      switch (scalar.name()) {
        case "ID":
          return CodeBlock.of("$S", "1");
        case "Int":
          return field.fieldName().toLowerCase(Locale.ROOT).endsWith("timestamp")
              ? CodeBlock.of("1_900_000_000")
              : CodeBlock.of("0");
        case "Float":
          return CodeBlock.of("0.0");
        case "Boolean":
          return CodeBlock.of("false");
        default:
          return CodeBlock.of("$S", field.responseName());
      }
    }
    throw new IllegalArgumentException("No default for " + type);
  }

  /**
   * A default of a mapped scalar's Java type, for the JDK's types scalars map to (Optix's {@code
   * DateTime}, {@code Time} and {@code JsonString} among them): {@code null} for a type of the
   * user's, which a test must set ({@code build()} says so).
   */
  private static CodeBlock mappedDefault(String javaType) {
    return switch (javaType) {
      case "java.time.LocalDateTime" ->
          CodeBlock.of("$T.of(2030, 3, 17, 17, 46, 40)", java.time.LocalDateTime.class);
      case "java.time.LocalDate" -> CodeBlock.of("$T.of(2030, 3, 17)", java.time.LocalDate.class);
      case "java.time.LocalTime" -> CodeBlock.of("$T.of(9, 0)", java.time.LocalTime.class);
      case "java.time.Instant" ->
          CodeBlock.of("$T.ofEpochSecond(1_900_000_000L)", java.time.Instant.class);
      case "java.time.OffsetDateTime" ->
          CodeBlock.of(
              "$T.ofEpochSecond(1_900_000_000L).atOffset($T.UTC)",
              java.time.Instant.class,
              java.time.ZoneOffset.class);
      case "java.math.BigDecimal" -> CodeBlock.of("$T.ZERO", java.math.BigDecimal.class);
      case "java.math.BigInteger" -> CodeBlock.of("$T.ZERO", java.math.BigInteger.class);
      case "java.lang.String" -> CodeBlock.of("$S", "{}");
      case "java.lang.Integer", "java.lang.Long", "java.lang.Short" -> CodeBlock.of("0");
      case "java.lang.Double" -> CodeBlock.of("0.0");
      case "java.lang.Boolean" -> CodeBlock.of("false");
      default -> null;
    };
  }

  /** Whether {@code type} is (a list of) a scalar mapped to a Java type of the user's. */
  private static boolean mappedScalar(IrType type) {
    IrType inner = type.nullableForm();
    return inner instanceof IrType.ListOf list
        ? mappedScalar(list.of())
        : inner instanceof IrType.Scalar scalar
            && scalar.mapped()
            && mappedDefault(scalar.javaType()) == null;
  }

  /** {@code writeX(out, value)}: the record's fields by response name. */
  private static MethodSpec writer(
      IrModel model,
      ClassName record,
      List<String> components,
      Map<IrModel, String> writers,
      JavaTypes types,
      ValueCode values) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(writers.get(model))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(OperationWriter.JSON_GENERATOR, "out")
            .addParameter(record, "value")
            .addException(IOException.class)
            .addStatement("out.writeStartObject()");
    for (int i = 0; i < components.size(); i++) {
      IrField field = model.fields().get(i);
      method.addStatement("out.writeFieldName($S)", field.responseName());
      CodeBlock write =
          write(
              field.type(),
              CodeBlock.of("value.$L()", components.get(i)),
              0,
              writers,
              types,
              values);
      if (field.type().nullable() || field.type().model() != null) {
        // A block of its own: the locals of one field's writing are named as the next one's.
        method.addCode("{\n$>").addCode(write).addCode("$<}\n");
      } else {
        method.addCode(write);
      }
    }
    return method.addStatement("out.writeEndObject()").build();
  }

  private static CodeBlock write(
      IrType type,
      CodeBlock value,
      int depth,
      Map<IrModel, String> writers,
      JavaTypes types,
      ValueCode values) {
    IrModel model = type.model();
    if (model == null) {
      return values.write(type, "out", value, depth);
    }
    CodeBlock.Builder code = CodeBlock.builder();
    String v = "w" + depth;
    code.addStatement("$T $L = $L", types.of(type).withoutAnnotations(), v, value);
    if (type.nullable()) {
      code.beginControlFlow("if ($L == null)", v)
          .addStatement("out.writeNull()")
          .nextControlFlow("else");
    }
    IrType inner = type.nullableForm();
    if (inner instanceof IrType.ListOf list) {
      String e = "x" + depth;
      code.addStatement("out.writeStartArray()")
          .beginControlFlow("for ($T $L : $L)", types.of(list.of()).withoutAnnotations(), e, v)
          .add(write(list.of(), CodeBlock.of("$L", e), depth + 1, writers, types, values))
          .endControlFlow()
          .addStatement("out.writeEndArray()");
    } else {
      code.addStatement("$L(out, $L)", writers.get(model), v);
    }
    if (type.nullable()) {
      code.endControlFlow();
    }
    return code.build();
  }

  /** {@code writeX(out, value)} of an interface or union: the variant's writer. */
  private static MethodSpec dispatchingWriter(
      IrModel model, Map<IrModel, ClassName> models, Map<IrModel, String> writers) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(writers.get(model))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(OperationWriter.JSON_GENERATOR, "out")
            .addParameter(models.get(model), "value")
            .addException(IOException.class);
    boolean first = true;
    for (IrModel variant : model.variants()) {
      ClassName record = models.get(variant);
      if (first) {
        method.beginControlFlow("if (value instanceof $T v)", record);
        first = false;
      } else {
        method.nextControlFlow("else if (value instanceof $T v)", record);
      }
      method.addStatement("$L(out, v)", writers.get(variant));
    }
    method.nextControlFlow("else");
    method.addStatement("throw new $T(value.getClass().getName())", IllegalStateException.class);
    method.endControlFlow();
    return method.build();
  }
}
