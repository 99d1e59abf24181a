package dev.optixgql.processor.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.GraphQLLocation;
import dev.optixgql.processor.diagnostic.JavaSite;
import graphql.GraphQLError;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Document;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.EchoingWiringFactory;
import graphql.schema.idl.FastSchemaGenerator;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.schema.idl.errors.SchemaProblem;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Builds a whole snapshot, introspection result or SDL, and reports each of its problems as one
 * located diagnostic: what a snapshot's build falls back to whenever a lean one declines or fails,
 * so that a snapshot's diagnostics are always the whole snapshot's.
 */
final class WholeSchema {
  private final Diagnostics diagnostics;

  WholeSchema(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reports a snapshot problem; returns {@code null}, the missing schema. */
  private <T> T problem(
      DiagnosticKind kind, GraphQLLocation location, JavaSite site, String message) {
    diagnostics.report(kind, location, site, message);
    return null;
  }

  GraphQLSchema fromIntrospection(String text, String shown, JavaSite site) {
    Object json;
    try {
      json = IntrospectionJson.parse(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      return problem(
          DiagnosticKind.SCHEMA_MALFORMED_JSON,
          new GraphQLLocation(
              shown, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()),
          site,
          "The schema snapshot is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return problem(
          DiagnosticKind.SCHEMA_UNREADABLE,
          new GraphQLLocation(shown, 0, 0),
          site,
          "Cannot read the schema snapshot: " + e.getMessage());
    }
    Map<String, Object> introspection = unwrap(json);
    if (introspection == null) {
      return problem(
          DiagnosticKind.SCHEMA_NOT_INTROSPECTION,
          new GraphQLLocation(shown, 1, 1),
          site,
          "The schema snapshot is JSON but not an introspection result: expected"
              + " {\"data\":{\"__schema\":…}} or {\"__schema\":…}, as the introspection query"
              + " returns. For SDL, use a .graphqls file.");
    }
    try {
      Document document = new IntrospectionResultToSchema().createSchemaDefinition(introspection);
      return fromIntrospectedTypes(new SchemaParser().buildRegistry(document));
    } catch (SchemaProblem e) {
      reportProblems(e.getErrors(), shown, site);
      return null;
    } catch (RuntimeException e) {
      return problem(
          DiagnosticKind.SCHEMA_NOT_INTROSPECTION,
          new GraphQLLocation(shown, 1, 1),
          site,
          "The introspection result is incomplete or inconsistent: " + e.getMessage());
    }
  }

  /**
   * Builds the schema a server described by introspection. A server's own type system is valid by
   * construction, so this takes graphql-java's fast builder, which skips re-validating it (about a
   * fifth of the schema loading in a fresh JVM); SchemaLoaderTest shows it builds the same schema
   * as the validating builder on the real Optix schema. SDL, which people write by hand, keeps the
   * validating builder.
   */
  static GraphQLSchema fromIntrospectedTypes(TypeDefinitionRegistry registry) {
    // The wiring UnExecutableSchemaGenerator uses: an echoing stand-in for each custom scalar.
    RuntimeWiring wiring =
        EchoingWiringFactory.newEchoingWiring(
            builder ->
                registry
                    .scalars()
                    .keySet()
                    .forEach(
                        name -> {
                          if (!ScalarInfo.isGraphqlSpecifiedScalar(name)) {
                            builder.scalar(EchoingWiringFactory.fakeScalar(name));
                          }
                        }));
    return new FastSchemaGenerator()
        .makeExecutableSchema(
            SchemaGenerator.Options.defaultOptions().withValidation(false), registry, wiring);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> unwrap(Object json) {
    if (!(json instanceof Map)) {
      return null;
    }
    Map<String, Object> map = (Map<String, Object>) json;
    if (map.get("data") instanceof Map<?, ?> data && data.get("__schema") instanceof Map) {
      return (Map<String, Object>) data;
    }
    return map.get("__schema") instanceof Map ? map : null;
  }

  GraphQLSchema fromWholeSdl(String text, String shown, JavaSite site) {
    try {
      return UnExecutableSchemaGenerator.makeUnExecutableSchema(SdlRegistry.of(text, shown));
    } catch (SchemaProblem e) {
      reportProblems(e.getErrors(), shown, site);
      return null;
    } catch (InvalidSyntaxException e) {
      reportAt(
          e.getLocation(), shown, site, "The schema snapshot is not valid SDL: " + e.getMessage());
      return null;
    } catch (RuntimeException e) {
      return problem(
          DiagnosticKind.SCHEMA_INVALID,
          new GraphQLLocation(shown, 0, 0),
          site,
          "The schema snapshot is not a valid schema: " + e.getMessage());
    }
  }

  private void reportProblems(List<GraphQLError> errors, String shown, JavaSite site) {
    for (GraphQLError error : errors) {
      SourceLocation at =
          error.getLocations() == null || error.getLocations().isEmpty()
              ? null
              : error.getLocations().get(0);
      reportAt(at, shown, site, "The schema snapshot is not a valid schema: " + error.getMessage());
    }
  }

  private static final java.util.regex.Pattern AT_SUFFIX =
      java.util.regex.Pattern.compile("\\s*\\[@-?\\d+:-?\\d+\\]");

  private void reportAt(SourceLocation at, String shown, JavaSite site, String rawMessage) {
    // graphql-java appends "[@line:col]" (or "[@-1:-1]" for JSON); the location says it already.
    String message = AT_SUFFIX.matcher(rawMessage).replaceAll("");
    diagnostics.report(
        DiagnosticKind.SCHEMA_INVALID,
        new GraphQLLocation(shown, at == null ? 0 : at.getLine(), at == null ? 0 : at.getColumn()),
        site,
        message);
  }
}
