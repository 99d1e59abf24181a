package dev.optixgql.processor.schema;

import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A schema snapshot: the file it came from (as shown to users), its content digest, and the schema,
 * built on first use. A snapshot this processor build has loaded without errors before is built
 * only when something needs it: when every operation bound to it comes from the cache, never.
 */
public final class SchemaSnapshot {
  private final Path file;
  private final String displayPath;
  private final String digest;
  private Supplier<GraphQLSchema> loader;
  private GraphQLSchema schema;
  private List<String> leftOut = List.of();
  private String leanRule;

  SchemaSnapshot(Path file, String displayPath, String digest, Supplier<GraphQLSchema> loader) {
    this.file = file;
    this.displayPath = displayPath;
    this.digest = digest;
    this.loader = loader;
  }

  /** A snapshot whose schema is already built. */
  public static SchemaSnapshot of(
      Path file, String displayPath, String digest, GraphQLSchema schema) {
    SchemaSnapshot snapshot = new SchemaSnapshot(file, displayPath, digest, null);
    snapshot.schema = schema;
    return snapshot;
  }

  public Path file() {
    return file;
  }

  public String displayPath() {
    return displayPath;
  }

  /** The SHA-256 of the file's bytes, in hex. */
  public String digest() {
    return digest;
  }

  /**
   * The schema, built now if it was not yet; {@code null} if building it failed (which was
   * reported, once, at the site of the interface that first named the snapshot).
   */
  public GraphQLSchema schema() {
    if (loader != null) {
      Supplier<GraphQLSchema> load = loader;
      loader = null;
      schema = load.get();
    }
    return schema;
  }

  /**
   * The names of the snapshot's types, introspection's own excepted, in name order: those of the
   * schema and those a lean build ({@link LeanSchema}) left out of it. {@code null} if the schema
   * could not be built.
   */
  public List<String> typeNames() {
    if (schema() == null) {
      return null;
    }
    TreeSet<String> names = new TreeSet<>(leftOut);
    for (GraphQLNamedType type : schema.getAllTypesAsList()) {
      if (!type.getName().startsWith("__")) {
        names.add(type.getName());
      }
    }
    return List.copyOf(names);
  }

  /** Whether the schema was built without some of the snapshot's types, and how many. */
  public int leftOutCount() {
    return leftOut.size();
  }

  void leftOut(List<String> names, String rule) {
    leftOut = names;
    leanRule = rule;
  }

  /**
   * How the schema was built, for {@code -Aoptixgql.stats}: {@code failed}, {@code whole}, or
   * {@code lean by selections} / {@code lean by names} ({@link Reach#rule}) with how many types it
   * left out.
   */
  public String howBuilt() {
    if (built() && schema == null) {
      return "failed";
    }
    return leanRule == null
        ? "whole"
        : "lean by " + leanRule + ", " + leftOut.size() + " types left out";
  }

  /** Whether the schema has been built (or tried). */
  public boolean built() {
    return loader == null;
  }
}
