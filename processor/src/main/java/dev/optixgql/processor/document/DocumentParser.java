package dev.optixgql.processor.document;

import dev.optixgql.processor.cache.BuildCache;
import dev.optixgql.processor.cache.CacheKey;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.GraphQLLocation;
import dev.optixgql.processor.diagnostic.Utf8Text;
import dev.optixgql.processor.options.OperationFiles;
import dev.optixgql.processor.options.ProjectPaths;
import dev.optixgql.processor.syntax.Declined;
import dev.optixgql.processor.syntax.DocumentReader;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SDLDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.MultiSourceReader;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stage 2: finds every {@code *.graphql} file under the GraphQL root (schema snapshots excepted),
 * parses each, and indexes operations and fragments by name, reporting syntax errors, anonymous
 * operations and duplicate names.
 */
public final class DocumentParser {
  /**
   * graphql-java's options for operations, without the token and size limits that guard a server
   * from strangers' queries: these files are the project's own (nesting depth stays bounded).
   */
  private static final ParserOptions OWN_DOCUMENTS =
      ParserOptions.getDefaultOperationParserOptions()
          .transform(
              options ->
                  options
                      .maxTokens(Integer.MAX_VALUE)
                      .maxWhitespaceTokens(Integer.MAX_VALUE)
                      .maxCharacters(Integer.MAX_VALUE));

  private final Path root;
  private final ProjectPaths paths;
  private final Diagnostics diagnostics;
  private final BuildCache cache;

  /**
   * @param cache holds the outlines of files parsed cleanly before, by content: such a file is
   *     parsed only when something needs its AST
   */
  public DocumentParser(Path root, ProjectPaths paths, Diagnostics diagnostics, BuildCache cache) {
    this.root = root;
    this.paths = paths;
    this.diagnostics = diagnostics;
    this.cache = cache;
  }

  /** Parses every operation file; {@code schemaFiles} (absolute) are skipped. */
  public DocumentIndex parseAll(Set<Path> schemaFiles) {
    TreeMap<String, OperationSource> operations = new TreeMap<>();
    TreeMap<String, FragmentSource> fragments = new TreeMap<>();
    Set<String> broken = new TreeSet<>();
    for (Path path : operationFiles(schemaFiles)) {
      Outlined file = outline(path);
      if (file == null) {
        broken.add(paths.display(path));
        continue;
      }
      index(file, operations, fragments);
    }
    return new DocumentIndex(operations, fragments, broken);
  }

  private List<Path> operationFiles(Set<Path> schemaFiles) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try {
      return OperationFiles.under(root, schemaFiles);
    } catch (IOException e) {
      diagnostics.report(
          DiagnosticKind.GRAPHQL_ROOT_NOT_FOUND,
          null,
          null,
          "Cannot list the GraphQL root " + paths.display(root) + ": " + e.getMessage());
      return List.of();
    }
  }

  /** A file and its outline. */
  private record Outlined(GraphQLFile file, FileOutline outline) {}

  /**
   * The file's outline: from the cache when this file's content was parsed cleanly before, else
   * from parsing it now ({@code null} after reporting why it cannot be).
   */
  private Outlined outline(Path path) {
    String shown = paths.display(path);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException | RuntimeException e) {
      diagnostics.report(
          DiagnosticKind.SYNTAX_ERROR,
          new GraphQLLocation(shown, 0, 0),
          null,
          "Cannot read the file: " + e.getMessage());
      return null;
    }
    String digest = cache.enabled() ? CacheKey.digest(bytes) : null;
    CacheKey key = digest == null ? null : CacheKey.of("outline").add(digest);
    byte[] cached = cache.get(key);
    FileOutline known = cached == null ? null : FileOutline.decode(cached);
    if (known != null) {
      return new Outlined(
          new GraphQLFile(path, shown, digest, () -> parse(decode(bytes, shown), shown)), known);
    }
    int mark = diagnostics.mark();
    String text = decode(bytes, shown);
    if (text == null) {
      return null;
    }
    Document document = parseReporting(text, shown);
    if (document == null) {
      return null;
    }
    GraphQLFile file = new GraphQLFile(path, shown, digest, document);
    FileOutline outline = FileOutline.of(document);
    reportUnnamedAndTypeSystem(file, document);
    if (diagnostics.since(mark).isEmpty()) {
      cache.put(key, outline.encode());
    }
    return new Outlined(file, outline);
  }

  /** Parses a file known to be valid (its outline was cached); a failure is a bug. */
  private static Document parse(String text, String shown) {
    return read(text, shown);
  }

  /**
   * The file's AST: read by {@link DocumentReader} (graphql-java's AST without its parser's
   * start-up), or, where that declines, parsed by graphql-java, whose syntax errors then stand.
   */
  private static Document read(String text, String shown) {
    try {
      return DocumentReader.executable(text, shown);
    } catch (Declined e) {
      return Parser.parse(environment(text, shown));
    }
  }

  private static ParserEnvironment environment(String text, String shown) {
    MultiSourceReader reader =
        MultiSourceReader.newMultiSourceReader().string(text, shown).trackData(false).build();
    return ParserEnvironment.newParserEnvironment()
        .document(reader)
        .parserOptions(OWN_DOCUMENTS)
        .locale(Locale.ROOT)
        .build();
  }

  /** The AST, or {@code null} after reporting the syntax error. */
  private Document parseReporting(String text, String shown) {
    try {
      return read(text, shown);
    } catch (InvalidSyntaxException e) {
      reportSyntax(e, text, shown);
      return null;
    } catch (RuntimeException e) {
      diagnostics.report(
          DiagnosticKind.SYNTAX_ERROR,
          new GraphQLLocation(shown, 0, 0),
          null,
          "Cannot parse the file: " + e.getMessage());
      return null;
    }
  }

  /**
   * A syntax error where the parser stopped, or, when it ran into the end of the file, at the
   * bracket that was never closed: that is what to fix.
   */
  private void reportSyntax(InvalidSyntaxException e, String text, String shown) {
    SourceLocation at = e.getLocation();
    String token = e.getOffendingToken();
    String message =
        token == null || token.isEmpty()
            ? "Invalid GraphQL syntax."
            : "Invalid GraphQL syntax at '" + token + "'.";
    int[] open = "<EOF>".equals(token) ? UnclosedBrackets.lastUnclosed(text) : null;
    if (open != null) {
      message =
          "The '"
              + (char) open[2]
              + "' at line "
              + open[0]
              + ", column "
              + open[1]
              + " is never closed: the file ends first.";
      at = new SourceLocation(open[0], open[1]);
    }
    diagnostics.report(
        DiagnosticKind.SYNTAX_ERROR,
        new GraphQLLocation(shown, at == null ? 0 : at.getLine(), at == null ? 0 : at.getColumn()),
        null,
        message);
  }

  /** The file's text, or {@code null} after reporting where it stops being UTF-8. */
  private String decode(byte[] bytes, String shown) {
    Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
    if (!decoded.ok()) {
      diagnostics.report(
          DiagnosticKind.SYNTAX_ERROR,
          new GraphQLLocation(shown, decoded.line(), decoded.column()),
          null,
          decoded.problem());
    }
    return decoded.text();
  }

  /** Reports what a file may not hold: anonymous operations, type-system definitions. */
  private void reportUnnamedAndTypeSystem(GraphQLFile file, Document document) {
    for (Definition<?> definition : document.getDefinitions()) {
      if (definition instanceof OperationDefinition op
          && (op.getName() == null || op.getName().isEmpty())) {
        diagnostics.report(
            DiagnosticKind.ANONYMOUS_OPERATION,
            at(file, op.getSourceLocation()),
            null,
            "Operations must be named so an interface method can bind them: write 'query"
                + " MyName { … }'.");
      } else if (definition instanceof SDLDefinition<?> sdl) {
        diagnostics.report(
            DiagnosticKind.INVALID_OPERATION,
            at(file, sdl.getSourceLocation()),
            null,
            "Type system definitions belong in a schema snapshot (.graphqls or .json), not in an"
                + " operation file.");
      }
    }
  }

  /** Adds a file's operations and fragments to the index; a name already taken is reported. */
  private void index(
      Outlined outlined,
      TreeMap<String, OperationSource> operations,
      TreeMap<String, FragmentSource> fragments) {
    GraphQLFile file = outlined.file();
    for (FileOutline.Definition definition : outlined.outline().definitions()) {
      GraphQLLocation at =
          new GraphQLLocation(file.displayPath(), definition.line(), definition.column());
      if (!definition.fragment()) {
        OperationSource previous = operations.get(definition.name());
        if (previous != null) {
          diagnostics.report(
              DiagnosticKind.DUPLICATE_OPERATION,
              at,
              null,
              "Operation '"
                  + definition.name()
                  + "' is already defined at "
                  + previous.location()
                  + "; operation names must be unique across the GraphQL root.");
          continue;
        }
        operations.put(definition.name(), new OperationSource(definition, file));
      } else {
        FragmentSource previous = fragments.get(definition.name());
        if (previous != null) {
          diagnostics.report(
              DiagnosticKind.DUPLICATE_FRAGMENT,
              at,
              null,
              "Fragment '"
                  + definition.name()
                  + "' is already defined at "
                  + previous.location()
                  + "; fragment names must be unique across the GraphQL root.");
          continue;
        }
        fragments.put(definition.name(), new FragmentSource(definition, file));
      }
    }
  }

  /** The location of a node in {@code file}. */
  public static GraphQLLocation at(GraphQLFile file, SourceLocation location) {
    return location == null
        ? new GraphQLLocation(file.displayPath(), 0, 0)
        : new GraphQLLocation(file.displayPath(), location.getLine(), location.getColumn());
  }
}
