package dev.optixgql.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.optixgql.processor.ir.IrField;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrPaging;
import dev.optixgql.processor.ir.IrType;
import dev.optixgql.processor.ir.IrVariable;
import dev.optixgql.processor.naming.JavaTypes;
import dev.optixgql.processor.naming.MemberNames;
import dev.optixgql.processor.naming.ModelNames;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes an operation's class: a record of its variables implementing the runtime's {@code
 * Operation}, holding the document sent and, nested, the response records ({@code Data} …).
 */
public final class OperationWriter {
  static final ClassName OPERATION = ClassName.get("dev.optixgql.runtime", "Operation");
  static final ClassName JSON_GENERATOR =
      ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");

  /** Members of {@code Operation} and the constants: variables must not take these names. */
  static final Set<String> RESERVED =
      Set.of(
          "document",
          "operationName",
          "isMutation",
          "isSubscription",
          "dataType",
          "writeVariables",
          "readData",
          "DOCUMENT",
          "OPERATION_NAME",
          "out",
          "in");

  /**
   * Members of {@code PagedOperation}: a paged operation's variables must not take these either.
   */
  static final Set<String> PAGING_RESERVED = Set.of("pageNumber", "pageSize", "withPage", "pageOf");

  static final ClassName PAGED_OPERATION = ClassName.get("dev.optixgql.runtime", "PagedOperation");
  static final ClassName PAGE = ClassName.get("dev.optixgql.runtime", "Page");

  private OperationWriter() {}

  /**
   * @param tokenKind the {@code TokenKind} constant every interface binding the operation requires,
   *     or {@code null} (any kind: the runtime's default)
   */
  public static JavaFile write(
      GeneratedFiles.Target target,
      IrOperation operation,
      List<Element> origins,
      String tokenKind) {
    String pkg = target.packageName();
    ClassName name = ClassName.get(pkg, operation.className());
    Map<IrModel, ClassName> models = ModelNames.allocateAll(name, operation);
    JavaTypes types = new JavaTypes(operation.typesPackage(), models);
    ClassName data = models.get(operation.data());
    IrPaging paging = operation.paging();
    Set<String> reserved = RESERVED;
    if (paging != null) {
      reserved = new java.util.HashSet<>(RESERVED);
      reserved.addAll(PAGING_RESERVED);
    }
    List<String> components =
        MemberNames.allocate(
            operation.variables().stream().map(IrVariable::name).toList(), reserved);

    TypeSpec.Builder type =
        TypeSpec.recordBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(
                paging == null
                    ? ParameterizedTypeName.get(OPERATION, data)
                    : ParameterizedTypeName.get(
                        PAGED_OPERATION, data, types.plain(paging.itemType(operation), false)))
            .addJavadoc(classJavadoc(operation, components));
    type.recordConstructor(constructor(operation, components, types));
    addConstants(type, operation);
    addOperationMethods(type, operation, tokenKind, data);
    ValueCode values = new ValueCode(types, Map.of());
    type.addMethod(writeVariables(operation, components, values));
    values.addAdapterFields(type);
    type.addMethod(
        MethodSpec.methodBuilder("readData")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(JSON_PARSER, "in")
            .addException(IOException.class)
            .returns(data)
            .addStatement("return $T.readData(in)", ResponseAdapterWriter.adapterName(name))
            .build());
    if (paging != null) {
      addPagingMethods(type, operation, paging, components, name, models, types);
    }
    type.addType(ResponseModelWriter.model(operation.data(), models, types));
    type.addType(ResponseAdapterWriter.adapter(name, operation, models, types));
    return GeneratedFiles.file(target, type, operation.sourceFile(), origins);
  }

  /** The record's components, one per variable; a required one refused as null at once. */
  private static MethodSpec constructor(
      IrOperation operation, List<String> components, JavaTypes types) {
    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Refuses a missing required variable before anything is sent$L.\n\n",
                operation.variables().stream().anyMatch(v -> CodeBlocks.isList(v.type()))
                    ? "; lists are kept as unmodifiable copies"
                    : "");
    for (int i = 0; i < components.size(); i++) {
      IrVariable variable = operation.variables().get(i);
      TypeName componentType = types.of(variable.type());
      constructor.addParameter(ParameterSpec.builder(componentType, components.get(i)).build());
      constructor.addJavadoc(
          "@param $L the variable {@code $$$L}\n", components.get(i), variable.name());
      if (!componentType.isPrimitive() && !variable.type().nullable() && !variable.hasDefault()) {
        // Refused here, before anything is sent, rather than deep in writeVariables.
        constructor.addStatement(
            "$T.requireNonNull($L,$W$S)",
            java.util.Objects.class,
            components.get(i),
            requiredMessage(operation, variable));
      }
      CodeBlock copy =
          CodeBlocks.listCopy(
              components.get(i),
              variable.type(),
              "$"
                  + variable.name()
                  + " of "
                  + operation.name()
                  + " ("
                  + graphqlType(variable.type())
                  + ")");
      if (copy != null) {
        constructor.addStatement(copy);
      }
    }
    return constructor.build();
  }

  /** {@code OPERATION_NAME} and {@code DOCUMENT}. */
  private static void addConstants(TypeSpec.Builder type, IrOperation operation) {
    type.addField(
        FieldSpec.builder(
                String.class, "OPERATION_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The operation's name.\n")
            .initializer("$S", operation.name())
            .build());
    type.addField(
        FieldSpec.builder(
                String.class, "DOCUMENT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The document sent: the operation and the fragments it uses.\n")
            .initializer(documentInitializer(operation.document()))
            .build());
  }

  /** The {@code Operation} methods the runtime asks: document, name, kind, token kind, type. */
  private static void addOperationMethods(
      TypeSpec.Builder type, IrOperation operation, String tokenKind, ClassName data) {
    type.addMethod(getter("document", String.class, CodeBlock.of("return DOCUMENT")));
    type.addMethod(getter("operationName", String.class, CodeBlock.of("return OPERATION_NAME")));
    type.addMethod(
        getter("isMutation", boolean.class, CodeBlock.of("return $L", operation.mutation())));
    if (operation.subscription()) {
      type.addMethod(getter("isSubscription", boolean.class, CodeBlock.of("return true")));
    }
    if (tokenKind != null) {
      type.addMethod(
          MethodSpec.methodBuilder("tokenKind")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(ClientImplWriter.TOKEN_KIND)
              .addStatement("return $T.$L", ClientImplWriter.TOKEN_KIND, tokenKind)
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("dataType")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), data))
            .addStatement("return $T.class", data)
            .build());
  }

  /**
   * The {@code PagedOperation} methods: the page asked for and its size, this operation for another
   * page, and the page in the data ({@link IrPaging}).
   */
  private static void addPagingMethods(
      TypeSpec.Builder type,
      IrOperation operation,
      IrPaging paging,
      List<String> components,
      ClassName name,
      Map<IrModel, ClassName> models,
      JavaTypes types) {
    String page = components.get(paging.pageVariable());
    boolean pageNullable = operation.variables().get(paging.pageVariable()).type().nullable();
    type.addMethod(
        MethodSpec.methodBuilder("pageNumber")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement(
                pageNullable
                    ? CodeBlock.of("return $L != null ? $L : $L", page, page, paging.defaultPage())
                    : CodeBlock.of("return $L", page))
            .build());
    CodeBlock size;
    if (paging.limitVariable() < 0) {
      size = CodeBlock.of("return $L", paging.defaultLimit());
    } else {
      String limit = components.get(paging.limitVariable());
      size =
          operation.variables().get(paging.limitVariable()).type().nullable()
              ? CodeBlock.of("return $L != null ? $L : $L", limit, limit, paging.defaultLimit())
              : CodeBlock.of("return $L", limit);
    }
    type.addMethod(
        MethodSpec.methodBuilder("pageSize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement(size)
            .build());
    List<CodeBlock> arguments = new java.util.ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      arguments.add(
          CodeBlock.of("$L", i == paging.pageVariable() ? "pageNumber" : components.get(i)));
    }
    type.addMethod(
        MethodSpec.methodBuilder("withPage")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(int.class, "pageNumber")
            .returns(name)
            .addStatement("return new $T($L)", name, CodeBlock.join(arguments, ", "))
            .build());
    IrModel wrapper = paging.wrapper(operation);
    IrField root = operation.data().fields().get(paging.rootField());
    String rootAccessor =
        ResponseModelWriter.componentNames(List.of(), operation.data().fields())
            .get(paging.rootField());
    List<String> wrapperAccessors = ResponseModelWriter.componentNames(List.of(), wrapper.fields());
    CodeBlock total =
        paging.totalField() < 0
            ? CodeBlock.of("null")
            : CodeBlock.of("list.$L()", wrapperAccessors.get(paging.totalField()));
    CodeBlock items = CodeBlock.of("list.$L()", wrapperAccessors.get(paging.itemsField()));
    TypeName item = types.plain(paging.itemType(operation), false);
    MethodSpec.Builder pageOf =
        MethodSpec.methodBuilder("pageOf")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(models.get(operation.data()), "data")
            .returns(ParameterizedTypeName.get(PAGE, item))
            .addStatement("$T list = data.$L()", models.get(wrapper), rootAccessor);
    if (root.type().nullable()) {
      pageOf.addStatement(
          "return list == null ? $T.of(pageNumber(), null, null) : $T.of(pageNumber(), $L, $L)",
          PAGE,
          PAGE,
          total,
          items);
    } else {
      pageOf.addStatement("return $T.of(pageNumber(), $L, $L)", PAGE, total, items);
    }
    type.addMethod(pageOf.build());
  }

  /** "DraftBooking needs $input (BookingSetInput!): it cannot be null". */
  static String requiredMessage(IrOperation operation, IrVariable variable) {
    return operation.name()
        + " needs $"
        + variable.name()
        + " ("
        + graphqlType(variable.type())
        + "): it cannot be null";
  }

  /** The GraphQL spelling of a type: {@code [BookingSetInput!]!}. */
  static String graphqlType(IrType type) {
    if (type instanceof IrType.NonNull nonNull) {
      return graphqlType(nonNull.of()) + "!";
    }
    if (type instanceof IrType.ListOf list) {
      return "[" + graphqlType(list.of()) + "]";
    }
    if (type instanceof IrType.Scalar scalar) {
      return scalar.name();
    }
    if (type instanceof IrType.EnumRef ref) {
      return ref.name();
    }
    if (type instanceof IrType.InputRef ref) {
      return ref.name();
    }
    return type.toString();
  }

  /**
   * The most characters of a document in one constant: a class file's constant strings are limited
   * to 65,535 bytes of modified UTF-8 (JVMS §4.4.7), and a character takes up to three.
   */
  private static final int CONSTANT_LIMIT = 16_000;

  /** How much of the document one line of the generated source holds. */
  private static final int PIECE = 48;

  /**
   * The document as one constant, written as literals of at most {@link #PIECE} characters joined
   * by {@code +} (javac folds them back into one), or for a very large one as {@code String.join}
   * of such constants: a non-constant expression, since one constant holds at most 64 KB.
   */
  static CodeBlock documentInitializer(String document) {
    if (document.length() <= CONSTANT_LIMIT) {
      return pieces(document);
    }
    List<CodeBlock> chunks = new java.util.ArrayList<>();
    for (int start = 0; start < document.length(); start += CONSTANT_LIMIT) {
      int end = Math.min(document.length(), start + CONSTANT_LIMIT);
      if (end < document.length() && Character.isHighSurrogate(document.charAt(end - 1))) {
        end--;
      }
      chunks.add(pieces(document.substring(start, end)));
      start = end - CONSTANT_LIMIT;
    }
    return CodeBlock.of("String.join(\"\",\n$L)", CodeBlock.join(chunks, ",\n"));
  }

  /**
   * {@code text} as literals joined by {@code +}, each ending after a space, brace or comma near
   * {@link #PIECE} characters where the text has one, never inside a surrogate pair; JavaPoet puts
   * a piece on the next line where the line would grow past 100 columns.
   */
  static CodeBlock pieces(String text) {
    List<CodeBlock> pieces = new java.util.ArrayList<>();
    int start = 0;
    while (text.length() - start > PIECE) {
      int end = start + PIECE;
      for (int at = end; at > start + PIECE / 2; at--) {
        char before = text.charAt(at - 1);
        if (before == ' ' || before == '{' || before == '}' || before == ',') {
          end = at;
          break;
        }
      }
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      pieces.add(CodeBlock.of("$S", text.substring(start, end)));
      start = end;
    }
    pieces.add(CodeBlock.of("$S", text.substring(start)));
    return CodeBlock.join(pieces, " +$W");
  }

  private static CodeBlock classJavadoc(IrOperation operation, List<String> components) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "The {@code $L} $L from {@code $L}.\n",
                operation.name(),
                operation.mutation()
                    ? "mutation"
                    : operation.subscription() ? "subscription" : "query",
                operation.sourceFile());
    if (!components.isEmpty()) {
      doc.add("\n");
      for (int i = 0; i < components.size(); i++) {
        IrVariable variable = operation.variables().get(i);
        doc.add(
            "@param $L the variable {@code $$$L}$L\n",
            components.get(i),
            variable.name(),
            variable.type().nullable() ? "; {@code null} leaves it unsent" : "");
      }
    }
    return doc.build();
  }

  private static MethodSpec getter(String name, Class<?> type, CodeBlock body) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement(body)
        .build();
  }

  private static MethodSpec writeVariables(
      IrOperation operation, List<String> components, ValueCode values) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("writeVariables")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(JSON_GENERATOR, "out")
            .addException(IOException.class);
    for (int i = 0; i < components.size(); i++) {
      IrVariable variable = operation.variables().get(i);
      String component = components.get(i);
      if (variable.type().nullable()) {
        method.beginControlFlow("if ($L != null)", component);
        method.addStatement("out.writeFieldName($S)", variable.name());
        // Inside the check the value is known to be present: write it as non-null.
        IrType present = new IrType.NonNull(variable.type());
        method.addCode(values.write(present, "out", CodeBlock.of("$L", component), 0));
        method.endControlFlow();
      } else {
        method.addStatement("out.writeFieldName($S)", variable.name());
        method.addCode(values.write(variable.type(), "out", CodeBlock.of("$L", component), 0));
      }
    }
    return method.build();
  }
}
