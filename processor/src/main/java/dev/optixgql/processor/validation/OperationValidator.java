package dev.optixgql.processor.validation;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.GraphQLLocation;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.FragmentSource;
import dev.optixgql.processor.document.GraphQLFile;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.schema.SchemaSnapshot;
import graphql.language.Document;
import graphql.language.SourceLocation;
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
          problem.what() + ValidationMessages.against(snapshot) + ".");
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
    String message =
        type == ValidationErrorType.BadValueForDefaultArg
                && refiner.nodeAt(at) instanceof graphql.language.VariableDefinition variable
            ? ValidationMessages.badDefaultEnum(variable, snapshot)
            : ValidationMessages.specificMessage(type, description, at, index, snapshot, usage);
    if (message == null) {
      // A conflict of shapes: graphql-java names neither field, so the message names both.
      String conflicting =
          type == ValidationErrorType.FieldsConflict && description.contains(" shapes")
              ? ConflictingFields.describe(
                  error.getLocations(), origin.document(), snapshot.schema(), location.path())
              : null;
      message =
          ValidationMessages.reworded(
              type,
              ValidationMessages.clean(
                  ValidationMessages.withValueAsWritten(description, refiner.nodeAt(at))),
              snapshot,
              conflicting);
    }
    diagnostics.report(kindOf(type, description), location, site, message);
  }

  /**
   * graphql-java reports a {@code null} for a non-null argument twice (two rules): the one at the
   * value is kept.
   */
  private static List<ValidationError> withoutDuplicates(List<ValidationError> errors) {
    java.util.Set<String> nullArguments = new java.util.HashSet<>();
    for (ValidationError error : errors) {
      Matcher m = ValidationMessages.NULL_ARGUMENT.matcher(error.getDescription());
      if (error.getValidationErrorType() == ValidationErrorType.WrongType && m.find()) {
        nullArguments.add(m.group(1));
      }
    }
    if (nullArguments.isEmpty()) {
      return errors;
    }
    List<ValidationError> out = new ArrayList<>();
    for (ValidationError error : errors) {
      Matcher m = ValidationMessages.QUOTED.matcher(error.getDescription());
      if (error.getValidationErrorType() == ValidationErrorType.NullValueForNonNullArgument
          && m.find()
          && nullArguments.contains(m.group(1))) {
        continue;
      }
      out.add(error);
    }
    return out;
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

  /**
   * The catalog's kind for a graphql-java validation error; {@code description} (its text) tells an
   * unknown argument of a known directive, which graphql-java files under UnknownDirective.
   */
  static DiagnosticKind kindOf(ValidationErrorClassification classification, String description) {
    if (!(classification instanceof ValidationErrorType type)) {
      return DiagnosticKind.INVALID_OPERATION;
    }
    if (type == ValidationErrorType.UnknownDirective
        && ValidationMessages.UNKNOWN_DIRECTIVE_ARGUMENT.matcher(description).find()) {
      return DiagnosticKind.UNKNOWN_ARGUMENT;
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
