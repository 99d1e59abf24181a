package dev.optixgql.processor.corpus;

import dev.optixgql.processor.naming.JavaNames;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Writes the {@code @GraphQLClient} interface a user would write for one corpus case: one method
 * per named operation, each variable a parameter named and typed the way {@code BindingValidator}
 * and {@code JavaTypes} expect, returning the operation's {@code Data}.
 */
final class ClientSourceWriter {
  static final String INTERFACE = "CorpusClient";

  /** Names an interface method cannot take: Object's methods, which it would clash with. */
  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "clone",
          "equals",
          "finalize",
          "getClass",
          "hashCode",
          "notify",
          "notifyAll",
          "toString",
          "wait");

  /** The interface's source, and what it had to leave out (anonymous operations, variables). */
  record ClientSource(String qualifiedName, String text, List<String> notes) {}

  private final String packageName;
  private final TypeDefinitionRegistry types;
  private final List<String> notes = new ArrayList<>();

  /**
   * @param types the schema's types, to tell enums and input objects from scalars; {@code null}
   *     when graphql-java cannot read the schema (only built-in scalars are typed then)
   */
  private ClientSourceWriter(String packageName, TypeDefinitionRegistry types) {
    this.packageName = packageName;
    this.types = types;
  }

  /** The Java package for a case: {@code corpus.<case>}, keywords escaped. */
  static String packageFor(String caseName) {
    String segment = caseName.toLowerCase(Locale.ROOT);
    return "corpus." + (SourceVersion.isName(segment) ? segment : segment + "_");
  }

  /** The interface for {@code operations} (no methods when they do not parse: {@code null}). */
  static ClientSource write(
      String caseName, String schemaName, Document operations, TypeDefinitionRegistry types) {
    ClientSourceWriter writer = new ClientSourceWriter(packageFor(caseName), types);
    String methods = operations == null ? "" : writer.methods(operations);
    String text =
        "package "
            + writer.packageName
            + ";\n\n"
            + "/** Binds every operation of the Apollo corpus case "
            + caseName
            + ". */\n"
            + "@dev.optixgql.runtime.GraphQLClient(schema = \""
            + schemaName
            + "\")\n"
            + "public interface "
            + INTERFACE
            + " {\n"
            + methods
            + "}\n";
    return new ClientSource(writer.packageName + "." + INTERFACE, text, List.copyOf(writer.notes));
  }

  private String methods(Document operations) {
    StringBuilder out = new StringBuilder();
    Set<String> operationNames = new HashSet<>();
    Set<String> methodNames = new HashSet<>();
    for (OperationDefinition op : operations.getDefinitionsOfType(OperationDefinition.class)) {
      String name = op.getName();
      String kind = op.getOperation().name().toLowerCase(Locale.ROOT);
      if (name == null || name.isEmpty()) {
        notes.add("anonymous " + kind + " at line " + op.getSourceLocation().getLine());
        continue;
      }
      if (!operationNames.add(name)) {
        notes.add(kind + " " + name + " is defined twice; bound once");
        continue;
      }
      // A subscription is bound as a factory: the method returns the operation, never runs it.
      String returned =
          switch (op.getOperation()) {
            case QUERY -> className(name, "Query") + ".Data";
            case MUTATION -> className(name, "Mutation") + ".Data";
            case SUBSCRIPTION -> className(name, "Subscription");
          };
      out.append(out.isEmpty() ? "" : "\n")
          .append("  @dev.optixgql.runtime.GraphQLOperation(\"")
          .append(name)
          .append("\")\n  ")
          .append(returned)
          .append(' ')
          .append(unique(methodName(name), methodNames))
          .append('(')
          .append(String.join(", ", parameters(name, op.getVariableDefinitions())))
          .append(");\n");
    }
    return out.toString();
  }

  /**
   * The generated class, as {@code OperationLowering} names it: {@code HeroName} → {@code
   * HeroNameQuery}.
   */
  private static String className(String name, String suffix) {
    return name.substring(0, 1).toUpperCase(Locale.ROOT)
        + name.substring(1)
        + (name.endsWith(suffix) ? "" : suffix);
  }

  private static String methodName(String operationName) {
    String camel = JavaNames.member(operationName);
    String name = camel.substring(0, 1).toLowerCase(Locale.ROOT) + camel.substring(1);
    return SourceVersion.isName(name) && !OBJECT_METHODS.contains(name) ? name : name + "_";
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate); i++) {
      candidate = name + i;
    }
    return candidate;
  }

  /**
   * One parameter per variable, named as {@code BindingValidator} finds it: the lowerCamelCase name
   * ({@code JavaNames.member}, keywords escaped) when that resolves to this variable, else the
   * exact name.
   */
  private List<String> parameters(String operation, List<VariableDefinition> variables) {
    Map<String, VariableDefinition> byName = new LinkedHashMap<>();
    for (VariableDefinition variable : variables) {
      byName.put(variable.getName(), variable);
      byName.putIfAbsent(JavaNames.member(variable.getName()), variable);
    }
    List<String> out = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (VariableDefinition variable : variables) {
      String camel = JavaNames.member(variable.getName());
      String name =
          byName.get(camel) == variable
              ? camel
              : byName.get(variable.getName()) == variable ? variable.getName() : null;
      String where = operation + ".$" + variable.getName();
      if (name == null || !SourceVersion.isName(name) || !taken.add(name)) {
        notes.add(where + ": no Java name binds it; left out");
        continue;
      }
      String type = javaType(variable.getType(), true);
      if (type == null) {
        notes.add(where + ": cannot type " + variable.getType() + "; left out");
        continue;
      }
      out.add(type + " " + name);
    }
    return out;
  }

  /**
   * The parameter type {@code JavaTypes.plain} expects: {@code int}, {@code double}, {@code
   * boolean} for a non-null top-level scalar, boxed otherwise; {@code String} for ID, String and
   * custom scalars; the generated class for enums and input objects; {@code List} for lists.
   */
  private String javaType(Type<?> type, boolean topLevel) {
    if (type instanceof NonNullType nonNull) {
      return nonNull.getType() instanceof ListType
          ? javaType(nonNull.getType(), false)
          : named(((TypeName) nonNull.getType()).getName(), topLevel);
    }
    if (type instanceof ListType list) {
      String element = javaType(list.getType(), false);
      return element == null ? null : "java.util.List<" + element + ">";
    }
    return named(((TypeName) type).getName(), false);
  }

  private String named(String name, boolean primitive) {
    switch (name) {
      case "Int":
        return primitive ? "int" : "java.lang.Integer";
      case "Float":
        return primitive ? "double" : "java.lang.Double";
      case "Boolean":
        return primitive ? "boolean" : "java.lang.Boolean";
      case "String", "ID":
        return "java.lang.String";
      default:
        break;
    }
    TypeDefinition<?> definition = types == null ? null : types.getTypeOrNull(name);
    if (definition instanceof ScalarTypeDefinition) {
      return "java.lang.String";
    }
    if ((definition instanceof EnumTypeDefinition
            || definition instanceof InputObjectTypeDefinition)
        && SourceVersion.isName(name)) {
      return name; // generated in this package
    }
    return null;
  }
}
