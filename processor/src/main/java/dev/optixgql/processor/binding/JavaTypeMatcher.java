package dev.optixgql.processor.binding;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether a Java type the user declared is the type the binding needs, compared as types ({@code
 * javax.lang.model}: qualified names, type arguments), not as text: a {@code
 * com.acme.CompletableFuture} is not {@code java.util.concurrent.CompletableFuture}.
 *
 * <p>A type optixgql generates in this round does not exist yet: javac hands it over as an error
 * type, known only by the name written. Such a type matches by that name, simple or qualified (a
 * user's own class of that name would resolve, and be compared by its qualified name).
 */
final class JavaTypeMatcher {
  private JavaTypeMatcher() {}

  static boolean matches(TypeMirror actual, TypeName expected) {
    TypeName wanted = expected.withoutAnnotations();
    if (wanted.isPrimitive()) {
      return actual.getKind().isPrimitive()
          && TypeName.get(actual).withoutAnnotations().equals(wanted);
    }
    if (actual.getKind() == TypeKind.ERROR) {
      return unresolvedMatches(actual.toString(), wanted);
    }
    if (wanted instanceof ArrayTypeName array) {
      return actual instanceof ArrayType type
          && matches(type.getComponentType(), array.componentType());
    }
    if (!(actual instanceof DeclaredType declared)
        || !(declared.asElement() instanceof TypeElement element)) {
      return false;
    }
    ClassName raw =
        wanted instanceof ParameterizedTypeName parameterized
            ? parameterized.rawType()
            : wanted instanceof ClassName name ? name : null;
    if (raw == null || !element.getQualifiedName().contentEquals(raw.canonicalName())) {
      return false;
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    List<TypeName> wantedArguments =
        wanted instanceof ParameterizedTypeName parameterized
            ? parameterized.typeArguments()
            : List.of();
    if (arguments.size() != wantedArguments.size()) {
      return false;
    }
    for (int i = 0; i < arguments.size(); i++) {
      if (!matches(arguments.get(i), wantedArguments.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An unresolved type as written ({@code MeQuery.Data}, {@code test.MeQuery.Data}, {@code
   * List<BookingInput>}) against the expected type: names compared by their written suffix.
   */
  private static boolean unresolvedMatches(String written, TypeName wanted) {
    String text = BindingValidator.stripAnnotations(written).replace(" ", "");
    String expected = wanted.toString().replace(" ", "");
    return text.equals(expected) || expected.endsWith("." + text) || text.equals(simple(wanted));
  }

  /** {@code test.MeQuery.Data} → {@code MeQuery.Data}; generic arguments likewise. */
  private static String simple(TypeName type) {
    if (type instanceof ClassName name) {
      return String.join(".", name.simpleNames());
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      StringBuilder out = new StringBuilder(simple(parameterized.rawType())).append('<');
      for (int i = 0; i < parameterized.typeArguments().size(); i++) {
        out.append(i == 0 ? "" : ",").append(simple(parameterized.typeArguments().get(i)));
      }
      return out.append('>').toString();
    }
    return type.toString();
  }
}
