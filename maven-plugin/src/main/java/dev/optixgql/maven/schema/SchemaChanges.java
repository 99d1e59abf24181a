package dev.optixgql.maven.schema;

import graphql.language.AstPrinter;
import graphql.language.Node;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.InputValueWithState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The schema diff of {@code check-schema}: every change from one schema to another, with the
 * criticality graphql-inspector gives it (its {@code @graphql-inspector/core} {@code diff}: the
 * verdict table in {@code src/test/resources/drift} is judged by it, so the levels here must
 * agree). Unlike graphql-java's {@code SchemaDiff} it compares every type, reachable from the roots
 * or not, and treats a field that turns nullable, changes its named type or turns into a list (or
 * stops being one) as breaking. Descriptions are not compared: they change no operation.
 */
public final class SchemaChanges {
  /** How much a change can hurt an operation that reaches what changed. */
  public enum Level {
    BREAKING,
    DANGEROUS,
    SAFE
  }

  /**
   * One change: to {@code type}, its field, enum value or input field {@code member}, that member's
   * {@code argument}; {@code related} names the interface or union member added or removed.
   */
  public record Change(
      Level level,
      String category,
      String type,
      String member,
      String argument,
      String related,
      String message) {
    /** {@code Type}, {@code Type.member} or {@code Type.member(argument:)}. */
    public String subject() {
      return type
          + (member == null ? "" : "." + member)
          + (argument == null ? "" : "(" + argument + ":)");
    }
  }

  private final List<Change> changes = new ArrayList<>();

  private SchemaChanges() {}

  /** Every change from {@code before} to {@code after}, types in name order. */
  public static List<Change> between(GraphQLSchema before, GraphQLSchema after) {
    SchemaChanges diff = new SchemaChanges();
    Map<String, GraphQLNamedType> old = types(before);
    Map<String, GraphQLNamedType> now = types(after);
    for (GraphQLNamedType type : old.values()) {
      GraphQLNamedType next = now.get(type.getName());
      if (next == null) {
        diff.add(Level.BREAKING, "TYPE_REMOVED", type.getName(), null, null, null, "was removed");
      } else if (!kind(type).equals(kind(next))) {
        diff.add(
            Level.BREAKING,
            "TYPE_KIND_CHANGED",
            type.getName(),
            null,
            null,
            null,
            "changed from " + kind(type) + " to " + kind(next));
      } else {
        diff.type(type, next);
      }
    }
    for (GraphQLNamedType type : now.values()) {
      if (!old.containsKey(type.getName())) {
        diff.add(Level.SAFE, "TYPE_ADDED", type.getName(), null, null, null, "was added");
      }
    }
    diff.directives(before, after);
    return List.copyOf(diff.changes);
  }

  private void add(
      Level level,
      String category,
      String type,
      String member,
      String argument,
      String related,
      String what) {
    String subject = new Change(level, category, type, member, argument, related, "").subject();
    changes.add(
        new Change(level, category, type, member, argument, related, "'" + subject + "' " + what));
  }

  private void type(GraphQLNamedType old, GraphQLNamedType now) {
    String name = old.getName();
    if (old instanceof GraphQLFieldsContainer a && now instanceof GraphQLFieldsContainer b) {
      fields(a, b);
      related(
          name,
          names(interfaces(old)),
          names(interfaces(now)),
          "OBJECT_TYPE_INTERFACE",
          "now implements '",
          "no longer implements '");
    } else if (old instanceof GraphQLUnionType a && now instanceof GraphQLUnionType b) {
      related(
          name,
          names(a.getTypes()),
          names(b.getTypes()),
          "UNION_MEMBER",
          "gained member '",
          "lost member '");
    } else if (old instanceof GraphQLEnumType a && now instanceof GraphQLEnumType b) {
      enumValues(name, a, b);
    } else if (old instanceof GraphQLInputObjectType a && now instanceof GraphQLInputObjectType b) {
      inputFields(a, b);
    }
  }

  /**
   * The interfaces a type implements, or a union's members: one gained is dangerous ({@code
   * kind_ADDED}: a fragment's or a switch's cases may miss it), one lost breaking ({@code
   * kind_REMOVED}).
   */
  private void related(
      String name,
      List<String> before,
      List<String> after,
      String kind,
      String gained,
      String lost) {
    for (String added : minus(after, before)) {
      add(Level.DANGEROUS, kind + "_ADDED", name, null, null, added, gained + added + "'");
    }
    for (String removed : minus(before, after)) {
      add(Level.BREAKING, kind + "_REMOVED", name, null, null, removed, lost + removed + "'");
    }
  }

  private void enumValues(String name, GraphQLEnumType a, GraphQLEnumType b) {
    Map<String, GraphQLEnumValueDefinition> before =
        byName(a.getValues(), GraphQLEnumValueDefinition::getName);
    Map<String, GraphQLEnumValueDefinition> after =
        byName(b.getValues(), GraphQLEnumValueDefinition::getName);
    for (String value : after.keySet()) {
      if (!before.containsKey(value)) {
        add(Level.DANGEROUS, "ENUM_VALUE_ADDED", name, value, null, null, "was added");
      } else if (!before.get(value).isDeprecated() && after.get(value).isDeprecated()) {
        add(
            Level.SAFE,
            "ENUM_VALUE_DEPRECATION_ADDED",
            name,
            value,
            null,
            null,
            "was deprecated: " + after.get(value).getDeprecationReason());
      }
    }
    for (String value : before.keySet()) {
      if (!after.containsKey(value)) {
        add(Level.BREAKING, "ENUM_VALUE_REMOVED", name, value, null, null, "was removed");
      }
    }
  }

  private void fields(GraphQLFieldsContainer old, GraphQLFieldsContainer now) {
    String type = old.getName();
    Map<String, GraphQLFieldDefinition> before =
        byName(old.getFieldDefinitions(), GraphQLFieldDefinition::getName);
    Map<String, GraphQLFieldDefinition> after =
        byName(now.getFieldDefinitions(), GraphQLFieldDefinition::getName);
    for (GraphQLFieldDefinition field : before.values()) {
      GraphQLFieldDefinition next = after.get(field.getName());
      String name = field.getName();
      if (next == null) {
        add(Level.BREAKING, "FIELD_REMOVED", type, name, null, null, "was removed");
        continue;
      }
      String was = GraphQLTypeUtil.simplePrint(field.getType());
      String is = GraphQLTypeUtil.simplePrint(next.getType());
      if (!was.equals(is)) {
        add(
            TypeChangeSafety.forOutput(field.getType(), next.getType())
                ? Level.SAFE
                : Level.BREAKING,
            "FIELD_TYPE_CHANGED",
            type,
            name,
            null,
            null,
            "changed type from " + was + " to " + is);
      }
      if (!field.isDeprecated() && next.isDeprecated()) {
        add(
            Level.SAFE,
            "FIELD_DEPRECATION_ADDED",
            type,
            name,
            null,
            null,
            "was deprecated: " + next.getDeprecationReason());
      }
      arguments(type, name, field.getArguments(), next.getArguments());
    }
    for (String added : after.keySet()) {
      if (!before.containsKey(added)) {
        add(Level.SAFE, "FIELD_ADDED", type, added, null, null, "was added");
      }
    }
  }

  private void arguments(
      String type, String field, List<GraphQLArgument> old, List<GraphQLArgument> now) {
    Map<String, GraphQLArgument> before = byName(old, GraphQLArgument::getName);
    Map<String, GraphQLArgument> after = byName(now, GraphQLArgument::getName);
    for (GraphQLArgument argument : before.values()) {
      GraphQLArgument next = after.get(argument.getName());
      String name = argument.getName();
      if (next == null) {
        add(Level.BREAKING, "FIELD_ARGUMENT_REMOVED", type, field, name, null, "was removed");
        continue;
      }
      String was = GraphQLTypeUtil.simplePrint(argument.getType());
      String is = GraphQLTypeUtil.simplePrint(next.getType());
      if (!was.equals(is)) {
        add(
            TypeChangeSafety.forInput(argument.getType(), next.getType())
                ? Level.SAFE
                : Level.BREAKING,
            "FIELD_ARGUMENT_TYPE_CHANGED",
            type,
            field,
            name,
            null,
            "changed type from " + was + " to " + is);
      }
      String oldDefault = text(argument.getArgumentDefaultValue());
      String newDefault = text(next.getArgumentDefaultValue());
      if (oldDefault == null ? newDefault != null : !oldDefault.equals(newDefault)) {
        add(
            Level.DANGEROUS,
            "FIELD_ARGUMENT_DEFAULT_CHANGED",
            type,
            field,
            name,
            null,
            "changed its default from " + oldDefault + " to " + newDefault);
      }
    }
    for (GraphQLArgument argument : after.values()) {
      if (!before.containsKey(argument.getName())) {
        boolean required =
            GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue();
        add(
            required ? Level.BREAKING : Level.DANGEROUS,
            "FIELD_ARGUMENT_ADDED",
            type,
            field,
            argument.getName(),
            null,
            "was added" + (required ? " as a required argument" : ""));
      }
    }
  }

  private void inputFields(GraphQLInputObjectType old, GraphQLInputObjectType now) {
    String type = old.getName();
    Map<String, GraphQLInputObjectField> before =
        byName(old.getFieldDefinitions(), GraphQLInputObjectField::getName);
    Map<String, GraphQLInputObjectField> after =
        byName(now.getFieldDefinitions(), GraphQLInputObjectField::getName);
    for (GraphQLInputObjectField field : before.values()) {
      GraphQLInputObjectField next = after.get(field.getName());
      String name = field.getName();
      if (next == null) {
        add(Level.BREAKING, "INPUT_FIELD_REMOVED", type, name, null, null, "was removed");
        continue;
      }
      String was = GraphQLTypeUtil.simplePrint(field.getType());
      String is = GraphQLTypeUtil.simplePrint(next.getType());
      if (!was.equals(is)) {
        add(
            TypeChangeSafety.forInput(field.getType(), next.getType())
                ? Level.SAFE
                : Level.BREAKING,
            "INPUT_FIELD_TYPE_CHANGED",
            type,
            name,
            null,
            null,
            "changed type from " + was + " to " + is);
      }
      String oldDefault = text(field.getInputFieldDefaultValue());
      String newDefault = text(next.getInputFieldDefaultValue());
      if (oldDefault == null ? newDefault != null : !oldDefault.equals(newDefault)) {
        add(
            Level.DANGEROUS,
            "INPUT_FIELD_DEFAULT_VALUE_CHANGED",
            type,
            name,
            null,
            null,
            "changed its default from " + oldDefault + " to " + newDefault);
      }
    }
    for (GraphQLInputObjectField field : after.values()) {
      if (before.containsKey(field.getName())) {
        continue;
      }
      boolean nullable = !GraphQLTypeUtil.isNonNull(field.getType());
      Level level =
          field.hasSetDefaultValue() ? Level.DANGEROUS : nullable ? Level.SAFE : Level.BREAKING;
      add(
          level,
          "INPUT_FIELD_ADDED",
          type,
          field.getName(),
          null,
          null,
          "was added"
              + (level == Level.BREAKING
                  ? " as a required field"
                  : field.hasSetDefaultValue() ? " with a default" : ""));
    }
  }

  private void directives(GraphQLSchema before, GraphQLSchema after) {
    Map<String, GraphQLDirective> old = byName(before.getDirectives(), GraphQLDirective::getName);
    Map<String, GraphQLDirective> now = byName(after.getDirectives(), GraphQLDirective::getName);
    for (String name : old.keySet()) {
      if (!now.containsKey(name)) {
        add(Level.BREAKING, "DIRECTIVE_REMOVED", "@" + name, null, null, null, "was removed");
      }
    }
    for (String name : now.keySet()) {
      if (!old.containsKey(name)) {
        add(Level.SAFE, "DIRECTIVE_ADDED", "@" + name, null, null, null, "was added");
      }
    }
  }

  private static String text(InputValueWithState value) {
    if (value == null || value.isNotSet()) {
      return null;
    }
    return value.isLiteral() && value.getValue() instanceof Node<?> node
        ? AstPrinter.printAstCompact(node)
        : String.valueOf(value.getValue());
  }

  private static Map<String, GraphQLNamedType> types(GraphQLSchema schema) {
    Map<String, GraphQLNamedType> types = new TreeMap<>();
    for (GraphQLNamedType type : schema.getAllTypesAsList()) {
      if (!type.getName().startsWith("__")) {
        types.put(type.getName(), type);
      }
    }
    return types;
  }

  private static String kind(GraphQLNamedType type) {
    return type instanceof GraphQLObjectType
        ? "object"
        : type instanceof GraphQLInterfaceType
            ? "interface"
            : type instanceof GraphQLUnionType
                ? "union"
                : type instanceof GraphQLEnumType
                    ? "enum"
                    : type instanceof GraphQLInputObjectType ? "input" : "scalar";
  }

  private static List<? extends GraphQLNamedType> interfaces(GraphQLNamedType type) {
    return type instanceof GraphQLObjectType o
        ? o.getInterfaces()
        : type instanceof GraphQLInterfaceType i ? i.getInterfaces() : List.of();
  }

  private static List<String> names(List<? extends GraphQLNamedType> types) {
    return types.stream().map(GraphQLNamedType::getName).sorted().toList();
  }

  private static List<String> minus(List<String> a, List<String> b) {
    return a.stream().filter(x -> !b.contains(x)).toList();
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> map = new TreeMap<>();
    for (T item : items) {
      map.put(name.apply(item), item);
    }
    return map;
  }
}
