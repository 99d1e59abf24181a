package dev.optixgql.processor.diagnostic;

import javax.tools.Diagnostic;

/**
 * The catalog of every diagnostic the processor reports, each with a stable id printed as {@code
 * [OptixGql/Id]} and a default severity. docs/diagnostics.md lists them.
 */
public enum DiagnosticKind {
  // Snapshots (stage 1).
  SCHEMA_NOT_FOUND("SchemaNotFound", Diagnostic.Kind.ERROR),
  SCHEMA_OUTSIDE_ROOT("SchemaOutsideRoot", Diagnostic.Kind.ERROR),
  SCHEMA_UNREADABLE("SchemaUnreadable", Diagnostic.Kind.ERROR),
  SCHEMA_MALFORMED_JSON("SchemaMalformedJson", Diagnostic.Kind.ERROR),
  SCHEMA_NOT_INTROSPECTION("SchemaNotIntrospection", Diagnostic.Kind.ERROR),
  SCHEMA_INVALID("SchemaInvalid", Diagnostic.Kind.ERROR),
  GRAPHQL_ROOT_NOT_FOUND("GraphQLRootNotFound", Diagnostic.Kind.ERROR),
  INVALID_OPTION("InvalidOption", Diagnostic.Kind.ERROR),
  UNTRUSTED_CACHE_DIRECTORY("UntrustedCacheDirectory", Diagnostic.Kind.WARNING),

  // Documents (stage 2).
  SYNTAX_ERROR("SyntaxError", Diagnostic.Kind.ERROR),
  ANONYMOUS_OPERATION("AnonymousOperation", Diagnostic.Kind.ERROR),
  DUPLICATE_OPERATION("DuplicateOperation", Diagnostic.Kind.ERROR),
  DUPLICATE_FRAGMENT("DuplicateFragment", Diagnostic.Kind.ERROR),
  UNSUPPORTED_OPERATION_TYPE("UnsupportedOperationType", Diagnostic.Kind.ERROR),

  // Operations against the schema (stage 3).
  UNKNOWN_FIELD("UnknownField", Diagnostic.Kind.ERROR),
  UNKNOWN_TYPE("UnknownType", Diagnostic.Kind.ERROR),
  UNKNOWN_ARGUMENT("UnknownArgument", Diagnostic.Kind.ERROR),
  UNKNOWN_FRAGMENT("UnknownFragment", Diagnostic.Kind.ERROR),
  UNUSED_FRAGMENT("UnusedFragment", Diagnostic.Kind.ERROR),
  UNKNOWN_DIRECTIVE("UnknownDirective", Diagnostic.Kind.ERROR),
  MISSING_ARGUMENT("MissingArgument", Diagnostic.Kind.ERROR),
  WRONG_VALUE("WrongValue", Diagnostic.Kind.ERROR),
  UNDEFINED_VARIABLE("UndefinedVariable", Diagnostic.Kind.ERROR),
  UNUSED_VARIABLE("UnusedVariable", Diagnostic.Kind.ERROR),
  VARIABLE_TYPE_MISMATCH("VariableTypeMismatch", Diagnostic.Kind.ERROR),
  SELECTION_REQUIRED("SelectionRequired", Diagnostic.Kind.ERROR),
  SELECTION_NOT_ALLOWED("SelectionNotAllowed", Diagnostic.Kind.ERROR),
  FIELD_CONFLICT("FieldConflict", Diagnostic.Kind.ERROR),
  INVALID_OPERATION("InvalidOperation", Diagnostic.Kind.ERROR),
  OPERATION_TOO_LARGE("OperationTooLarge", Diagnostic.Kind.ERROR),

  // Interfaces and their methods (binding).
  NOT_AN_INTERFACE("NotAnInterface", Diagnostic.Kind.ERROR),
  MISSING_OPERATION_ANNOTATION("MissingOperationAnnotation", Diagnostic.Kind.ERROR),
  UNKNOWN_OPERATION("UnknownOperation", Diagnostic.Kind.ERROR),
  MISSING_PARAMETER("MissingParameter", Diagnostic.Kind.ERROR),
  UNKNOWN_PARAMETER("UnknownParameter", Diagnostic.Kind.ERROR),
  PARAMETER_TYPE_MISMATCH("ParameterTypeMismatch", Diagnostic.Kind.ERROR),
  RETURN_TYPE_MISMATCH("ReturnTypeMismatch", Diagnostic.Kind.ERROR),
  MUTATION_NOT_ALLOWED("MutationNotAllowed", Diagnostic.Kind.ERROR),
  CONFLICTING_GENERATED_TYPE("ConflictingGeneratedType", Diagnostic.Kind.ERROR),
  MODULE_NOT_EXPORTED("ModuleNotExported", Diagnostic.Kind.WARNING),

  // Advice.
  DEPRECATED_USAGE("Deprecation", Diagnostic.Kind.WARNING),
  UNMAPPED_SCALAR("UnmappedScalar", Diagnostic.Kind.WARNING),
  INVALID_SCALAR_MAPPING("InvalidScalarMapping", Diagnostic.Kind.ERROR),

  /** A bug in optixgql: reported on the element being processed, processing goes on. */
  INTERNAL("Internal", Diagnostic.Kind.ERROR);

  private final String id;
  private final Diagnostic.Kind defaultSeverity;

  DiagnosticKind(String id, Diagnostic.Kind defaultSeverity) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
  }

  /** The stable id, e.g. {@code UnknownField}. */
  public String id() {
    return id;
  }

  /** The id as printed in messages: {@code [OptixGql/UnknownField]}. */
  public String tag() {
    return "[OptixGql/" + id + "]";
  }

  public Diagnostic.Kind defaultSeverity() {
    return defaultSeverity;
  }
}
