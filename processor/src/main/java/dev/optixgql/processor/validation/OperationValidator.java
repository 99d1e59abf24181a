package dev.optixgql.processor.validation;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.GraphQLLocation;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.diagnostic.Suggestions;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.FragmentSource;
import dev.optixgql.processor.document.GraphQLFile;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.schema.SchemaSnapshot;
import graphql.language.Document;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLType;
import graphql.validation.QueryComplexityLimits;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorClassification;
import graphql.validation.ValidationErrorType;
import graphql.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 3: validates one operation (with its fragments) against a schema with graphql-java's
 * validator (GraphQL spec §5), turning each error into a catalogued, located diagnostic worded as
 * rule, offender, what exists and what to do, with "did you mean" suggestions; and warns of every
 * deprecated field, argument and enum value the operation uses.
 */
public final class OperationValidator {
  static final Pattern FIELD_UNDEFINED =
      Pattern.compile("Field '([^']+)' in type '([^']+)' is undefined");
  static final Pattern QUOTED = Pattern.compile("'([^']+)'");
  static final Pattern BAD_ENUM =
      Pattern.compile("value 'EnumValue\\{name='([^']+)'\\}' is not a valid '([^']+)'");
  static final Pattern AST_VALUE =
      Pattern.compile("'?(?:[A-Z][a-z]+Value)\\{(?:value|name)=('?[^}]*?'?)\\}'?");
  static final Pattern PREFIX = Pattern.compile("^Validation error \\([^)]*\\)\\s*:\\s*");

  private final Diagnostics diagnostics;

  public OperationValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Validates; returns whether the operation is clean (warnings do not count). */
  public boolean validate(
      OperationSource operation, DocumentIndex index, SchemaSnapshot snapshot, JavaSite site) {
    Document document = InputObjectOrder.sorted(OperationDocuments.documentOf(operation, index));
    List<ValidationError> errors = validator(snapshot, document);
    SchemaUsageIndex usage = SchemaUsageIndex.of(snapshot.schema(), document);
    Origin origin = Origin.of(operation, document);
    for (ValidationError error : errors) {
      report(error, origin, index, snapshot, usage, site);
    }
    for (SchemaUsageIndex.Deprecation problem : usage.oneOfProblems) {
      diagnostics.report(
          DiagnosticKind.WRONG_VALUE,
          location(problem.location(), origin),
          site,
          problem.what() + against(snapshot) + ".");
    }
    boolean clean = errors.isEmpty() && usage.oneOfProblems.isEmpty();
    if (clean && site != null) {
      for (SchemaUsageIndex.Deprecation deprecated : usage.deprecations) {
        diagnostics.report(
            DiagnosticKind.DEPRECATED_USAGE,
            location(deprecated.location(), origin),
            site,
            deprecated.what()
                + " is deprecated: "
                + reason(deprecated.reason())
                + ". Suppress with @SuppressWarnings(\"optixgql:deprecation\") on the method or"
                + " interface.");
      }
    }
    return clean;
  }

  /**
   * Validates a fragment no operation uses (an operation validates the fragments it uses): its type
   * condition, fields, arguments and values against the schema. Returns whether it is clean.
   */
  public boolean validate(FragmentSource fragment, DocumentIndex index, SchemaSnapshot snapshot) {
    Document document = InputObjectOrder.sorted(OperationDocuments.documentOf(fragment, index));
    List<ValidationError> errors =
        validator(snapshot, document).stream()
            // Unused by this one-fragment document; reported once, as UnusedFragment.
            .filter(e -> e.getValidationErrorType() != ValidationErrorType.UnusedFragment)
            .toList();
    SchemaUsageIndex usage = SchemaUsageIndex.of(snapshot.schema(), document);
    Origin origin =
        new Origin(fragment.file(), fragment.definition().getSourceLocation(), document);
    for (ValidationError error : errors) {
      report(error, origin, index, snapshot, usage, null);
    }
    return errors.isEmpty();
  }

  /**
   * graphql-java's validation with every spec rule and none of its complexity limits (100,000
   * fields, a depth): those protect a server from strangers' queries, while these are the project's
   * own documents.
   */
  private static List<ValidationError> validator(SchemaSnapshot snapshot, Document document) {
    return withoutDuplicates(
        new Validator()
            .validateDocument(
                snapshot.schema(),
                document,
                rule -> true,
                Locale.ROOT,
                QueryComplexityLimits.NONE));
  }

  /** Where a validated definition is, for errors graphql-java reports without a location. */
  private static final class Origin {
    private final GraphQLFile file;
    private final SourceLocation at;
    private final Document document;
    private LocationRefiner refiner;

    Origin(GraphQLFile file, SourceLocation at, Document document) {
      this.file = file;
      this.at = at;
      this.document = document;
    }

    static Origin of(OperationSource operation, Document document) {
      return new Origin(operation.file(), operation.definition().getSourceLocation(), document);
    }

    GraphQLFile file() {
      return file;
    }

    SourceLocation at() {
      return at;
    }

    Document document() {
      return document;
    }

    /** The document's nodes by position, indexed once, when the first error needs them. */
    LocationRefiner refiner() {
      if (refiner == null) {
        refiner = new LocationRefiner(document);
      }
      return refiner;
    }
  }

  /** The schema's reason, without the period it may end with: the message adds its own. */
  private static String reason(String reason) {
    String text = reason == null || reason.isBlank() ? "No longer supported" : reason.strip();
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private void report(
      ValidationError error,
      Origin origin,
      DocumentIndex index,
      SchemaSnapshot snapshot,
      SchemaUsageIndex usage,
      JavaSite site) {
    String description = PREFIX.matcher(error.getDescription()).replaceFirst("");
    SourceLocation at = first(error);
    if (at == null) {
      at = definitionOnPath(error, origin.document());
    }
    ValidationErrorClassification type = error.getValidationErrorType();
    // The refiner indexes the document only when there is an error, once for all of them.
    LocationRefiner refiner = origin.refiner();
    GraphQLLocation location = location(refiner.refine(type, at), origin);
    if (type == ValidationErrorType.UnknownArgument
        && usage.argumentsOfUnknownDirectives.contains(SchemaUsageIndex.At.of(at))) {
      return; // the directive itself is reported as unknown
    }
    String message = specificMessage(type, description, at, index, snapshot, usage);
    if (message == null) {
      message =
          reworded(type, clean(withValueAsWritten(description, refiner.nodeAt(at))), snapshot);
    }
    diagnostics.report(kindOf(type), location, site, message);
  }

  /**
   * A message of our own for the errors we can say more about (with the names that do exist), read
   * from graphql-java's description; {@code null} when the description is not the one expected
   * ({@code ValidationMessagesTest} pins those descriptions).
   */
  private static String specificMessage(
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
      List<String> known = usage.argumentsAt.get(SchemaUsageIndex.At.of(at));
      return quoted.find() && known != null
          ? unknownArgument(quoted.group(1), known, snapshot)
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
      String argument, List<String> known, SchemaSnapshot snapshot) {
    return "Argument '"
        + argument
        + "' is not defined here"
        + against(snapshot)
        + "."
        + hint(argument, known, "Its arguments are: ");
  }

  private static String badEnumValue(String value, String enumName, SchemaSnapshot snapshot) {
    if (!(snapshot.schema().getType(enumName) instanceof GraphQLEnumType enumType)) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (GraphQLEnumValueDefinition definition : enumType.getValues()) {
      values.add(definition.getName());
    }
    return "Value '"
        + value
        + "' is not in enum '"
        + enumType.getName()
        + "'"
        + against(snapshot)
        + "."
        + hint(value, values, "Its values are: ");
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

  /** graphql-java's wording, made to say what to do where it does not. */
  private static String reworded(
      ValidationErrorClassification type, String description, SchemaSnapshot snapshot) {
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
  private static String withValueAsWritten(String description, graphql.language.Node<?> node) {
    graphql.language.Value<?> value =
        node instanceof graphql.language.Argument argument
            ? argument.getValue()
            : node instanceof graphql.language.ObjectField field ? field.getValue() : null;
    String marker = "with value '";
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
        + "with value "
        + graphql.language.AstPrinter.printAstCompact(value)
        + description.substring(end + 1);
  }

  static final Pattern NULL_ARGUMENT =
      Pattern.compile("(?i)argument '([^']+)' with value 'NullValue\\{\\}'");

  /**
   * graphql-java reports a {@code null} for a non-null argument twice (two rules): the one at the
   * value is kept.
   */
  private static List<ValidationError> withoutDuplicates(List<ValidationError> errors) {
    java.util.Set<String> nullArguments = new java.util.HashSet<>();
    for (ValidationError error : errors) {
      Matcher m = NULL_ARGUMENT.matcher(error.getDescription());
      if (error.getValidationErrorType() == ValidationErrorType.WrongType && m.find()) {
        nullArguments.add(m.group(1));
      }
    }
    if (nullArguments.isEmpty()) {
      return errors;
    }
    List<ValidationError> out = new ArrayList<>();
    for (ValidationError error : errors) {
      Matcher m = QUOTED.matcher(error.getDescription());
      if (error.getValidationErrorType() == ValidationErrorType.NullValueForNonNullArgument
          && m.find()
          && nullArguments.contains(m.group(1))) {
        continue;
      }
      out.add(error);
    }
    return out;
  }

  /** "an Int", "a String". */
  private static String article(String noun) {
    return ("AEIOU".indexOf(Character.toUpperCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
  }

  /** graphql-java's AST value dumps ({@code StringValue{value='ten'}}) as plain GraphQL. */
  static String clean(String description) {
    return AST_VALUE.matcher(description).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }

  private static String against(SchemaSnapshot snapshot) {
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

  /**
   * graphql-java gives some errors (an unknown type condition of a fragment) no location, only a
   * path that starts with the fragment's name: the fragment's definition is the nearest place.
   */
  private static SourceLocation definitionOnPath(ValidationError error, Document document) {
    List<String> path = error.getQueryPath();
    if (path == null || path.isEmpty()) {
      return null;
    }
    for (graphql.language.Definition<?> definition : document.getDefinitions()) {
      if (definition instanceof graphql.language.FragmentDefinition fragment
          && fragment.getName().equals(path.get(0))) {
        return fragment.getSourceLocation();
      }
    }
    return null;
  }

  private static SourceLocation first(ValidationError error) {
    List<SourceLocation> locations = error.getLocations();
    return locations == null || locations.isEmpty() ? null : locations.get(0);
  }

  private static GraphQLLocation location(SourceLocation at, Origin origin) {
    if (at == null) {
      at = origin.at();
    }
    if (at == null) {
      return new GraphQLLocation(origin.file().displayPath(), 0, 0);
    }
    String file = at.getSourceName() == null ? origin.file().displayPath() : at.getSourceName();
    return new GraphQLLocation(file, at.getLine(), at.getColumn());
  }

  static DiagnosticKind kindOf(ValidationErrorClassification classification) {
    if (!(classification instanceof ValidationErrorType type)) {
      return DiagnosticKind.INVALID_OPERATION;
    }
    switch (type) {
      case FieldUndefined:
        return DiagnosticKind.UNKNOWN_FIELD;
      case UnknownType:
        return DiagnosticKind.UNKNOWN_TYPE;
      case UnknownArgument:
        return DiagnosticKind.UNKNOWN_ARGUMENT;
      case UndefinedFragment:
        return DiagnosticKind.UNKNOWN_FRAGMENT;
      case UnknownDirective:
      case MisplacedDirective:
        return DiagnosticKind.UNKNOWN_DIRECTIVE;
      case MissingFieldArgument:
      case MissingDirectiveArgument:
        return DiagnosticKind.MISSING_ARGUMENT;
      case WrongType:
      case BadValueForDefaultArg:
      case NullValueForNonNullArgument:
        return DiagnosticKind.WRONG_VALUE;
      case UndefinedVariable:
        return DiagnosticKind.UNDEFINED_VARIABLE;
      case UnusedVariable:
        return DiagnosticKind.UNUSED_VARIABLE;
      case VariableTypeMismatch:
      case NonInputTypeOnVariable:
        return DiagnosticKind.VARIABLE_TYPE_MISMATCH;
      case SubselectionRequired:
        return DiagnosticKind.SELECTION_REQUIRED;
      case SubselectionNotAllowed:
        return DiagnosticKind.SELECTION_NOT_ALLOWED;
      case FieldsConflict:
        return DiagnosticKind.FIELD_CONFLICT;
      default:
        return DiagnosticKind.INVALID_OPERATION;
    }
  }
}
