package dev.optixgql.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.optixgql.processor.ir.IrClient;
import dev.optixgql.processor.ir.IrMethod;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrVariable;
import dev.optixgql.processor.naming.JavaTypes;
import dev.optixgql.processor.naming.ModelNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Writes the implementation of a {@code @GraphQLClient} interface: each method builds its operation
 * from the parameters and hands it to the shared {@code OptixClient}, which checks the token's kind
 * before sending anything.
 */
public final class ClientImplWriter {
  static final ClassName OPTIX_CLIENT = ClassName.get("dev.optixgql.runtime", "OptixClient");
  static final ClassName TOKEN_KIND = ClassName.get("dev.optixgql.runtime", "TokenKind");
  static final ClassName CLIENT_CALLS =
      ClassName.get("dev.optixgql.runtime.generated", "ClientCalls");

  private ClientImplWriter() {}

  /**
   * {@code Outer.Bookings} → {@code Outer_Bookings_Impl}, as {@code OptixClient.create} expects.
   */
  public static ClassName implName(IrClient client) {
    return ClassName.get(client.packageName(), implSimpleName(client.simpleNames()));
  }

  /** {@code [Outer, Bookings]} → {@code Outer_Bookings_Impl}. */
  public static String implSimpleName(List<String> simpleNames) {
    return String.join("_", simpleNames) + "_Impl";
  }

  public static JavaFile write(GeneratedFiles.Target target, IrClient client) {
    ClassName iface =
        ClassName.get(
            client.packageName(),
            client.simpleNames().get(0),
            client.simpleNames().subList(1, client.simpleNames().size()).toArray(String[]::new));
    String display = String.join(".", client.simpleNames());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(implName(client))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(iface)
            .addJavadoc(
                "The generated implementation of {@link $T}; obtain it with {@code"
                    + " OptixClient.create($L.class)}.\n",
                iface,
                display)
            .addField(
                FieldSpec.builder(OPTIX_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL).build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc(
                        "Binds the interface to a client; {@code OptixClient.create} calls it.\n\n"
                            + "@param client the client that sends the operations\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(OPTIX_CLIENT, "client")
                    .addStatement(
                        "this.client = $T.requireNonNull(client, $S)", Objects.class, "client")
                    .build());
    // By signature, not declaration order: compilers list an interface's methods in different
    // orders (ECJ's is not the source's), and the file must be the same whichever compiled it.
    List<MethodSpec> methods = new ArrayList<>();
    for (IrMethod method : client.methods()) {
      methods.add(method(client, display, method));
    }
    methods.sort(Comparator.comparing(ClientImplWriter::signature));
    type.addMethods(methods);
    return GeneratedFiles.file(target, type, "@GraphQLClient " + display, List.of(client.origin()));
  }

  /** An Integer for an Int! would be unboxed into the record with no word of which variable. */
  private static void requireUnboxable(MethodSpec.Builder out, IrMethod method, JavaTypes types) {
    for (IrMethod.Parameter parameter : method.parameters()) {
      IrVariable variable = parameter.variable();
      if (!parameter.primitive()
          && !variable.type().nullable()
          && !variable.hasDefault()
          && types.plain(variable.type(), true).isPrimitive()) {
        out.addStatement(
            "$T.requireNonNull($L, $S)",
            Objects.class,
            parameter.name(),
            OperationWriter.requiredMessage(method.operation(), variable));
      }
    }
  }

  /** The operation record's arguments, in variable order: a parameter, or null for none. */
  private static List<CodeBlock> arguments(IrMethod method) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (IrVariable variable : method.operation().variables()) {
      IrMethod.Parameter bound =
          method.parameters().stream()
              .filter(p -> p.variable().equals(variable))
              .findFirst()
              .orElse(null);
      arguments.add(bound == null ? CodeBlock.of("null") : CodeBlock.of("$L", bound.name()));
    }
    return arguments;
  }

  private static MethodSpec method(IrClient client, String display, IrMethod method) {
    JavaTypes types = new JavaTypes(method.operation().typesPackage(), new IdentityHashMap<>());
    ClassName operation = ClassName.get(client.packageName(), method.operation().className());
    ClassName data = operation.nestedClass(dataName(client.packageName(), method));
    MethodSpec.Builder out =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(
                method.factory()
                    ? operation
                    : method.pages()
                        ? pagesOf(client, method)
                        : method.async()
                            ? ParameterizedTypeName.get(
                                ClassName.get(CompletableFuture.class), data)
                            : data);
    for (IrMethod.Parameter parameter : method.parameters()) {
      TypeName type =
          parameter.primitive()
              ? types.plain(parameter.variable().type(), true)
              : types.plain(parameter.variable().type(), false);
      out.addParameter(type, parameter.name());
    }
    requireUnboxable(out, method, types);
    List<CodeBlock> arguments = arguments(method);
    if (method.factory()) {
      return out.addStatement("return new $T($Z$L)", operation, CodeBlock.join(arguments, ",$W"))
          .build();
    }
    if (method.pages()) {
      return out.addStatement(
              "return $T.pages($Zclient,$W$T.$L,$W$S,$Wnew $T($L))",
              CLIENT_CALLS,
              TOKEN_KIND,
              client.tokenKind(),
              display,
              operation,
              CodeBlock.join(arguments, ",$W"))
          .build();
    }
    // Only a mutation declared idempotent says so; the runtime retries queries anyway.
    boolean idempotent = method.idempotent() && method.operation().mutation();
    out.addStatement(
        "return $T.$L($Zclient,$W$T.$L,$W$S,$Wnew $T($L)$L)",
        CLIENT_CALLS,
        method.async() ? "executeAsync" : "execute",
        TOKEN_KIND,
        client.tokenKind(),
        display,
        operation,
        CodeBlock.join(arguments, ",$W"),
        idempotent ? ",$Wtrue" : "");
    return out.build();
  }

  /** {@code Pages<Item>}: the items of the list the method's operation pages. */
  private static TypeName pagesOf(IrClient client, IrMethod method) {
    IrOperation operation = method.operation();
    JavaTypes types =
        new JavaTypes(
            operation.typesPackage(),
            ModelNames.allocateAll(
                ClassName.get(client.packageName(), operation.className()), operation));
    return ParameterizedTypeName.get(
        ClassName.get("dev.optixgql.runtime", "Pages"),
        types.plain(operation.paging().itemType(operation), false));
  }

  private static String signature(MethodSpec method) {
    StringBuilder out = new StringBuilder(method.name()).append('(');
    method.parameters().forEach(p -> out.append(p.type()).append(','));
    return out.append(')').toString();
  }

  private static String dataName(String pkg, IrMethod method) {
    // As OperationWriter names it: "Data" unless that clashes (the operation class, a fragment's
    // member type the root record inherits).
    return ModelNames.allocateAll(
            ClassName.get(pkg, method.operation().className()), method.operation())
        .get(method.operation().data())
        .simpleName();
  }
}
