package dev.optixgql.processor.validation;

import dev.optixgql.processor.diagnostic.Suggestions;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.schema.SchemaSnapshot;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLType;
import graphql.validation.ValidationErrorClassification;
import graphql.validation.ValidationErrorType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of validation's diagnostics: graphql-java's messages read by their English patterns and
 * reworded (no AST dumps, values as written, "Did you mean", the valid names listed), or replaced
 * by a specific message where the rule is common enough to deserve one.
 */
final class ValidationMessages {
  private ValidationMessages() {}

  static final Pattern FIELD_UNDEFINED =
      Pattern.compile("Field '([^']+)' in type '([^']+)' is undefined");

  static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  /** graphql-java's words for an argument a known directive does not define. */
  static final Pattern UNKNOWN_DIRECTIVE_ARGUMENT =
      Pattern.compile("Unknown directive argument '([^']+)'");

  static final Pattern BAD_ENUM =
      Pattern.compile("value 'EnumValue\\{name='([^']+)'\\}' is not a valid '([^']+)'");

  static final Pattern AST_VALUE =
      Pattern.compile("'?(?:[A-Z][a-z]+Value)\\{(?:value|name)=('?[^}]*?'?)\\}'?");

  /**
   * A message of our own for the errors we can say more about (with the names that do exist), read
   * from graphql-java's description; {@code null} when the description is not the one expected
   * ({@code ValidationMessagesTest} pins those descriptions).
   */
  static String specificMessage(
      ValidationErrorClassification type,
      String description,
      SourceLocation at,
      DocumentIndex index,
      SchemaSnapshot snapshot,
      SchemaUsageIndex usage) {
    if (type == ValidationErrorType.FieldUndefined) {
      Matcher m = FIELD_UNDEFINED.matcher(description);
      return m.find() ? unknownField(m.group(1), m.group(2), snapshot) : null;
    }
    Matcher quoted = QUOTED.matcher(description);
    if (type == ValidationErrorType.UnknownArgument) {
      SchemaUsageIndex.Arguments known = usage.argumentsAt.get(SchemaUsageIndex.At.of(at));
      return quoted.find() && known != null
          ? unknownArgument(quoted.group(1), known, snapshot)
          : null;
    }
    Matcher directiveArgument = UNKNOWN_DIRECTIVE_ARGUMENT.matcher(description);
    if (type == ValidationErrorType.UnknownDirective && directiveArgument.find()) {
      SchemaUsageIndex.Arguments known = usage.argumentsAt.get(SchemaUsageIndex.At.of(at));
      return known != null && known.owner() != null
          ? unknownArgument(directiveArgument.group(1), known, snapshot)
          : null;
    }
    if (type == ValidationErrorType.WrongType) {
      Matcher m = BAD_ENUM.matcher(description);
      return m.find() ? badEnumValue(m.group(1), m.group(2), snapshot) : null;
    }
    if (type == ValidationErrorType.UnknownType) {
      return quoted.find() ? unknownType(quoted.group(1), snapshot) : null;
    }
    if (type == ValidationErrorType.UndefinedFragment && quoted.find()) {
      return "Fragment '"
          + quoted.group(1)
          + "' is not defined in any .graphql file under the GraphQL root."
          + Suggestions.didYouMean(quoted.group(1), index.fragments().keySet());
    }
    return null;
  }

  private static String unknownArgument(
      String argument, SchemaUsageIndex.Arguments known, SchemaSnapshot snapshot) {
    return "Argument '"
        + argument
        + "' is not defined "
        + (known.owner() == null ? "here" : "on " + known.owner())
        + against(snapshot)
        + "."
        + hint(argument, known.names(), "Its arguments are: ");
  }

  private static String badEnumValue(String value, String enumName, SchemaSnapshot snapshot) {
    if (!(snapshot.schema().getType(enumName) instanceof GraphQLEnumType enumType)) {
      return null;
    }
    List<String> values = valueNames(enumType);
    return "Value '"
        + value
        + "' is not in enum '"
        + enumType.getName()
        + "'"
        + against(snapshot)
        + "."
        + hint(value, values, "Its values are: ");
  }

  private static List<String> valueNames(GraphQLEnumType enumType) {
    List<String> values = new ArrayList<>();
    for (GraphQLEnumValueDefinition definition : enumType.getValues()) {
      values.add(definition.getName());
    }
    return values;
  }

  private static String unknownType(String name, SchemaSnapshot snapshot) {
    // Every type of the snapshot, also those a lean build left out of the schema.
    List<String> names = snapshot.typeNames();
    return "Type '"
        + name
        + "' is not defined"
        + against(snapshot)
        + "."
        + Suggestions.didYouMean(name, names);
  }

  private static String unknownField(String field, String typeName, SchemaSnapshot snapshot) {
    GraphQLType type = snapshot.schema().getType(typeName);
    List<String> names = new ArrayList<>();
    if (type instanceof GraphQLFieldsContainer container) {
      for (GraphQLFieldDefinition definition : container.getFieldDefinitions()) {
        names.add(definition.getName());
      }
    }
    return "Field '"
        + field
        + "' is not defined on type '"
        + typeName
        + "'"
        + against(snapshot)
        + "."
        + hint(field, names, "Its fields are: ");
  }

  /** "Did you mean …?" when something is close, else the first names that exist. */
  private static String hint(String offender, List<String> names, String listIntro) {
    String hint = Suggestions.didYouMean(offender, names);
    if (!hint.isEmpty()) {
      return hint;
    }
    if (names.isEmpty()) {
      return "";
    }
    List<String> sorted = names.stream().sorted().toList();
    return " "
        + listIntro
        + String.join(", ", sorted.subList(0, Math.min(20, sorted.size())))
        + (sorted.size() > 20 ? ", …" : "")
        + ".";
  }

  static final Pattern AST_TYPES =
      Pattern.compile(
          "Expected an AST type of '(\\w+?)(?:Value)?' but it was a '(\\w+?)(?:Value)?'");

  /**
   * graphql-java's wording, made to say what to do where it does not; {@code conflictingFields},
   * when not {@code null}, names a field conflict's two fields ({@link ConflictingFields}).
   */
  static String reworded(
      ValidationErrorClassification type,
      String description,
      SchemaSnapshot snapshot,
      String conflictingFields) {
    String text =
        AST_TYPES
            .matcher(description)
            .replaceAll(
                m -> "expected " + article(m.group(1)) + " literal, got " + article(m.group(2)));
    Matcher quoted = QUOTED.matcher(text);
    String name = quoted.find() ? quoted.group(1) : "";
    if (type == ValidationErrorType.UndefinedVariable) {
      return "Variable '$"
          + name
          + "' is used but not declared: declare it after the operation's name, e.g."
          + " query Name($"
          + name
          + ": Type).";
    }
    if (type == ValidationErrorType.UnusedVariable) {
      return "Variable '$"
          + name
          + "' is declared but never used: remove it, or pass it to an"
          + " argument.";
    }
    if (type == ValidationErrorType.FieldsConflict) {
      Matcher conflict = Pattern.compile("^'([^']+)' : (.*)$").matcher(text.strip());
      String what = sentence(text);
      if (conflict.find()) {
        String reason = conflict.group(2).strip();
        if (reason.startsWith("fields have different arguments")) {
          reason = "the same field is selected with different arguments";
        } else if (reason.startsWith("fields have ")) {
          reason = "they have " + reason.substring("fields have ".length());
        } else if (reason.endsWith("are different fields")) {
          reason = reason + " under one response name";
        } else if (reason.startsWith("returns ")) {
          reason = "they return " + reason.substring("returns ".length());
        }
        what = "Fields at '" + conflict.group(1) + "' cannot be merged: " + reason;
      }
      if (conflictingFields != null) {
        what = what + " (" + conflictingFields + ")";
      }
      return what + ". Give one of them a different alias (spec §5.3.2).";
    }
    if (type == ValidationErrorType.MissingFieldArgument) {
      return sentence(text)
          + against(snapshot)
          + ": the argument is required (non-null, no"
          + " default); pass a value or a variable.";
    }
    return sentence(text) + against(snapshot) + ".";
  }

  /**
   * graphql-java quotes a wrong value as its AST dump ({@code 'ObjectValue{objectFields=[…]}'},
   * {@code 'NullValue{}'}): the value is shown as written instead.
   */
  static String withValueAsWritten(String description, graphql.language.Node<?> node) {
    graphql.language.Value<?> value =
        node instanceof graphql.language.Argument argument
            ? argument.getValue()
            : node instanceof graphql.language.ObjectField field
                ? field.getValue()
                : node instanceof graphql.language.VariableDefinition variable
                    ? variable.getDefaultValue()
                    : null;
    String marker = description.contains(DEFAULT_VALUE) ? DEFAULT_VALUE : "with value '";
    int start = description.indexOf(marker);
    if (value == null || start < 0) {
      return description;
    }
    // The dump is Name{…} with nested braces (and quotes inside): its end is the matching brace.
    int open = description.indexOf('{', start + marker.length());
    int depth = 0;
    int end = -1;
    for (int i = open; open >= 0 && i < description.length(); i++) {
      char c = description.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0) {
        end = i + 1;
        break;
      }
    }
    if (end < 0 || end >= description.length() || description.charAt(end) != '\'') {
      return description;
    }
    return description.substring(0, start)
        + marker.substring(0, marker.length() - 1)
        + graphql.language.AstPrinter.printAstCompact(value)
        + description.substring(end + 1);
  }

  /** How graphql-java quotes a variable's default value ({@code Bad default value '…'}). */
  static final String DEFAULT_VALUE = "default value '";

  /**
   * A variable's default value that names a value its enum does not have ({@code $s: [Status!] =
   * [ACCEPTED]}): which one, and the enum's values; {@code null} for any other wrong default.
   */
  static String badDefaultEnum(
      graphql.language.VariableDefinition variable, SchemaSnapshot snapshot) {
    String enumName = graphql.schema.idl.TypeUtil.unwrapAll(variable.getType()).getName();
    if (!(snapshot.schema().getType(enumName) instanceof GraphQLEnumType enumType)) {
      return null;
    }
    List<String> values = valueNames(enumType);
    // graphql-java's AST holds raw Values.
    List<Object> pending = new ArrayList<>(List.of(variable.getDefaultValue()));
    while (!pending.isEmpty()) {
      Object value = pending.remove(0);
      if (value instanceof graphql.language.ArrayValue array) {
        pending.addAll(array.getValues());
      } else if (value instanceof graphql.language.EnumValue literal
          && !values.contains(literal.getName())) {
        return "Value '"
            + literal.getName()
            + "' in the default value of $"
            + variable.getName()
            + " is not in enum '"
            + enumName
            + "'"
            + against(snapshot)
            + "."
            + hint(literal.getName(), values, "Its values are: ");
      }
    }
    return null;
  }

  static final Pattern NULL_ARGUMENT =
      Pattern.compile("(?i)argument '([^']+)' with value 'NullValue\\{\\}'");

  /** "an Int", "a String". */
  private static String article(String noun) {
    return ("AEIOU".indexOf(Character.toUpperCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
  }

  /** graphql-java's AST value dumps ({@code StringValue{value='ten'}}) as plain GraphQL. */
  static String clean(String description) {
    return AST_VALUE.matcher(description).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }

  static String against(SchemaSnapshot snapshot) {
    return " (schema " + snapshot.displayPath() + ")";
  }

  private static String sentence(String text) {
    String trimmed = text.strip();
    String capitalized =
        trimmed.isEmpty()
            ? trimmed
            : Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
    return capitalized.endsWith(".")
        ? capitalized.substring(0, capitalized.length() - 1)
        : capitalized;
  }
}
