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
    Map<IrModel, ClassName> models = ModelNames.allocate(operationName, operation.data());
    JavaTypes types = new JavaTypes(pkg, models);
    List<IrModel> ordered = new ArrayList<>();
    collect(operation.data(), ordered);
    NameAllocator allocator = new NameAllocator();
    Map<IrModel, String> methods = new IdentityHashMap<>();
    for (IrModel model : ordered) {
      methods.put(model, allocator.newName("read" + models.get(model).simpleName(), model));
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
      type.addMethod(reader(model, models.get(model), methods.get(model), types, values));
    }
    if (!methods.get(operation.data()).equals("readData")) {
      throw new IllegalStateException("The data reader must be readData");
    }
    return GeneratedFiles.file(pkg, type, operation.sourceFile(), origins);
  }

  private static void collect(IrModel model, List<IrModel> out) {
    out.add(model);
    for (IrField field : model.fields()) {
      IrModel child = ModelNames.modelOf(field.type());
      if (child != null) {
        collect(child, out);
      }
    }
  }

  private static MethodSpec reader(
      IrModel model, ClassName name, String method, JavaTypes types, ValueCode values) {
    List<String> locals =
        MemberNames.allocate(
            model.fields().stream().map(IrField::responseName).toList(), Set.of("in", "name"));
    MethodSpec.Builder reader =
        MethodSpec.methodBuilder(method)
            .addModifiers(Modifier.STATIC)
            .addParameter(OperationWriter.JSON_PARSER, "in")
            .addException(IOException.class)
            .returns(name)
            .addStatement("$T.beginObject(in)", ValueCode.READERS);
    // Primitive fields need a flag to tell "absent" from zero; names stay clear of the locals.
    NameAllocator flags = new NameAllocator();
    for (String taken : locals) {
      flags.newName(taken, "local:" + taken);
    }
    flags.newName("in", "in");
    flags.newName("name", "name");
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
      reader.addStatement("$T $L = $L", type, locals.get(i), initial(type));
      if (type.isPrimitive()) {
        reader.addStatement("boolean $L = false", seen.apply(locals.get(i)));
      }
    }
    CodeBlock.Builder loop =
        CodeBlock.builder()
            .beginControlFlow("while (in.nextToken() == $T.FIELD_NAME)", JSON_TOKEN)
            .addStatement("String name = in.currentName()")
            .addStatement("in.nextToken()")
            .beginControlFlow("switch (name)");
    for (int i = 0; i < locals.size(); i++) {
      IrField field = model.fields().get(i);
      String local = locals.get(i);
      loop.add("case $S:\n", field.responseName()).indent();
      loop.addStatement("$L = $L", local, values.read(field.type(), "in", 0));
      if (types.of(field.type()).isPrimitive()) {
        loop.addStatement("$L = true", seen.apply(local));
      }
      loop.addStatement("break").unindent();
    }
    loop.add("default:\n").indent().addStatement("in.skipChildren()").unindent();
    loop.endControlFlow().endControlFlow();
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
