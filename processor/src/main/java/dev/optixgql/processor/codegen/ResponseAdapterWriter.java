package dev.optixgql.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.optixgql.processor.ir.IrField;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrOperation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes an operation's response adapter: one static method per response record that reads it in a
 * single streaming pass over jackson-core, switching on field names, skipping unknown ones and
 * naming the JSON path of any missing non-null field.
 */
public final class ResponseAdapterWriter {
  private static final ClassName JSON_TOKEN =
      ClassName.get("com.fasterxml.jackson.core", "JsonToken");

  private ResponseAdapterWriter() {}

  /** The adapter's class name for an operation class. */
  public static ClassName adapterName(ClassName operation) {
    return operation.peerClass(operation.simpleName() + "_ResponseAdapter");
  }

  public static JavaFile write(String pkg, IrOperation operation, List<Element> origins) {
    ClassName operationName = ClassName.get(pkg, operation.className());
    Map<IrModel, ClassName> models = ModelNames.allocateAll(pkg, operationName, operation);
    JavaTypes types = new JavaTypes(pkg, models);
    List<IrModel> ordered = new ArrayList<>();
    collect(operation.data(), ordered);
    NameAllocator allocator = new NameAllocator();
    Map<IrModel, String> methods = new IdentityHashMap<>();
    for (IrModel model : ordered) {
      // readData, then readBookings, readBookingsBooking…: the nesting path below Data.
      List<String> path = models.get(model).simpleNames();
      path = path.size() <= 2 ? path.subList(1, path.size()) : path.subList(2, path.size());
      String suggested = "read" + String.join("", path);
      // Tagged by position: equal models (records compare by value) are still distinct here.
      methods.put(model, allocator.newName(suggested, "model" + methods.size()));
    }
    // The entry point keeps a fixed name: the operation class calls readData.
    ValueCode values = new ValueCode(types, methods);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(adapterName(operationName))
            .addModifiers(Modifier.FINAL)
            .addJavadoc(
                "Reads the response of {@link $T}; generated, package-private.\n", operationName)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (IrModel model : ordered) {
      if (!model.polymorphic()) {
        type.addField(namesFieldSpec(methods.get(model), model));
      }
      type.addMethod(
          model.polymorphic()
              ? dispatcher(model, models.get(model), methods)
              : reader(
                  model,
                  models.get(model),
                  methods.get(model),
                  types,
                  values,
                  isVariant(model, ordered)));
    }
    values.addAdapterFields(type);
    if (!methods.get(operation.data()).equals("readData")) {
      throw new IllegalStateException("The data reader must be readData");
    }
    return GeneratedFiles.file(pkg, type, operation.sourceFile(), origins);
  }

  private static final ClassName SERIALIZED_STRING =
      ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");

  /** The constant holding a reader's field names in selection order. */
  private static String namesField(String method) {
    return method.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT)
        + "_NAMES";
  }

  private static com.palantir.javapoet.FieldSpec namesFieldSpec(String method, IrModel model) {
    CodeBlock.Builder names = CodeBlock.builder().add("{");
    for (int i = 0; i < model.fields().size(); i++) {
      names.add(i == 0 ? "\n$>$>" : ",\n");
      names.add("new $T($S)", SERIALIZED_STRING, model.fields().get(i).responseName());
    }
    names.add(model.fields().isEmpty() ? "}" : "$<$<}");
    return com.palantir.javapoet.FieldSpec.builder(
            com.palantir.javapoet.ArrayTypeName.of(SERIALIZED_STRING),
            namesField(method),
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(names.build())
        .build();
  }

  /** Every model reachable from {@code model}, each once (a shared one is reached twice). */
  private static void collect(IrModel model, List<IrModel> out) {
    for (IrModel seen : out) {
      if (seen == model) {
        return;
      }
    }
    out.add(model);
    for (IrField field : model.fields()) {
      IrModel child = ModelNames.modelOf(field.type());
      if (child != null) {
        collect(child, out);
      }
    }
    for (IrModel variant : model.variants()) {
      collect(variant, out);
    }
  }

  private static boolean isVariant(IrModel model, List<IrModel> all) {
    for (IrModel candidate : all) {
      for (IrModel variant : candidate.variants()) {
        if (variant == model) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Reads a polymorphic object: its {@code __typename} first, then the variant's reader (the
   * fallback's for a type the selection does not name, e.g. one added to the schema later).
   */
  private static MethodSpec dispatcher(
      IrModel model, ClassName name, Map<IrModel, String> methods) {
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement("$T.Typed typed = $T.typename(in)", ValueCode.READERS, ValueCode.READERS)
            .beginControlFlow("switch (typed.typename())");
    for (IrModel variant : model.variants()) {
      if (variant == model.fallback()) {
        continue;
      }
      body.add("case $S:\n", variant.schemaType())
          .indent()
          .addStatement("return $L(typed.parser(), typed.typename())", methods.get(variant))
          .unindent();
    }
    body.add("default:\n")
        .indent()
        .addStatement("return $L(typed.parser(), typed.typename())", methods.get(model.fallback()))
        .unindent()
        .endControlFlow();
    return MethodSpec.methodBuilder(methods.get(model))
        .addModifiers(Modifier.STATIC)
        .addParameter(OperationWriter.JSON_PARSER, "in")
        .addException(IOException.class)
        .returns(name)
        .addCode(body.build())
        .build();
  }

  /**
   * Reads one record's fields; a variant's reader starts after {@code __typename} (passed in) with
   * the object already open.
   */
  private static MethodSpec reader(
      IrModel model,
      ClassName name,
      String method,
      JavaTypes types,
      ValueCode values,
      boolean variant) {
    List<String> locals =
        MemberNames.allocate(
            model.fields().stream().map(IrField::responseName).toList(),
            Set.of("in", "name", "typename", "next", "field"));
    MethodSpec.Builder reader =
        MethodSpec.methodBuilder(method)
            .addModifiers(Modifier.STATIC)
            .addParameter(OperationWriter.JSON_PARSER, "in")
            .addException(IOException.class)
            .returns(name);
    if (variant) {
      reader.addParameter(String.class, "typename");
    } else {
      reader.addStatement("$T.beginObject(in)", ValueCode.READERS);
    }
    // Primitive fields need a flag to tell "absent" from zero; names stay clear of the locals.
    NameAllocator flags = new NameAllocator();
    for (String taken : locals) {
      flags.newName(taken, "local:" + taken);
    }
    for (String reserved : List.of("in", "name", "typename", "next", "field")) {
      flags.newName(reserved, reserved);
    }
    Map<String, String> seenFlags = new java.util.HashMap<>();
    for (String local : locals) {
      seenFlags.put(
          local,
          flags.newName("has" + Character.toUpperCase(local.charAt(0)) + local.substring(1)));
    }
    java.util.function.UnaryOperator<String> seen = seenFlags::get;
    for (int i = 0; i < locals.size(); i++) {
      IrField field = model.fields().get(i);
      TypeName type = types.of(field.type()).withoutAnnotations();
      boolean knownTypename = variant && field.responseName().equals("__typename");
      reader.addStatement(
          "$T $L = $L",
          type,
          locals.get(i),
          knownTypename ? CodeBlock.of("typename") : initial(type));
      if (type.isPrimitive()) {
        reader.addStatement("boolean $L = false", seen.apply(locals.get(i)));
      }
    }
    // Fields usually arrive in selection order (spec §7.2.2): try the expected name first with
    // nextFieldName, which compares bytes without building a String; else look the name up.
    String names = namesField(method);
    int count = model.fields().size();
    CodeBlock.Builder loop =
        CodeBlock.builder()
            .addStatement("int next = 0")
            .beginControlFlow("while (true)")
            .addStatement("int field")
            .beginControlFlow("if (next < $L && in.nextFieldName($L[next]))", count, names)
            .addStatement("field = next")
            .nextControlFlow("else")
            .beginControlFlow("if (next >= $L)", count)
            .addStatement("in.nextToken()")
            .endControlFlow()
            .beginControlFlow("if (in.currentToken() != $T.FIELD_NAME)", JSON_TOKEN)
            .addStatement("break")
            .endControlFlow()
            .beginControlFlow("switch (in.currentName())");
    for (int i = 0; i < count; i++) {
      loop.add("case $S:\n", model.fields().get(i).responseName())
          .indent()
          .addStatement("field = $L", i)
          .addStatement("break")
          .unindent();
    }
    loop.add("default:\n").indent().addStatement("field = -1").unindent();
    loop.endControlFlow().endControlFlow();
    loop.addStatement("in.nextToken()").beginControlFlow("switch (field)");
    for (int i = 0; i < count; i++) {
      IrField field = model.fields().get(i);
      String local = locals.get(i);
      loop.add("case $L:\n", i).indent();
      loop.addStatement("$L = $L", local, values.read(field.type(), "in", 0));
      if (types.of(field.type()).isPrimitive()) {
        loop.addStatement("$L = true", seen.apply(local));
      }
      loop.addStatement("break").unindent();
    }
    loop.add("default:\n").indent().addStatement("in.skipChildren()").unindent();
    loop.endControlFlow().addStatement("next = field + 1").endControlFlow();
    reader.addCode(loop.build());
    for (int i = 0; i < locals.size(); i++) {
      IrField field = model.fields().get(i);
      if (field.type().nullable()) {
        continue;
      }
      String local = locals.get(i);
      String missing =
          types.of(field.type()).isPrimitive() ? "!" + seen.apply(local) : local + " == null";
      reader
          .beginControlFlow("if ($L)", missing)
          .addStatement("throw $T.missingField(in, $S)", ValueCode.READERS, field.responseName())
          .endControlFlow();
    }
    reader.addStatement("return new $T($L)", name, String.join(", ", locals));
    return reader.build();
  }

  private static CodeBlock initial(TypeName type) {
    if (type == TypeName.BOOLEAN) {
      return CodeBlock.of("false");
    }
    if (type == TypeName.DOUBLE) {
      return CodeBlock.of("0.0");
    }
    if (type.isPrimitive()) {
      return CodeBlock.of("0");
    }
    return CodeBlock.of("null");
  }
}
