package dev.optixgql.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.optixgql.processor.ir.IrField;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.naming.JavaTypes;
import dev.optixgql.processor.naming.MemberNames;
import dev.optixgql.processor.naming.ModelNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes an operation's response adapter, a private class nested in the operation's class: one
 * static method per response record that reads it in a single streaming pass over jackson-core,
 * matching field names in selection order, skipping unknown ones and naming the JSON path of any
 * missing non-null field.
 */
final class ResponseAdapterWriter {
  private ResponseAdapterWriter() {}

  /** The adapter's class, nested in the operation's class. */
  static ClassName adapterName(ClassName operation) {
    return operation.nestedClass("ResponseAdapter");
  }

  /**
   * The adapter of {@code operation}, a private class nested in its class {@code operationName},
   * whose response records {@code models} names.
   */
  static TypeSpec adapter(
      ClassName operationName,
      IrOperation operation,
      Map<IrModel, ClassName> models,
      JavaTypes types) {
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
    if (!methods.get(operation.data()).equals("readData")) {
      throw new IllegalStateException("The data reader must be readData");
    }
    ValueCode values = new ValueCode(types, methods);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(adapterName(operationName))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Reads the response in one streaming pass.\n")
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    Set<IrModel> variants = variants(ordered);
    Map<IrModel, CodeBlock> names =
        namesConstants(type, adapterName(operationName), ordered, methods);
    for (IrModel model : ordered) {
      type.addMethod(
          model.polymorphic()
              ? dispatcher(model, models.get(model), methods)
              : reader(
                  model,
                  models.get(model),
                  methods.get(model),
                  names.get(model),
                  types,
                  values,
                  variants.contains(model)));
    }
    values.addAdapterFields(type);
    return type.build();
  }

  private static final ClassName SERIALIZED_STRING =
      ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");

  /**
   * The bytes of static initializer one class may spend on names constants: each costs about 12
   * bytes plus 8 per name, and javac refuses a method over 64 KB ("code too large").
   */
  static final int NAMES_BYTES_PER_CLASS = 48_000;

  /**
   * Declares each reader's names constant and returns how a reader refers to it: in the adapter
   * itself while its static initializer has room ({@link #NAMES_BYTES_PER_CLASS}), then in nested
   * holders {@code Names1}, {@code Names2}… of the same size, so an operation of a thousand records
   * compiles (issue 25).
   */
  private static Map<IrModel, CodeBlock> namesConstants(
      TypeSpec.Builder adapter,
      ClassName adapterName,
      List<IrModel> ordered,
      Map<IrModel, String> methods) {
    Map<IrModel, CodeBlock> references = new IdentityHashMap<>();
    List<TypeSpec.Builder> holders = new ArrayList<>();
    TypeSpec.Builder current = adapter;
    ClassName currentName = null;
    int bytes = 0;
    for (IrModel model : ordered) {
      if (model.polymorphic()) {
        continue;
      }
      int cost = 12 + 8 * model.fields().size();
      if (bytes > 0 && bytes + cost > NAMES_BYTES_PER_CLASS) {
        currentName = adapterName.nestedClass("Names" + (holders.size() + 1));
        current =
            TypeSpec.classBuilder(currentName)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                    "More of the readers' names: one class's initializer holds only so many.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        holders.add(current);
        bytes = 0;
      }
      bytes += cost;
      String field = namesField(methods.get(model));
      current.addField(namesFieldSpec(field, model));
      references.put(
          model,
          currentName == null
              ? CodeBlock.of("$N", field)
              : CodeBlock.of("$T.$N", currentName, field));
    }
    holders.forEach(holder -> adapter.addType(holder.build()));
    return references;
  }

  /** The constant holding a reader's field names in selection order. */
  private static String namesField(String method) {
    return method.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT)
        + "_NAMES";
  }

  private static com.palantir.javapoet.FieldSpec namesFieldSpec(String field, IrModel model) {
    CodeBlock.Builder names = CodeBlock.builder().add("$Z$T.names($Z", ValueCode.READERS);
    for (int i = 0; i < model.fields().size(); i++) {
      names.add(i == 0 ? "$S" : ",$W$S", model.fields().get(i).responseName());
    }
    return com.palantir.javapoet.FieldSpec.builder(
            com.palantir.javapoet.ArrayTypeName.of(SERIALIZED_STRING),
            field,
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(names.add(")").build())
        .build();
  }

  /**
   * Every model reachable from {@code model}, each once, depth first in field order: the IR is a
   * DAG, and a model shared by several paths gets one reader that all of them call.
   */
  private static void collect(IrModel model, List<IrModel> out) {
    Set<IrModel> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    java.util.Deque<IrModel> pending = new java.util.ArrayDeque<>();
    pending.push(model);
    while (!pending.isEmpty()) {
      IrModel next = pending.pop();
      if (!seen.add(next)) {
        continue;
      }
      out.add(next);
      List<IrModel> children = new ArrayList<>();
      for (IrField field : next.fields()) {
        IrModel child = ModelNames.modelOf(field.type());
        if (child != null) {
          children.add(child);
        }
      }
      children.addAll(next.variants());
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
  }

  /** The variants of every polymorphic model in {@code all}. */
  private static Set<IrModel> variants(List<IrModel> all) {
    Set<IrModel> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (IrModel candidate : all) {
      out.addAll(candidate.variants());
    }
    return out;
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
            .add("return switch (typed.typename()) {\n$>");
    for (IrModel variant : model.variants()) {
      if (variant != model.fallback()) {
        body.add(
            "case $S -> $L($Ztyped.parser(),$Wtyped.typename());\n",
            variant.schemaType(),
            methods.get(variant));
      }
    }
    body.add(
        "default -> $L($Ztyped.parser(),$Wtyped.typename());\n$<};\n",
        methods.get(model.fallback()));
    return MethodSpec.methodBuilder(methods.get(model))
        .addModifiers(Modifier.STATIC)
        .addParameter(OperationWriter.JSON_PARSER, "in")
        .addException(IOException.class)
        .returns(name)
        .addCode(body.build())
        .build();
  }

  /**
   * A reader's locals: one per field (named clear of the reader's own names) and, for a primitive
   * field, a flag telling "absent" from zero.
   */
  private record Locals(List<String> values, Map<String, String> flags) {
    static Locals of(IrModel model) {
      // The reader's own names: its parameters, the field index and the lambdas' parameters.
      Set<String> reserved = new java.util.TreeSet<>(List.of("in", "typename", "field"));
      for (IrField field : model.fields()) {
        reserved.addAll(ValueCode.lambdaParameters(field.type(), 0));
      }
      List<String> values =
          MemberNames.allocate(
              model.fields().stream().map(IrField::responseName).toList(), reserved);
      NameAllocator names = new NameAllocator();
      for (String taken : values) {
        names.newName(taken, "local:" + taken);
      }
      for (String own : reserved) {
        names.newName(own, "reserved:" + own);
      }
      Map<String, String> flags = new java.util.HashMap<>();
      for (String local : values) {
        String flag = "has" + Character.toUpperCase(local.charAt(0)) + local.substring(1);
        // An explicit tag: without one NameAllocator draws a random UUID per name.
        flags.put(local, names.newName(flag, "flag:" + local));
      }
      return new Locals(values, flags);
    }

    String flag(String local) {
      return flags.get(local);
    }
  }

  /**
   * Reads one record's fields; a variant's reader starts after {@code __typename} (passed in) with
   * the object already open.
   */
  private static MethodSpec reader(
      IrModel model,
      ClassName name,
      String method,
      CodeBlock names,
      JavaTypes types,
      ValueCode values,
      boolean variant) {
    Locals locals = Locals.of(model);
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
    declareLocals(reader, model, locals, types, variant);
    reader.addCode(fieldLoop(model, locals, types, values, names));
    requireFields(reader, model, locals, types);
    reader.addStatement("return new $T($Z$L)", name, CodeBlocks.arguments(locals.values()));
    return reader.build();
  }

  private static void declareLocals(
      MethodSpec.Builder reader, IrModel model, Locals locals, JavaTypes types, boolean variant) {
    for (int i = 0; i < locals.values().size(); i++) {
      IrField field = model.fields().get(i);
      TypeName type = types.of(field.type()).withoutAnnotations();
      boolean knownTypename = variant && field.responseName().equals("__typename");
      String local = locals.values().get(i);
      reader.addStatement(
          "$T $L = $L", type, local, knownTypename ? CodeBlock.of("typename") : initial(type));
      if (type.isPrimitive()) {
        reader.addStatement("boolean $L = false", locals.flag(local));
      }
    }
  }

  /**
   * The loop over the object's fields, by index into the names constant: JsonReaders.nextField
   * tries the next name in selection order first (spec §7.2.2).
   */
  private static CodeBlock fieldLoop(
      IrModel model, Locals locals, JavaTypes types, ValueCode values, CodeBlock names) {
    CodeBlock.Builder loop =
        CodeBlock.builder()
            .addStatement("int field = $T.nextField(in,$W$L,$W0)", ValueCode.READERS, names)
            .beginControlFlow("while (field != $T.END_OF_OBJECT)", ValueCode.READERS)
            .beginControlFlow("switch (field)");
    for (int i = 0; i < model.fields().size(); i++) {
      IrField field = model.fields().get(i);
      String local = locals.values().get(i);
      CodeBlock read = values.read(field.type(), "in", 0);
      if (types.of(field.type()).isPrimitive()) {
        loop.beginControlFlow("case $L ->", i)
            .addStatement("$L = $L", local, read)
            .addStatement("$L = true", locals.flag(local))
            .endControlFlow();
      } else {
        loop.addStatement("case $L -> $L = $L", i, local, read);
      }
    }
    return loop.addStatement("default -> in.skipChildren()")
        .endControlFlow()
        .addStatement("field = $T.nextField(in,$W$L,$Wfield + 1)", ValueCode.READERS, names)
        .endControlFlow()
        .build();
  }

  /** A non-null field the response left out fails the read, naming the field. */
  private static void requireFields(
      MethodSpec.Builder reader, IrModel model, Locals locals, JavaTypes types) {
    for (int i = 0; i < locals.values().size(); i++) {
      IrField field = model.fields().get(i);
      if (field.type().nullable()) {
        continue;
      }
      String local = locals.values().get(i);
      String present =
          types.of(field.type()).isPrimitive() ? locals.flag(local) : local + " != null";
      reader.addStatement(
          "$T.require(in, $L, $S)", ValueCode.READERS, present, field.responseName());
    }
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
