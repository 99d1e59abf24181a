package dev.optixgql.processor.validation;

import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NonNullType;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.DocumentVisitor;
import graphql.validation.LanguageTraversal;
import graphql.validation.TraversalContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One typed walk over an operation's document (graphql-java's {@code TraversalContext}): what each
 * located field and argument refers to in the schema, for "did you mean" hints, and every use of
 * something deprecated (spec §3.13 {@code @deprecated}).
 */
final class SchemaUsageIndex {
  /** Where a node is, as a key: source name, line and column. */
  record At(String source, int line, int column) {
    static At of(SourceLocation location) {
      return location == null
          ? new At("", 0, 0)
          : new At(
              location.getSourceName() == null ? "" : location.getSourceName(),
              location.getLine(),
              location.getColumn());
    }

    // equals and hashCode written out (a map key): see ClientDeclaration.equals.
    @Override
    public boolean equals(Object other) {
      return other instanceof At that
          && line == that.line
          && column == that.column
          && source.equals(that.source);
    }

    @Override
    public int hashCode() {
      return (source.hashCode() * 31 + line) * 31 + column;
    }
  }

  /** A deprecated element used at {@code location}: what it is and why it was deprecated. */
  record Deprecation(SourceLocation location, String what, String reason) {}

  /**
   * The arguments an argument could have been, and whose they are: {@code field 'Query.users'},
   * {@code directive '@include'}, or {@code null} when neither is known.
   */
  record Arguments(String owner, List<String> names) {}

  final Map<At, GraphQLCompositeType> parentOfField = new HashMap<>();
  final Map<At, Arguments> argumentsAt = new HashMap<>();
  final List<Deprecation> deprecations = new ArrayList<>();

  /**
   * Where the arguments of unknown directives are: graphql-java checks them against the enclosing
   * field's arguments, so one misspelt directive would also read as an unknown argument.
   */
  final Set<At> argumentsOfUnknownDirectives = new HashSet<>();

  /**
   * What graphql-java leaves unchecked of a {@code @oneOf} input (spec §5.6.3): its one field set
   * to {@code null}, or to a variable that may be null. Each with the value's location.
   */
  final List<Deprecation> oneOfProblems = new ArrayList<>();

  /** The operation's variables by name, to tell whether one may be null. */
  private final Map<String, VariableDefinition> variables = new HashMap<>();

  static SchemaUsageIndex of(GraphQLSchema schema, Node<?> document) {
    SchemaUsageIndex index = new SchemaUsageIndex();
    if (document instanceof Document whole) {
      for (Definition<?> definition : whole.getDefinitions()) {
        if (definition instanceof OperationDefinition operation) {
          operation.getVariableDefinitions().forEach(v -> index.variables.put(v.getName(), v));
        }
      }
    }
    TraversalContext context = new TraversalContext(schema);
    new LanguageTraversal()
        .traverse(
            document,
            new DocumentVisitor() {
              @Override
              public void enter(Node node, List<Node> path) {
                context.enter(node, path);
                index.visit(node, context);
              }

              @Override
              public void leave(Node node, List<Node> path) {
                context.leave(node, path);
              }
            });
    return index;
  }

  private void visit(Node<?> node, TraversalContext context) {
    if (node instanceof Field field) {
      visitField(field, context);
    } else if (node instanceof Directive directive && context.getDirective() == null) {
      directive
          .getArguments()
          .forEach(a -> argumentsOfUnknownDirectives.add(At.of(a.getSourceLocation())));
    } else if (node instanceof Argument argument) {
      visitArgument(argument, context);
    } else if (node instanceof ObjectValue object
        && context.getInputType() != null
        && GraphQLTypeUtil.unwrapAll(context.getInputType()) instanceof GraphQLInputObjectType type
        && type.isOneOf()
        && object.getObjectFields().size() == 1) {
      visitOneOf(object.getObjectFields().get(0), type);
    } else if (node instanceof EnumValue literal) {
      visitEnumValue(literal, context);
    }
  }

  private void visitField(Field field, TraversalContext context) {
    if (context.getParentType() != null) {
      parentOfField.put(At.of(field.getSourceLocation()), context.getParentType());
    }
    GraphQLFieldDefinition definition = context.getFieldDef();
    if (definition != null && definition.isDeprecated() && context.getParentType() != null) {
      deprecations.add(
          new Deprecation(
              field.getSourceLocation(),
              "Field '" + context.getParentType().getName() + "." + field.getName() + "'",
              definition.getDeprecationReason()));
    }
  }

  private void visitArgument(Argument argument, TraversalContext context) {
    GraphQLArgument definition = context.getArgument();
    if (definition != null && definition.isDeprecated()) {
      deprecations.add(
          new Deprecation(
              argument.getSourceLocation(),
              "Argument '" + argument.getName() + "'",
              definition.getDeprecationReason()));
    }
    // What the argument could have been: the enclosing directive's or field's arguments.
    List<GraphQLArgument> candidates = List.of();
    String owner = null;
    if (context.getDirective() != null) {
      candidates = context.getDirective().getArguments();
      owner = "directive '@" + context.getDirective().getName() + "'";
    } else if (context.getFieldDef() != null) {
      candidates = context.getFieldDef().getArguments();
      owner =
          context.getParentType() == null
              ? "field '" + context.getFieldDef().getName() + "'"
              : "field '"
                  + context.getParentType().getName()
                  + "."
                  + context.getFieldDef().getName()
                  + "'";
    }
    List<String> names = new ArrayList<>();
    candidates.forEach(a -> names.add(a.getName()));
    argumentsAt.put(At.of(argument.getSourceLocation()), new Arguments(owner, names));
  }

  /** A @oneOf input's one field may be neither null nor a nullable variable. */
  private void visitOneOf(ObjectField only, GraphQLInputObjectType type) {
    Value<?> value = only.getValue();
    if (value instanceof NullValue) {
      oneOfProblems.add(
          new Deprecation(
              value.getSourceLocation(),
              "Field '"
                  + only.getName()
                  + "' of @oneOf input '"
                  + type.getName()
                  + "' is null: a @oneOf input takes exactly one field, and not null",
              null));
    } else if (value instanceof VariableReference reference) {
      VariableDefinition variable = variables.get(reference.getName());
      if (variable != null && !(variable.getType() instanceof NonNullType)) {
        oneOfProblems.add(
            new Deprecation(
                value.getSourceLocation(),
                "Variable '$"
                    + reference.getName()
                    + "' may be null, but it sets field '"
                    + only.getName()
                    + "' of @oneOf input '"
                    + type.getName()
                    + "': declare it non-null ("
                    + AstPrinter.printAst(variable.getType())
                    + "!)",
                null));
      }
    }
  }

  private void visitEnumValue(EnumValue literal, TraversalContext context) {
    GraphQLInputType input = context.getInputType();
    if (input != null && GraphQLTypeUtil.unwrapAll(input) instanceof GraphQLEnumType type) {
      GraphQLEnumValueDefinition value = type.getValue(literal.getName());
      if (value != null && value.isDeprecated()) {
        deprecations.add(
            new Deprecation(
                literal.getSourceLocation(),
                "Enum value '" + type.getName() + "." + literal.getName() + "'",
                value.getDeprecationReason()));
      }
    }
  }
}
