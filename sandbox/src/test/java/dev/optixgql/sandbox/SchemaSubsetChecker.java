package dev.optixgql.sandbox;

import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Directive;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Reports every element of a schema snapshot that is not exactly as in the real schema. */
final class SchemaSubsetChecker {

  /** The reason graphql assumes for a bare {@code @deprecated}. */
  static final String DEFAULT_DEPRECATION_REASON = "No longer supported";

  private final TypeDefinitionRegistry real;

  SchemaSubsetChecker(TypeDefinitionRegistry real) {
    this.real = real;
  }

  static SchemaSubsetChecker forSdl(String realSdl) {
    return new SchemaSubsetChecker(new SchemaParser().parse(realSdl));
  }

  /**
   * Returns one message per inexact element of {@code snapshotSdl}, each prefixed with {@code
   * label}; an empty list means the snapshot is an exact subset of the real schema.
   */
  List<String> check(String label, String snapshotSdl) {
    return check(label, new SchemaParser().parse(snapshotSdl));
  }

  List<String> check(String label, TypeDefinitionRegistry snapshot) {
    Report report = new Report(label);
    checkRootOperations(report, snapshot);
    checkNoExtensions(report, snapshot);
    Map<String, TypeDefinition> types = new TreeMap<>(snapshot.types());
    snapshot.scalars().forEach((name, scalar) -> types.put(name, scalar));
    for (TypeDefinition<?> mine : types.values()) {
      String name = mine.getName();
      if (mine instanceof ScalarTypeDefinition && ScalarInfo.isGraphqlSpecifiedScalar(name)) {
        continue;
      }
      Optional<TypeDefinition> theirs = real.getType(name);
      if (theirs.isEmpty()) {
        report.add(name, "type does not exist in the real schema");
      } else if (!kind(mine).equals(kind(theirs.get()))) {
        report.add(name, "kind " + kind(mine) + " != real " + kind(theirs.get()));
      } else {
        checkType(report, mine, theirs.get());
      }
    }
    return report.messages;
  }

  private void checkType(Report report, TypeDefinition<?> mine, TypeDefinition<?> theirs) {
    if (mine instanceof ImplementingTypeDefinition<?> m) {
      checkImplementing(report, m, (ImplementingTypeDefinition<?>) theirs);
    } else if (mine instanceof InputObjectTypeDefinition m) {
      checkValueList(
          report,
          m.getName(),
          "field",
          m.getInputValueDefinitions(),
          ((InputObjectTypeDefinition) theirs).getInputValueDefinitions());
    } else if (mine instanceof EnumTypeDefinition m) {
      checkEnum(report, m, (EnumTypeDefinition) theirs);
    } else if (mine instanceof UnionTypeDefinition m) {
      List<String> mineMembers = printAll(m.getMemberTypes());
      List<String> realMembers = printAll(((UnionTypeDefinition) theirs).getMemberTypes());
      report.compare(m.getName(), "members", mineMembers, realMembers);
    }
  }

  private void checkImplementing(
      Report report, ImplementingTypeDefinition<?> mine, ImplementingTypeDefinition<?> theirs) {
    String type = mine.getName();
    report.compare(
        type, "implements", printAll(mine.getImplements()), printAll(theirs.getImplements()));
    Map<String, FieldDefinition> realFields =
        byName(theirs.getFieldDefinitions(), f -> f.getName());
    for (FieldDefinition field : mine.getFieldDefinitions()) {
      String where = type + "." + field.getName();
      FieldDefinition realField = realFields.get(field.getName());
      if (realField == null) {
        report.add(where, "field does not exist in the real schema");
        continue;
      }
      report.compare(where, "type", print(field.getType()), print(realField.getType()));
      report.compare(
          where,
          "deprecation",
          deprecation(field.getDirectives()),
          deprecation(realField.getDirectives()));
      checkValueList(
          report,
          where,
          "argument",
          field.getInputValueDefinitions(),
          realField.getInputValueDefinitions());
    }
  }

  /** Compares argument lists or input-object field lists: same names in the same order. */
  private void checkValueList(
      Report report,
      String where,
      String noun,
      List<InputValueDefinition> mine,
      List<InputValueDefinition> theirs) {
    report.compare(where, noun + " names", names(mine), names(theirs));
    Map<String, InputValueDefinition> realValues = byName(theirs, v -> v.getName());
    for (InputValueDefinition value : mine) {
      InputValueDefinition realValue = realValues.get(value.getName());
      if (realValue == null) {
        continue; // already reported by the name comparison
      }
      String element = where + " " + noun + " '" + value.getName() + "'";
      report.compare(element, "type", print(value.getType()), print(realValue.getType()));
      report.compare(element, "default", printDefault(value), printDefault(realValue));
      report.compare(
          element,
          "deprecation",
          deprecation(value.getDirectives()),
          deprecation(realValue.getDirectives()));
    }
  }

  private void checkEnum(Report report, EnumTypeDefinition mine, EnumTypeDefinition theirs) {
    List<EnumValueDefinition> realValues = theirs.getEnumValueDefinitions();
    report.compare(
        mine.getName(),
        "values",
        names(mine.getEnumValueDefinitions(), v -> v.getName()),
        names(realValues, v -> v.getName()));
    Map<String, EnumValueDefinition> realByName = byName(realValues, v -> v.getName());
    for (EnumValueDefinition value : mine.getEnumValueDefinitions()) {
      EnumValueDefinition realValue = realByName.get(value.getName());
      if (realValue != null) {
        report.compare(
            mine.getName() + "." + value.getName(),
            "deprecation",
            deprecation(value.getDirectives()),
            deprecation(realValue.getDirectives()));
      }
    }
  }

  private void checkRootOperations(Report report, TypeDefinitionRegistry snapshot) {
    Map<String, String> mine = rootOperations(snapshot);
    Map<String, String> theirs = rootOperations(real);
    mine.forEach(
        (operation, type) -> report.compare("schema", operation, type, theirs.get(operation)));
  }

  private static void checkNoExtensions(Report report, TypeDefinitionRegistry snapshot) {
    List<String> extended = new ArrayList<>();
    extended.addAll(snapshot.objectTypeExtensions().keySet());
    extended.addAll(snapshot.interfaceTypeExtensions().keySet());
    extended.addAll(snapshot.unionTypeExtensions().keySet());
    extended.addAll(snapshot.enumTypeExtensions().keySet());
    extended.addAll(snapshot.scalarTypeExtensions().keySet());
    extended.addAll(snapshot.inputObjectTypeExtensions().keySet());
    for (String name : extended) {
      report.add(name, "type extensions are not allowed in a snapshot");
    }
  }

  /** The root operation types, either declared by {@code schema {…}} or the default names. */
  private static Map<String, String> rootOperations(TypeDefinitionRegistry registry) {
    Map<String, String> roots = new LinkedHashMap<>();
    if (registry.schemaDefinition().isPresent()) {
      for (OperationTypeDefinition op :
          registry.schemaDefinition().get().getOperationTypeDefinitions()) {
        roots.put(op.getName(), print(op.getTypeName()));
      }
    } else {
      for (String op : List.of("query", "mutation", "subscription")) {
        String type = Character.toUpperCase(op.charAt(0)) + op.substring(1);
        if (registry.getType(type).isPresent()) {
          roots.put(op, type);
        }
      }
    }
    return roots;
  }

  static String kind(TypeDefinition<?> type) {
    if (type instanceof ObjectTypeDefinition) {
      return "object";
    } else if (type instanceof InterfaceTypeDefinition) {
      return "interface";
    } else if (type instanceof InputObjectTypeDefinition) {
      return "input";
    } else if (type instanceof EnumTypeDefinition) {
      return "enum";
    } else if (type instanceof UnionTypeDefinition) {
      return "union";
    } else if (type instanceof ScalarTypeDefinition) {
      return "scalar";
    }
    return type.getClass().getSimpleName();
  }

  /** Renders deprecation as {@code @deprecated(reason: "…")}, or "not deprecated". */
  static String deprecation(List<Directive> directives) {
    for (Directive directive : directives) {
      if (directive.getName().equals("deprecated")) {
        Argument reason = directive.getArgument("reason");
        String text =
            reason != null && reason.getValue() instanceof StringValue s
                ? s.getValue()
                : DEFAULT_DEPRECATION_REASON;
        return "@deprecated(reason: \"" + text + "\")";
      }
    }
    return "not deprecated";
  }

  private static String printDefault(InputValueDefinition value) {
    return value.getDefaultValue() == null ? "none" : AstPrinter.printAst(value.getDefaultValue());
  }

  private static String print(Type<?> type) {
    return AstPrinter.printAst(type);
  }

  private static List<String> printAll(List<Type> types) {
    List<String> printed = new ArrayList<>();
    for (Type<?> type : types) {
      printed.add(print(type));
    }
    return printed;
  }

  private static List<String> names(List<InputValueDefinition> values) {
    return names(values, v -> v.getName());
  }

  private static <T> List<String> names(List<T> elements, Function<T, String> name) {
    List<String> names = new ArrayList<>();
    for (T element : elements) {
      names.add(name.apply(element));
    }
    return names;
  }

  private static <T> Map<String, T> byName(List<T> elements, Function<T, String> name) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T element : elements) {
      map.put(name.apply(element), element);
    }
    return map;
  }

  /** Collects messages of the form {@code label: Element: what mine != real theirs}. */
  private static final class Report {
    private final String label;
    private final List<String> messages = new ArrayList<>();

    Report(String label) {
      this.label = label;
    }

    void add(String element, String problem) {
      messages.add(label + ": " + element + ": " + problem);
    }

    void compare(String element, String what, Object mine, Object theirs) {
      if (!mine.equals(theirs)) {
        add(element, what + " " + mine + " != real " + theirs);
      }
    }
  }
}
