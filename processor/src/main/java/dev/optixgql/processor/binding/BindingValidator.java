package dev.optixgql.processor.binding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.diagnostic.Suggestions;
import dev.optixgql.processor.ir.IrMethod;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrVariable;
import dev.optixgql.processor.naming.JavaNames;
import dev.optixgql.processor.naming.JavaTypes;
import dev.optixgql.processor.naming.ModelNames;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Checks that an interface method can run its operation: every parameter names a variable, every
 * required variable has a parameter, each Java type can carry its variable's GraphQL type, and the
 * return type is the operation's {@code Data} (or a {@code CompletableFuture} of it).
 */
public final class BindingValidator {
  private static final Pattern ANNOTATIONS = Pattern.compile("@[\\w.$]+(\\([^)]*\\))?\\s*");
  private static final Pattern PACKAGES = Pattern.compile("\\b[a-z_][a-z0-9_]*\\.");

  private final Diagnostics diagnostics;

  public BindingValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** How a method returns its operation's result. */
  private record Returns(boolean async, boolean factory, boolean pages) {}

  private static final ClassName PAGES = ClassName.get("dev.optixgql.runtime", "Pages");

  /** The bound method, or {@code null} when it cannot be bound (reported). */
  public IrMethod bind(MethodDeclaration method, IrOperation operation, String pkg) {
    int mark = diagnostics.mark();
    JavaTypes types = new JavaTypes(operation.typesPackage(), new IdentityHashMap<>());
    List<IrMethod.Parameter> parameters = bindParameters(method, operation, types);
    Returns returns = checkReturnType(method, operation, pkg);
    if (diagnostics.hasErrorsSince(mark)) {
      return null;
    }
    return new IrMethod(
        method.element().getSimpleName().toString(),
        operation,
        returns.async(),
        method.idempotent(),
        returns.factory(),
        returns.pages(),
        parameters);
  }

  /** Each parameter to its variable, by GraphQL or Java name; every required variable covered. */
  private List<IrMethod.Parameter> bindParameters(
      MethodDeclaration method, IrOperation operation, JavaTypes types) {
    Map<String, IrVariable> byName = new LinkedHashMap<>();
    for (IrVariable variable : operation.variables()) {
      byName.put(variable.name(), variable);
      byName.putIfAbsent(JavaNames.member(variable.name()), variable);
    }
    List<IrMethod.Parameter> parameters = new ArrayList<>();
    List<IrVariable> bound = new ArrayList<>();
    for (ParameterDeclaration parameter : method.parameters()) {
      IrVariable variable = byName.get(parameter.name());
      if (variable == null) {
        reportUnknownParameter(method, operation, parameter, byName);
        continue;
      }
      bound.add(variable); // even of the wrong type: it is not also "missing"
      if (!typeMatches(parameter, variable, types)) {
        reportParameterType(operation, parameter, variable, types);
        continue;
      }
      boolean primitive = parameter.type().getKind().isPrimitive();
      parameters.add(new IrMethod.Parameter(parameter.name(), variable, primitive));
    }
    for (IrVariable variable : operation.variables()) {
      if (!bound.contains(variable) && !variable.type().nullable() && !variable.hasDefault()) {
        reportMissingParameter(method, operation, variable, types);
      }
    }
    return parameters;
  }

  private void reportUnknownParameter(
      MethodDeclaration method,
      IrOperation operation,
      ParameterDeclaration parameter,
      Map<String, IrVariable> byName) {
    diagnostics.report(
        DiagnosticKind.UNKNOWN_PARAMETER,
        null,
        JavaSite.of(parameter.element()),
        "Parameter '"
            + parameter.name()
            + "' of "
            + method.element().getSimpleName()
            + "() matches no variable of operation '"
            + operation.name()
            + "' (variables: "
            + variableList(operation)
            + ")."
            + Suggestions.didYouMean(parameter.name(), byName.keySet()));
  }

  private void reportParameterType(
      IrOperation operation, ParameterDeclaration parameter, IrVariable variable, JavaTypes types) {
    diagnostics.report(
        DiagnosticKind.PARAMETER_TYPE_MISMATCH,
        null,
        JavaSite.of(parameter.element()),
        "Parameter '"
            + parameter.name()
            + "' is declared "
            + shown(
                parameter.type(),
                normalize(types.plain(variable.type(), false).toString()),
                normalize(types.plain(variable.type(), true).toString()))
            + " but variable $"
            + variable.name()
            + " of '"
            + operation.name()
            + "' needs "
            + expected(variable, types)
            + ".");
  }

  private void reportMissingParameter(
      MethodDeclaration method, IrOperation operation, IrVariable variable, JavaTypes types) {
    diagnostics.report(
        DiagnosticKind.MISSING_PARAMETER,
        null,
        method.operationSite(),
        "Method "
            + method.element().getSimpleName()
            + "() has no parameter for the required variable $"
            + variable.name()
            + " of '"
            + operation.name()
            + "': add a parameter '"
            + JavaNames.member(variable.name())
            + "' of type "
            + expected(variable, types)
            + ".");
  }

  /**
   * The return type must be the operation's {@code Data}, a {@code CompletableFuture} of it, the
   * operation class itself (which hands out the typed operation without running it; the only choice
   * for a subscription), or for an operation that pages a list, {@code Pages} of its items.
   */
  private Returns checkReturnType(MethodDeclaration method, IrOperation operation, String pkg) {
    ClassName operationClass = ClassName.get(pkg, operation.className());
    Map<IrModel, ClassName> models = ModelNames.allocateAll(operationClass, operation);
    ClassName dataClass = models.get(operation.data());
    TypeMirror returnType = method.returnType();
    boolean async =
        JavaTypeMatcher.matches(
            returnType,
            ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), dataClass));
    boolean factory = JavaTypeMatcher.matches(returnType, operationClass);
    TypeName pagesOf =
        operation.paging() == null
            ? null
            : ParameterizedTypeName.get(
                PAGES,
                new JavaTypes(operation.typesPackage(), models)
                    .plain(operation.paging().itemType(operation), false));
    boolean pages = pagesOf != null && JavaTypeMatcher.matches(returnType, pagesOf);
    if (operation.subscription() && !factory) {
      diagnostics.report(
          DiagnosticKind.UNSUPPORTED_OPERATION_TYPE,
          null,
          method.operationSite(),
          "'"
              + operation.name()
              + "' is a subscription, which OptixClient cannot run: Optix serves queries and"
              + " mutations over HTTP only. Declare "
              + method.element().getSimpleName()
              + "() to return "
              + operation.className()
              + " to get the typed operation for a transport of your own.");
    } else if (!pages && isPages(returnType)) {
      reportPagesReturnType(method, operation, pagesOf);
    } else if (!async && !factory && !pages && !JavaTypeMatcher.matches(returnType, dataClass)) {
      reportReturnType(method, operation, String.join(".", dataClass.simpleNames()));
    }
    return new Returns(async, factory, pages);
  }

  private static boolean isPages(TypeMirror type) {
    return type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals(PAGES.canonicalName());
  }

  private void reportPagesReturnType(
      MethodDeclaration method, IrOperation operation, TypeName expected) {
    String message;
    if (expected == null) {
      message =
          "Method "
              + method.element().getSimpleName()
              + "() returns Pages, but operation '"
              + operation.name()
              + "' does not read one page of a list: a query whose one root field returns an"
              + " Optix pagination wrapper and takes its page from a variable, e.g."
              + " bookings(page: $page, limit: $limit) { total data { ... } }.";
    } else {
      String shown = normalize(expected.toString());
      message =
          "Method "
              + method.element().getSimpleName()
              + "() returns "
              + shown(method.returnType(), shown)
              + " but the pages of '"
              + operation.name()
              + "' hold "
              + shown.substring("Pages<".length(), shown.length() - 1)
              + ": return "
              + shown
              + ".";
    }
    diagnostics.report(
        DiagnosticKind.RETURN_TYPE_MISMATCH, null, JavaSite.of(method.element()), message);
  }

  private void reportReturnType(MethodDeclaration method, IrOperation operation, String data) {
    diagnostics.report(
        DiagnosticKind.RETURN_TYPE_MISMATCH,
        null,
        JavaSite.of(method.element()),
        "Method "
            + method.element().getSimpleName()
            + "() returns "
            + shown(method.returnType(), data, "CompletableFuture<" + data + ">")
            + " but operation '"
            + operation.name()
            + "' produces "
            + data
            + ": return "
            + data
            + ", CompletableFuture<"
            + data
            + ">, or "
            + operation.className()
            + " (the operation itself, e.g. for a Batch).");
  }

  private static boolean typeMatches(
      ParameterDeclaration parameter, IrVariable variable, JavaTypes types) {
    if (parameter.type().getKind().isPrimitive()) {
      // A primitive takes a scalar, nullable or not: it is never null, so a nullable variable
      // bound to one is always sent.
      return JavaTypeMatcher.matches(parameter.type(), types.plain(variable.type(), true));
    }
    return JavaTypeMatcher.matches(parameter.type(), types.plain(variable.type(), false));
  }

  private static String expected(IrVariable variable, JavaTypes types) {
    TypeName primitive = types.plain(variable.type(), true);
    TypeName boxed = types.plain(variable.type(), false);
    String text = normalize(boxed.toString());
    if (!primitive.isPrimitive()) {
      return text + (variable.type().nullable() ? " (null leaves it unsent)" : "");
    }
    return variable.type().nullable()
        ? text + " (null leaves it unsent) or " + primitive + " (always sent)"
        : primitive + " (or " + text + ")";
  }

  private static String variableList(IrOperation operation) {
    if (operation.variables().isEmpty()) {
      return "none";
    }
    return String.join(", ", operation.variables().stream().map(v -> "$" + v.name()).toList());
  }

  /**
   * A type as a message shows it: without packages, unless that would read like a type it is not (a
   * {@code com.acme.CompletableFuture} where {@code CompletableFuture} is expected).
   */
  private static String shown(TypeMirror type, String... lookalikes) {
    String plain = normalize(type.toString());
    for (String lookalike : lookalikes) {
      if (plain.equals(lookalike)) {
        return stripAnnotations(type.toString()).replace(" ", "");
      }
    }
    return plain;
  }

  /** A type's text without type annotations. */
  static String stripAnnotations(String type) {
    return ANNOTATIONS.matcher(type).replaceAll("");
  }

  /** A type's text without annotations or package qualifiers: {@code List<BookingSetInput>}. */
  static String normalize(String type) {
    String text = ANNOTATIONS.matcher(type).replaceAll("");
    String previous;
    do {
      previous = text;
      text = PACKAGES.matcher(text).replaceAll("");
    } while (!text.equals(previous));
    return text.replace(" ", "");
  }
}
