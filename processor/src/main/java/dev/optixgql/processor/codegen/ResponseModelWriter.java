package dev.optixgql.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.optixgql.processor.ir.IrField;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.naming.JavaTypes;
import dev.optixgql.processor.naming.MemberNames;
import dev.optixgql.processor.naming.ModelNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the response model of an operation, nested in its class: a record per selection set, and
 * for a polymorphic selection a sealed interface whose variants are records, so a {@code switch}
 * over them is exhaustive.
 */
final class ResponseModelWriter {
  private ResponseModelWriter() {}

  /** The type for {@code model} and, nested, the types of its fields and variants. */
  static TypeSpec model(IrModel model, Map<IrModel, ClassName> models, JavaTypes types) {
    return model(model, models, types, false);
  }

  /** Members of an interface must be declared {@code public static} (JLS §9.5). */
  private static TypeSpec model(
      IrModel model, Map<IrModel, ClassName> models, JavaTypes types, boolean inInterface) {
    return model.polymorphic()
        ? sealedInterface(model, models, types, inInterface)
        : record(model, List.of(), null, models, types, inInterface);
  }

  private static TypeSpec sealedInterface(
      IrModel model, Map<IrModel, ClassName> models, JavaTypes types, boolean inInterface) {
    ClassName name = models.get(model);
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(name)
            .addModifiers(modifiers(inInterface, Modifier.SEALED))
            .addJavadoc(
                "$L\n\n<p>One record per concrete type the selection names; {@code $L} for any"
                    + " other.\n",
                summary(model),
                models.get(model.fallback()).simpleName());
    List<IrField> shared = model.declaredFields();
    List<String> names = componentNames(shared, shared);
    for (int i = 0; i < shared.size(); i++) {
      IrField field = shared.get(i);
      MethodSpec.Builder accessor =
          MethodSpec.methodBuilder(names.get(i))
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .returns(types.of(field.type()));
      accessor.addJavadoc(accessorJavadoc(field));
      if (field.deprecationReason() != null) {
        accessor.addAnnotation(Deprecated.class);
      }
      type.addMethod(accessor.build());
    }
    // No permits clause: the variants are nested here, in the same file, which makes them the
    // permitted subclasses (JLS 8.1.6), and a long clause could not be wrapped.
    for (IrModel fragment : model.fragments()) {
      type.addSuperinterface(models.get(fragment));
    }
    addNested(type, name, model.fields(), models, types, true);
    for (IrModel variant : model.variants()) {
      type.addType(record(variant, shared, name, models, types, true));
    }
    return type.build();
  }

  private static TypeSpec record(
      IrModel model,
      List<IrField> shared,
      ClassName sealedParent,
      Map<IrModel, ClassName> models,
      JavaTypes types,
      boolean inInterface) {
    ClassName name = models.get(model);
    List<String> components = componentNames(shared, model.fields());
    TypeSpec.Builder type = TypeSpec.recordBuilder(name).addModifiers(modifiers(inInterface));
    if (sealedParent != null) {
      type.addSuperinterface(sealedParent);
    }
    for (IrModel fragment : model.fragments()) {
      type.addSuperinterface(models.get(fragment));
    }
    CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", summary(model));
    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    if (!components.isEmpty()) {
      doc.add("\n");
    }
    for (int i = 0; i < components.size(); i++) {
      IrField field = model.fields().get(i);
      ParameterSpec.Builder parameter =
          ParameterSpec.builder(types.of(field.type()), components.get(i));
      constructor.addParameter(parameter.build());
      if (field.deprecationReason() != null) {
        // @Deprecated on a record component has no effect (javac warns); the accessor carries it.
        type.addMethod(
            deprecatedAccessor(
                components.get(i),
                types.of(field.type()),
                field.responseName(),
                field.deprecationReason()));
      }
      String text = fieldDoc(field);
      doc.add(
          "@param $L $L\n",
          components.get(i),
          text.isEmpty() ? "the field {@code " + field.responseName() + "}" : text);
    }
    type.addJavadoc(doc.build());
    type.recordConstructor(constructor.build());
    addNested(type, name, model.fields(), models, types, false);
    return type.build();
  }

  /** The javadoc of an interface's accessor for {@code field}. */
  static CodeBlock accessorJavadoc(IrField field) {
    String text = fieldDoc(field);
    return CodeBlock.of(
        "$L\n\n@return {@code $L}\n",
        text.isEmpty() ? "The field {@code " + field.responseName() + "}." : text,
        field.responseName());
  }

  /** An explicit accessor for a deprecated component, so uses of it are flagged. */
  static MethodSpec deprecatedAccessor(
      String component, com.palantir.javapoet.TypeName type, String fieldName, String reason) {
    return MethodSpec.methodBuilder(component)
        .addJavadoc(
            "The field {@code $L}.\n\n@return {@code $L}\n@deprecated $L\n",
            fieldName,
            fieldName,
            Javadocs.escape(reason))
        .addAnnotation(Deprecated.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", component)
        .build();
  }

  /** Adds the types of {@code fields} that are named inside {@code owner}. */
  private static void addNested(
      TypeSpec.Builder type,
      ClassName owner,
      List<IrField> fields,
      Map<IrModel, ClassName> models,
      JavaTypes types,
      boolean ownerIsInterface) {
    // Two fields may hold one model (`user` and `organizer: user`, both `{ ...Person }`).
    Set<IrModel> added = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (IrField field : fields) {
      IrModel child = ModelNames.modelOf(field.type());
      if (child != null
          && owner.equals(models.get(child).enclosingClassName())
          && added.add(child)) {
        type.addType(model(child, models, types, ownerIsInterface));
      }
    }
  }

  private static Modifier[] modifiers(boolean inInterface, Modifier... more) {
    List<Modifier> out = new ArrayList<>();
    out.add(Modifier.PUBLIC);
    if (inInterface) {
      out.add(Modifier.STATIC);
    }
    out.addAll(List.of(more));
    return out.toArray(Modifier[]::new);
  }

  /**
   * Java names for {@code fields}, allocated with the {@code shared} ones first so a variant's
   * components and its sealed interface's accessors agree.
   */
  static List<String> componentNames(List<IrField> shared, List<IrField> fields) {
    // By identity: a variant holds the very field objects its sealed interface declares.
    Map<IrField, Integer> order = new java.util.IdentityHashMap<>();
    List<String> responseNames = new ArrayList<>();
    for (List<IrField> list : List.of(shared, fields)) {
      for (IrField field : list) {
        if (order.putIfAbsent(field, order.size()) == null) {
          responseNames.add(field.responseName());
        }
      }
    }
    List<String> allocated = MemberNames.allocate(responseNames, Set.of());
    List<String> out = new ArrayList<>();
    for (IrField field : fields) {
      out.add(allocated.get(order.get(field)));
    }
    return out;
  }

  private static String summary(IrModel model) {
    return model.description() == null || model.description().isBlank()
        ? "Selected from {@code " + model.schemaType() + "}."
        : Javadocs.escape(model.description());
  }

  private static String fieldDoc(IrField field) {
    StringBuilder text = new StringBuilder();
    if (field.description() != null && !field.description().isBlank()) {
      text.append(Javadocs.escape(field.description()));
    } else if (!field.responseName().equals(field.fieldName())) {
      text.append("{@code ")
          .append(field.fieldName())
          .append("}, as {@code ")
          .append(field.responseName())
          .append('}');
    }
    if (field.deprecationReason() != null) {
      text.append(text.length() == 0 ? "" : " ")
          .append("Deprecated: ")
          .append(Javadocs.escape(field.deprecationReason()));
    }
    return text.toString();
  }
}
