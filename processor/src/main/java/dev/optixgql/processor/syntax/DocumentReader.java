package dev.optixgql.processor.syntax;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GraphQL document into graphql-java's AST without graphql-java's parser, whose ANTLR
 * start-up (a few hundred milliseconds in a fresh JVM) a clean build would otherwise pay before
 * anything else (issue 25). The AST is the one graphql-java's parser builds for the same text (same
 * nodes, locations, descriptions and, for type-system documents, comments: {@code
 * DocumentReaderTest} holds it to that over every document of the corpora and the Optix schema),
 * for what it reads: a strict subset of the grammar. Anything else {@linkplain Declined declines},
 * and the caller parses with graphql-java, whose AST or syntax error then stands; so a file never
 * means something else here than it would there.
 */
public final class DocumentReader extends Reading {
  private final TypeSystemDefinitions typeSystem;

  private DocumentReader(String text, String sourceName, boolean typeSystem) {
    super(text, sourceName, typeSystem);
    this.typeSystem = typeSystem ? new TypeSystemDefinitions(this) : null;
  }

  /**
   * An operation file as graphql-java's parser reads it with its operation options (comments not
   * kept); type-system definitions, descriptions on operations, extensions decline.
   *
   * @throws Declined where graphql-java's parser is to read it
   */
  public static Document executable(String text, String sourceName) {
    try {
      return new DocumentReader(text, sourceName, false).document();
    } catch (RuntimeException e) {
      throw Declined.INSTANCE;
    }
  }

  /**
   * A schema's SDL as graphql-java's {@code SchemaParser} reads it (comments kept: graphql-java
   * takes them as descriptions where there is none); executable definitions and extensions decline.
   *
   * @throws Declined where graphql-java's parser is to read it
   */
  public static Document typeSystem(String text, String sourceName) {
    try {
      return new DocumentReader(text, sourceName, true).document();
    } catch (RuntimeException e) {
      throw Declined.INSTANCE;
    }
  }

  private Document document() {
    Mark at = mark();
    List<Definition> definitions = new ArrayList<>();
    while (lexer.kind() != Lexer.END) {
      definitions.add(typeSystem != null ? typeSystem.definition() : definition());
    }
    if (definitions.isEmpty()) {
      throw Declined.INSTANCE;
    }
    return Document.newDocument()
        .definitions(definitions)
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  private Definition<?> definition() {
    if (lexer.at('{')) {
      Mark at = mark();
      return OperationDefinition.newOperationDefinition()
          .operation(Operation.QUERY)
          .selectionSet(selectionSet())
          .sourceLocation(at.location())
          .comments(at.comments())
          .build();
    }
    if (lexer.atName("fragment")) {
      return fragment();
    }
    Operation operation =
        lexer.atName("query")
            ? Operation.QUERY
            : lexer.atName("mutation")
                ? Operation.MUTATION
                : lexer.atName("subscription") ? Operation.SUBSCRIPTION : null;
    if (operation == null) {
      throw Declined.INSTANCE;
    }
    Mark at = mark();
    lexer.next();
    String name = lexer.kind() == Lexer.NAME ? name() : null;
    return OperationDefinition.newOperationDefinition()
        .operation(operation)
        .name(name)
        .variableDefinitions(variableDefinitions())
        .directives(directives())
        .selectionSet(selectionSet())
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  private FragmentDefinition fragment() {
    Mark at = mark();
    lexer.next();
    String name = fragmentName();
    if (!lexer.atName("on")) {
      throw Declined.INSTANCE;
    }
    lexer.next();
    // graphql-java locates neither a fragment definition's type condition nor its comments.
    TypeName typeCondition = TypeName.newTypeName(name()).build();
    return FragmentDefinition.newFragmentDefinition()
        .name(name)
        .typeCondition(typeCondition)
        .directives(directives())
        .selectionSet(selectionSet())
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  private String fragmentName() {
    if (lexer.atName("on")) {
      throw Declined.INSTANCE;
    }
    return name();
  }

  private List<VariableDefinition> variableDefinitions() {
    if (!skip('(')) {
      return List.of();
    }
    List<VariableDefinition> variables = new ArrayList<>();
    do {
      Mark at = mark();
      expect('$');
      String name = name();
      expect(':');
      VariableDefinition.Builder variable =
          VariableDefinition.newVariableDefinition().name(name).type(type());
      if (skip('=')) {
        variable.defaultValue(value(false));
      }
      variables.add(
          variable
              .directives(directives())
              .sourceLocation(at.location())
              .comments(at.comments())
              .build());
    } while (!skip(')'));
    return variables;
  }

  private SelectionSet selectionSet() {
    Mark at = mark();
    expect('{');
    enter();
    List<Selection> selections = new ArrayList<>();
    do {
      selections.add(lexer.at(Lexer.SPREAD) ? spread() : field());
    } while (!skip('}'));
    leave();
    return SelectionSet.newSelectionSet()
        .selections(selections)
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  private Selection<?> field() {
    Mark at = mark();
    String alias = null;
    String name = name();
    if (skip(':')) {
      alias = name;
      name = name();
    }
    return graphql.language.Field.newField()
        .name(name)
        .alias(alias)
        .arguments(arguments())
        .directives(directives())
        .selectionSet(lexer.at('{') ? selectionSet() : null)
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  private Selection<?> spread() {
    Mark at = mark();
    lexer.next();
    if (lexer.kind() == Lexer.NAME && !lexer.atName("on")) {
      return FragmentSpread.newFragmentSpread()
          .name(name())
          .directives(directives())
          .sourceLocation(at.location())
          .comments(at.comments())
          .build();
    }
    InlineFragment.Builder inline = InlineFragment.newInlineFragment();
    if (lexer.atName("on")) {
      lexer.next();
      inline.typeCondition(typeName(mark()));
    }
    return inline
        .directives(directives())
        .selectionSet(selectionSet())
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }
}
