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
   * CompletableFuture<MeQuery.Data>}: javac marks only the missing part unresolved, ECJ the whole
   * type) against the expected type: each name must be the expected qualified name or a dotted
   * suffix of it, type arguments compared the same way.
   */
  private static boolean unresolvedMatches(String written, TypeName wanted) {
    return writtenMatches(BindingValidator.stripAnnotations(written).replace(" ", ""), wanted);
  }

  private static boolean writtenMatches(String text, TypeName wanted) {
    int open = text.indexOf('<');
    String raw = open < 0 ? text : text.substring(0, open);
    if (wanted instanceof ClassName name) {
      return open < 0 && suffixOf(raw, name.canonicalName());
    }
    if (!(wanted instanceof ParameterizedTypeName parameterized)
        || open < 0
        || !text.endsWith(">")
        || !suffixOf(raw, parameterized.rawType().canonicalName())) {
      return false;
    }
    List<String> arguments = topLevelArguments(text.substring(open + 1, text.length() - 1));
    if (arguments.size() != parameterized.typeArguments().size()) {
      return false;
    }
    for (int i = 0; i < arguments.size(); i++) {
      if (!writtenMatches(arguments.get(i), parameterized.typeArguments().get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean suffixOf(String written, String canonical) {
    return canonical.equals(written) || canonical.endsWith("." + written);
  }

  /** {@code A,B<C,D>} → {@code A}, {@code B<C,D>}. */
  private static List<String> topLevelArguments(String text) {
    List<String> out = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '<' ? 1 : c == '>' ? -1 : 0;
      if (c == ',' && depth == 0) {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }
}
