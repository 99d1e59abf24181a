package dev.optixgql.maven.schema;

import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A schema snapshot in memory: the introspection result ({@code __schema} and below), sorted so
 * that two downloads of the same schema are the same bytes and a change is a small diff, with what
 * is known of where it came from. Built only from a complete, valid schema: {@link #of} refuses an
 * introspection that graphql-java cannot turn into a schema (a partial answer, a type referenced
 * but missing), so a bad download never replaces a good snapshot.
 */
public final class Snapshot {
  private final Map<String, Object> schema;
  private final Provenance provenance;
  private volatile GraphQLSchema built; // an immutable schema of immutable data: built once

  /** Where a snapshot came from, written into it (never a token). */
  public record Provenance(String tokenKind, String endpoint) {
    public static final Provenance NONE = new Provenance(null, null);
  }

  private Snapshot(Map<String, Object> schema, Provenance provenance) {
    this.schema = schema;
    this.provenance = provenance;
  }

  /**
   * A snapshot of {@code introspection}: {@code {"data":{"__schema":…}}}, {@code {"__schema":…}} or
   * the {@code __schema} object itself.
   *
   * @throws SnapshotException when it is not a complete schema
   */
  public static Snapshot of(Map<String, Object> introspection, Provenance provenance) {
    Map<String, Object> schema = schemaObject(introspection);
    Map<String, Object> sorted = sorted(schema);
    Snapshot snapshot = new Snapshot(sorted, provenance);
    snapshot.toSchema(); // refuses what graphql-java cannot build
    return snapshot;
  }

  /** The introspection result of {@code schema} (SDL parsed and built by graphql-java). */
  public static Snapshot ofSdl(String sdl, Provenance provenance) {
    GraphQLSchema schema;
    try {
      TypeDefinitionRegistry types = new SchemaParser().parse(sdl);
      schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
    } catch (RuntimeException e) {
      throw new SnapshotException("The SDL is not a valid schema: " + e.getMessage(), e);
    }
    return of(Introspector.introspect(schema), provenance);
  }

  public Provenance provenance() {
    return provenance;
  }

  /** The {@code __schema} object, sorted. */
  public Map<String, Object> schema() {
    return schema;
  }

  /** The schema graphql-java builds from this snapshot (built on first use, then kept). */
  public GraphQLSchema toSchema() {
    GraphQLSchema schema = built;
    if (schema != null) {
      return schema;
    }
    try {
      Document document = toDocument();
      schema =
          UnExecutableSchemaGenerator.makeUnExecutableSchema(
              new SchemaParser().buildRegistry(document));
      built = schema;
      return schema;
    } catch (SnapshotException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SnapshotException(
          "The introspection is not a complete schema: " + e.getMessage(), e);
    }
  }

  /** SDL with descriptions, types and fields in name order. */
  public String toSdl() {
    StringBuilder out = new StringBuilder();
    if (provenance.tokenKind() != null || provenance.endpoint() != null) {
      out.append("# optixgql snapshot");
      if (provenance.tokenKind() != null) {
        out.append(" of the schema ").append(provenance.tokenKind()).append(" tokens see");
      }
      if (provenance.endpoint() != null) {
        out.append(", from ").append(provenance.endpoint());
      }
      out.append('\n');
    }
    out.append(AstPrinter.printAst(toDocument()).strip()).append('\n');
    return out.toString();
  }

  /** {@code {"data":{"__schema":…},"extensions":{"optixgql":…}}}, indented. */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("data", Map.of("__schema", schema));
    if (provenance.tokenKind() != null || provenance.endpoint() != null) {
      Map<String, Object> origin = new LinkedHashMap<>();
      if (provenance.tokenKind() != null) {
        origin.put("tokenKind", provenance.tokenKind());
      }
      if (provenance.endpoint() != null) {
        origin.put("endpoint", provenance.endpoint());
      }
      root.put("extensions", Map.of("optixgql", origin));
    }
    return JsonText.write(root);
  }

  private Document toDocument() {
    try {
      return new IntrospectionResultToSchema().createSchemaDefinition(Map.of("__schema", schema));
    } catch (RuntimeException e) {
      throw new SnapshotException(
          "The introspection is not a complete schema: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schemaObject(Map<String, Object> introspection) {
    Object data = introspection.get("data");
    if (data instanceof Map<?, ?> map && map.get("__schema") instanceof Map<?, ?> schema) {
      return (Map<String, Object>) schema;
    }
    if (introspection.get("__schema") instanceof Map<?, ?> schema) {
      return (Map<String, Object>) schema;
    }
    if (introspection.get("types") instanceof List<?>) {
      return introspection;
    }
    throw new SnapshotException(
        "No __schema in the introspection result"
            + (introspection.containsKey("errors") ? ": " + introspection.get("errors") : ""));
  }

  /** Sorts types, directives and every named member list by name; arguments keep their order. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> sorted(Map<String, Object> schema) {
    Map<String, Object> out = new LinkedHashMap<>(schema);
    if (!(schema.get("types") instanceof List<?> types) || types.isEmpty()) {
      throw new SnapshotException("The introspection result has no types");
    }
    if (!(schema.get("queryType") instanceof Map<?, ?> query) || query.get("name") == null) {
      throw new SnapshotException("The introspection result has no query type");
    }
    List<Object> sortedTypes = new ArrayList<>();
    for (Object type : types) {
      Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) type);
      for (String member : List.of("fields", "inputFields", "enumValues", "interfaces")) {
        copy.computeIfPresent(member, (k, v) -> byName(v));
      }
      copy.computeIfPresent("possibleTypes", (k, v) -> byName(v));
      sortedTypes.add(copy);
    }
    out.put("types", byName(sortedTypes));
    out.computeIfPresent("directives", (k, v) -> byName(v));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object byName(Object list) {
    if (!(list instanceof List<?> items)) {
      return list;
    }
    List<Object> copy = new ArrayList<>(items);
    copy.sort(
        Comparator.comparing(
            item -> item instanceof Map<?, ?> map ? String.valueOf(map.get("name")) : ""));
    return copy;
  }
}
