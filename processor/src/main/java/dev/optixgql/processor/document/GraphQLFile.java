package dev.optixgql.processor.document;

import graphql.language.Document;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One {@code .graphql} file: where it is, how diagnostics name it, the SHA-256 of its bytes (hex),
 * which cache keys of the operations and fragments written in it include, and its AST. A file whose
 * outline came from the cache is parsed only when something needs its AST.
 */
public final class GraphQLFile {
  private final Path path;
  private final String displayPath;
  private final String digest;
  private Supplier<Document> parser;
  private Document document;

  GraphQLFile(Path path, String displayPath, String digest, Supplier<Document> parser) {
    this.path = path;
    this.displayPath = displayPath;
    this.digest = digest;
    this.parser = parser;
  }

  /** A file parsed already, as {@code document}. */
  GraphQLFile(Path path, String displayPath, String digest, Document document) {
    this(path, displayPath, digest, (Supplier<Document>) null);
    this.document = document;
  }

  public Path path() {
    return path;
  }

  public String displayPath() {
    return displayPath;
  }

  public String digest() {
    return digest;
  }

  /** The AST, parsed now if it was not yet. */
  public Document document() {
    if (parser != null) {
      document = parser.get();
      parser = null;
    }
    return document;
  }

  /** Whether the AST has been parsed (in this compilation). */
  public boolean parsed() {
    return parser == null;
  }
}
