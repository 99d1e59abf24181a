package dev.optixgql.maven.schema;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.MultiSourceReader;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The first step of {@code check-schema}: every operation and fragment in the {@code .graphql}
 * files under a GraphQL root, parsed with each file's project-relative name as its source name (so
 * every location prints as {@code file:line:col}). Fragments are shared across files, as the
 * processor shares them; an SDL file under the root is not operations and is passed over.
 */
public final class OperationDocuments {
  private final List<OperationDefinition> operations;
  private final Map<String, FragmentDefinition> fragments;
  private final List<String> problems;

  private OperationDocuments(
      List<OperationDefinition> operations,
      Map<String, FragmentDefinition> fragments,
      List<String> problems) {
    this.operations = operations;
    this.fragments = fragments;
    this.problems = problems;
  }

  /**
   * Reads every {@code .graphql} file under {@code root} (paths printed relative to {@code base}).
   */
  public static OperationDocuments read(Path root, Path base) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
    }
    List<OperationDefinition> operations = new ArrayList<>();
    Map<String, FragmentDefinition> fragments = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String name = base.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
      Document document;
      try {
        document =
            Parser.parse(
                ParserEnvironment.newParserEnvironment()
                    .document(
                        MultiSourceReader.newMultiSourceReader()
                            .string(Files.readString(file, StandardCharsets.UTF_8), name)
                            .build())
                    .build());
      } catch (RuntimeException e) {
        problems.add(name + ": cannot parse: " + e.getMessage());
        continue;
      }
      List<Definition> definitions = document.getDefinitions();
      if (definitions.stream()
          .anyMatch(
              d -> !(d instanceof OperationDefinition) && !(d instanceof FragmentDefinition))) {
        continue; // a schema in SDL, not operations
      }
      for (Definition<?> definition : definitions) {
        if (definition instanceof OperationDefinition operation) {
          operations.add(operation);
        } else if (definition instanceof FragmentDefinition fragment
            && fragments.putIfAbsent(fragment.getName(), fragment) != null) {
          problems.add(
              Locations.of(fragment.getSourceLocation())
                  + ": fragment "
                  + fragment.getName()
                  + " is defined twice; the first definition is used");
        }
      }
    }
    return new OperationDocuments(List.copyOf(operations), fragments, problems);
  }

  public List<OperationDefinition> operations() {
    return operations;
  }

  /** Files that could not be read (reported, not fatal). */
  public List<String> problems() {
    return problems;
  }

  /** An operation's name as reports print it. */
  public static String name(OperationDefinition operation) {
    return operation.getName() == null ? "(anonymous)" : operation.getName();
  }

  /** The fragments {@code operation} spreads, directly or through other fragments, by name. */
  public List<FragmentDefinition> reachedFragments(OperationDefinition operation) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<SelectionSet> pending = new ArrayDeque<>();
    pending.add(operation.getSelectionSet());
    while (!pending.isEmpty()) {
      for (Selection<?> selection : pending.pop().getSelections()) {
        if (selection instanceof Field field) {
          if (field.getSelectionSet() != null) {
            pending.add(field.getSelectionSet());
          }
        } else if (selection instanceof InlineFragment inline) {
          pending.add(inline.getSelectionSet());
        } else if (selection instanceof FragmentSpread spread
            && fragments.containsKey(spread.getName())
            && seen.add(spread.getName())) {
          pending.add(fragments.get(spread.getName()).getSelectionSet());
        }
      }
    }
    return seen.stream().sorted().map(fragments::get).toList();
  }

  /** {@code operation} with the fragments it reaches: what a server would be sent. */
  public Document document(OperationDefinition operation) {
    List<Definition> definitions = new ArrayList<>();
    definitions.add(operation);
    definitions.addAll(reachedFragments(operation));
    return Document.newDocument().definitions(definitions).build();
  }
}
