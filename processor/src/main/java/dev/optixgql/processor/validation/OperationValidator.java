package dev.optixgql.processor.validation;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.GraphQLLocation;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.diagnostic.Suggestions;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.schema.SchemaSnapshot;
import graphql.language.Document;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLType;
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
 * validator (GraphQL spec §5), turning each error into a catalogued, located diagnostic with
 * suggestions where a name was misspelt.
 */
public final class OperationValidator {
  private static final Pattern FIELD_UNDEFINED =
      Pattern.compile("Field '([^']+)' in type '([^']+)' is undefined");
  private static final Pattern PREFIX = Pattern.compile("^Validation error \\([^)]*\\)\\s*:\\s*");

  private final Diagnostics diagnostics;

  public OperationValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Validates; returns whether the operation is clean. */
  public boolean validate(
      OperationSource operation, DocumentIndex index, SchemaSnapshot snapshot, JavaSite site) {
    Document document = OperationDocuments.documentOf(operation, index);
    List<ValidationError> errors =
        new Validator().validateDocument(snapshot.schema(), document, Locale.ROOT);
    for (ValidationError error : errors) {
      report(error, operation, snapshot, site);
    }
    return errors.isEmpty();
  }

  private void report(
      ValidationError error, OperationSource operation, SchemaSnapshot snapshot, JavaSite site) {
    String description = PREFIX.matcher(error.getDescription()).replaceFirst("");
    GraphQLLocation location = location(error, operation);
    ValidationErrorClassification type = error.getValidationErrorType();
    if (type == ValidationErrorType.FieldUndefined) {
      Matcher m = FIELD_UNDEFINED.matcher(description);
      if (m.find()) {
        diagnostics.report(
            DiagnosticKind.UNKNOWN_FIELD,
            location,
            site,
            unknownField(m.group(1), m.group(2), snapshot));
        return;
      }
    }
    diagnostics.report(kindOf(type), location, site, sentence(description) + against(snapshot));
  }

  private static String unknownField(String field, String typeName, SchemaSnapshot snapshot) {
    GraphQLType type = snapshot.schema().getType(typeName);
    List<String> names = new ArrayList<>();
    if (type instanceof GraphQLFieldsContainer container) {
      for (GraphQLFieldDefinition definition : container.getFieldDefinitions()) {
        names.add(definition.getName());
      }
    }
    String hint = Suggestions.didYouMean(field, names);
    if (hint.isEmpty()) {
      List<String> sorted = names.stream().sorted().toList();
      hint =
          " Its fields are: "
              + String.join(", ", sorted.subList(0, Math.min(20, sorted.size())))
              + (sorted.size() > 20 ? ", …" : "")
              + ".";
    }
    return "Field '"
        + field
        + "' is not defined on type '"
        + typeName
        + "'"
        + against(snapshot)
        + "."
        + hint;
  }

  private static String against(SchemaSnapshot snapshot) {
    return " (schema " + snapshot.displayPath() + ")";
  }

  private static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  private static GraphQLLocation location(ValidationError error, OperationSource operation) {
    List<SourceLocation> locations = error.getLocations();
    if (locations == null || locations.isEmpty()) {
      SourceLocation at = operation.definition().getSourceLocation();
      return new GraphQLLocation(
          operation.file().displayPath(),
          at == null ? 0 : at.getLine(),
          at == null ? 0 : at.getColumn());
    }
    SourceLocation at = locations.get(0);
    String file = at.getSourceName() == null ? operation.file().displayPath() : at.getSourceName();
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
