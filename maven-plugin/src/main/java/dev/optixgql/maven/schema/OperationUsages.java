package dev.optixgql.maven.schema;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.MultiSourceReader;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the operations under a GraphQL root use of a schema: every field selected (with the type it
 * is selected on, where, and the arguments given) and every type named (variables, type conditions,
 * fields' result types), each at its {@code file:line:col}. Fragments are shared across files, as
 * the processor shares them.
 */
public final class OperationUsages {
  /** One use: {@code field} is null when the operation names the type itself. */
  public record Use(
      String operation,
      String typeName,
      String field,
      List<String> arguments,
      String file,
      int line,
      int column) {
    public String where() {
      return file + ":" + line + ":" + column;
    }
  }

  private final List<Use> uses;
  private final List<String> problems;

  private OperationUsages(List<Use> uses, List<String> problems) {
    this.uses = uses;
    this.problems = problems;
  }

  public List<Use> uses() {
    return uses;
  }

  /** Files or operations that could not be read against the schema (reported, not fatal). */
  public List<String> problems() {
    return problems;
  }

  /**
   * Reads every {@code .graphql} file under {@code root} (paths printed relative to {@code base}).
   */
  public static OperationUsages of(Path root, Path base, GraphQLSchema schema) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
    }
    List<Definition> definitions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String name = base.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
      try {
        Document document =
            Parser.parse(
                ParserEnvironment.newParserEnvironment()
                    .document(
                        MultiSourceReader.newMultiSourceReader()
                            .string(Files.readString(file, StandardCharsets.UTF_8), name)
                            .build())
                    .build());
        if (document.getDefinitions().stream()
            .anyMatch(
                d -> !(d instanceof OperationDefinition) && !(d instanceof FragmentDefinition))) {
          continue; // a schema in SDL, not operations
        }
        definitions.addAll(document.getDefinitions());
      } catch (RuntimeException e) {
        problems.add(name + ": cannot parse: " + e.getMessage());
      }
    }
    Document all = Document.newDocument().definitions(definitions).build();
    Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
    for (FragmentDefinition fragment : all.getDefinitionsOfType(FragmentDefinition.class)) {
      fragments.put(fragment.getName(), fragment);
    }
    List<Use> uses = new ArrayList<>();
    for (OperationDefinition operation : all.getDefinitionsOfType(OperationDefinition.class)) {
      String name = operation.getName();
      for (VariableDefinition variable : operation.getVariableDefinitions()) {
        uses.add(typeUse(name, unwrapped(variable.getType()), variable.getSourceLocation()));
      }
      try {
        QueryTraverser.newQueryTraverser()
            .schema(schema)
            .document(all)
            .operationName(name)
            .coercedVariables(CoercedVariables.emptyVariables())
            .build()
            .visitPreOrder(
                new QueryVisitorStub() {
                  @Override
                  public void visitField(QueryVisitorFieldEnvironment env) {
                    if (env.isTypeNameIntrospectionField()) {
                      return;
                    }
                    SourceLocation at = env.getField().getSourceLocation();
                    List<String> arguments =
                        env.getField().getArguments().stream().map(a -> a.getName()).toList();
                    String container = env.getFieldsContainer().getName();
                    uses.add(use(name, container, env.getField().getName(), arguments, at));
                    String result =
                        GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType()).getName();
                    uses.add(use(name, result, null, List.of(), at));
                  }
                });
      } catch (RuntimeException e) {
        problems.add("operation " + name + ": cannot be read against the snapshot: " + e);
      }
    }
    return new OperationUsages(uses, problems);
  }

  private static String unwrapped(graphql.language.Type<?> type) {
    graphql.language.Type<?> t = type;
    while (!(t instanceof TypeName)) {
      t =
          t instanceof graphql.language.NonNullType n
              ? n.getType()
              : ((graphql.language.ListType) t).getType();
    }
    return ((TypeName) t).getName();
  }

  private static Use typeUse(String operation, String type, SourceLocation at) {
    return use(operation, type, null, List.of(), at);
  }

  private static Use use(
      String operation, String type, String field, List<String> arguments, SourceLocation at) {
    return new Use(
        operation,
        type,
        field,
        arguments,
        at == null || at.getSourceName() == null ? "?" : at.getSourceName(),
        at == null ? 0 : at.getLine(),
        at == null ? 0 : at.getColumn());
  }
}
