package dev.optixgql.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.optixgql.processor.ir.IrField;
import dev.optixgql.processor.ir.IrFragment;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrType;
import dev.optixgql.processor.naming.JavaTypes;
import dev.optixgql.processor.naming.ModelNames;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a named fragment as an interface of accessors, with nested interfaces for its object
 * fields; every response record that spreads the fragment implements it, so code written against
 * {@code BookingFields} accepts the records of every operation that uses it.
 */
public final class FragmentWriter {
  private FragmentWriter() {}

  /**
   * @param lowered the fragments lowered together with {@code fragment} (one operation's), which
   *     its types may extend
   */
  public static JavaFile write(
      GeneratedFiles.Target target,
      IrFragment fragment,
      List<IrFragment> lowered,
      List<Element> origins) {
    String pkg = target.packageName();
    ClassName name = ModelNames.fragmentName(pkg, fragment.name());
    Map<IrModel, ClassName> models = new IdentityHashMap<>();
    ModelNames.allocateFragments(pkg, lowered, models);
    ModelNames.allocateFragment(name, fragment.model(), models);
    JavaTypes types = new JavaTypes(pkg, models);
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The fragment {@code $L} on {@code $L}, from {@code $L}: implemented by every"
                    + " response record that spreads it.\n",
                fragment.name(),
                fragment.model().schemaType(),
                fragment.sourceFile());
    members(type, fragment.model(), models, types);
    return GeneratedFiles.file(target, type, fragment.sourceFile(), origins);
  }

  private static void members(
      TypeSpec.Builder type, IrModel model, Map<IrModel, ClassName> models, JavaTypes types) {
    for (IrModel spread : model.fragments()) {
      type.addSuperinterface(models.get(spread));
    }
    List<IrField> fields = model.declaredFields();
    List<String> names = ResponseModelWriter.componentNames(fields, fields);
    List<IrField> inherited = inheritedFields(model);
    ClassName owner = models.get(model);
    for (int i = 0; i < fields.size(); i++) {
      IrField field = fields.get(i);
      if (inherited.stream().noneMatch(declared -> sameAccessor(declared, field))) {
        MethodSpec.Builder accessor =
            MethodSpec.methodBuilder(names.get(i))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(types.ofAccessor(field.type()))
                .addJavadoc(ResponseModelWriter.accessorJavadoc(field));
        if (field.deprecationReason() != null) {
          accessor.addAnnotation(Deprecated.class);
        }
        type.addMethod(accessor.build());
      }
      IrModel child = ModelNames.modelOf(field.type());
      if (child != null && owner.equals(models.get(child).enclosingClassName())) {
        TypeSpec.Builder nested =
            TypeSpec.interfaceBuilder(models.get(child))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Selected from {@code $L}.\n", child.schemaType());
        members(nested, child, models, types);
        type.addType(nested.build());
      }
    }
  }

  /**
   * The fields the interfaces {@code model} extends declare, directly or through theirs. An
   * interface leaves out what they declare in the same form: {@code next { id ...Other }} adds
   * nothing to {@code Other}, and repeating {@code Other}'s accessors in every fragment spreading
   * it would make the output grow with the paths rather than the document (issue 25).
   */
  private static List<IrField> inheritedFields(IrModel model) {
    List<IrField> out = new ArrayList<>();
    java.util.Deque<IrModel> pending = new java.util.ArrayDeque<>(model.fragments());
    java.util.Set<IrModel> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    while (!pending.isEmpty()) {
      IrModel next = pending.pop();
      if (seen.add(next)) {
        out.addAll(next.declaredFields());
        pending.addAll(next.fragments());
      }
    }
    return out;
  }

  /** Same response name, Java type (a nested model the very same) and deprecation. */
  private static boolean sameAccessor(IrField declared, IrField field) {
    return declared.responseName().equals(field.responseName())
        && sameType(declared.type(), field.type())
        && java.util.Objects.equals(declared.deprecationReason(), field.deprecationReason());
  }

  private static boolean sameType(IrType a, IrType b) {
    if (a instanceof IrType.NonNull x) {
      return b instanceof IrType.NonNull y && sameType(x.of(), y.of());
    }
    if (a instanceof IrType.ListOf x) {
      return b instanceof IrType.ListOf y && sameType(x.of(), y.of());
    }
    if (a instanceof IrType.Model x) {
      return b instanceof IrType.Model y && x.model() == y.model();
    }
    return !(b instanceof IrType.Model) && a.equals(b);
  }
}
