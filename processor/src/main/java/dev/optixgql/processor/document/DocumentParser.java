package dev.optixgql.processor.document;

import dev.optixgql.processor.cache.CacheKey;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.GraphQLLocation;
import dev.optixgql.processor.diagnostic.Utf8Text;
import dev.optixgql.processor.options.ProjectPaths;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  public DocumentParser(Path root, ProjectPaths paths, Diagnostics diagnostics) {
    this.root = root;
    this.paths = paths;
    this.diagnostics = diagnostics;
  }

  /** Parses every operation file; {@code schemaFiles} (absolute) are skipped. */
  public DocumentIndex parseAll(Set<Path> schemaFiles) {
    TreeMap<String, OperationSource> operations = new TreeMap<>();
    TreeMap<String, FragmentSource> fragments = new TreeMap<>();
    Set<String> broken = new TreeSet<>();
    for (Path path : operationFiles(schemaFiles)) {
      GraphQLFile file = parse(path);
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
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".graphql"))
          .map(p -> p.toAbsolutePath().normalize())
          .filter(p -> !schemaFiles.contains(p))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      diagnostics.report(
          DiagnosticKind.GRAPHQL_ROOT_NOT_FOUND,
          null,
          null,
          "Cannot list the GraphQL root " + paths.display(root) + ": " + e.getMessage());
      return List.of();
    }
  }

  private GraphQLFile parse(Path path) {
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
    String text = decode(bytes, shown);
    if (text == null) {
      return null;
    }
    try {
      MultiSourceReader reader =
          MultiSourceReader.newMultiSourceReader().string(text, shown).trackData(false).build();
      ParserEnvironment env =
          ParserEnvironment.newParserEnvironment()
              .document(reader)
              .parserOptions(OWN_DOCUMENTS)
              .locale(Locale.ROOT)
              .build();
      return new GraphQLFile(path, shown, Parser.parse(env), CacheKey.digest(bytes));
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

  private void index(
      GraphQLFile file,
      TreeMap<String, OperationSource> operations,
      TreeMap<String, FragmentSource> fragments) {
    Document document = file.document();
    for (Definition<?> definition : document.getDefinitions()) {
      if (definition instanceof OperationDefinition op) {
        if (op.getName() == null || op.getName().isEmpty()) {
          diagnostics.report(
              DiagnosticKind.ANONYMOUS_OPERATION,
              at(file, op.getSourceLocation()),
              null,
              "Operations must be named so an interface method can bind them: write 'query"
                  + " MyName { … }'.");
          continue;
        }
        OperationSource previous = operations.get(op.getName());
        if (previous != null) {
          diagnostics.report(
              DiagnosticKind.DUPLICATE_OPERATION,
              at(file, op.getSourceLocation()),
              null,
              "Operation '"
                  + op.getName()
                  + "' is already defined at "
                  + at(previous.file(), previous.definition().getSourceLocation())
                  + "; operation names must be unique across the GraphQL root.");
          continue;
        }
        operations.put(op.getName(), new OperationSource(op.getName(), op, file));
      } else if (definition instanceof FragmentDefinition fragment) {
        FragmentSource previous = fragments.get(fragment.getName());
        if (previous != null) {
          diagnostics.report(
              DiagnosticKind.DUPLICATE_FRAGMENT,
              at(file, fragment.getSourceLocation()),
              null,
              "Fragment '"
                  + fragment.getName()
                  + "' is already defined at "
                  + at(previous.file(), previous.definition().getSourceLocation())
                  + "; fragment names must be unique across the GraphQL root.");
          continue;
        }
        fragments.put(fragment.getName(), new FragmentSource(fragment.getName(), fragment, file));
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

  /** The location of a node in {@code file}. */
  public static GraphQLLocation at(GraphQLFile file, SourceLocation location) {
    return location == null
        ? new GraphQLLocation(file.displayPath(), 0, 0)
        : new GraphQLLocation(file.displayPath(), location.getLine(), location.getColumn());
  }
}
