package dev.optixgql.maven.schema;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The usage index of {@code check-schema}: what each operation reaches of the committed schema, at
 * {@code file:line:col}. The documents are walked with the schema's types alongside (never
 * executed, so no variable is coerced: operations with required variables and {@code @include(if:
 * $v)} read like any other): every field selected on its parent type, every argument given, every
 * type a selected field returns, every type condition, every enum literal, every input-object field
 * written in a literal, and every input type reached through a variable or an argument,
 * transitively through input fields. A fragment's uses count for each operation that spreads it.
 */
public final class OperationUsages {
  /** What a use reaches. */
  public enum Kind {
    /** {@code type.member} selected ({@code type} is the type the selection set is on). */
    FIELD,
    /** argument {@code argument} given to {@code type.member}. */
    ARGUMENT,
    /** {@code type} returned by a selected field (lists and non-null unwrapped). */
    OUTPUT_TYPE,
    /** {@code type} named by a fragment's or inline fragment's type condition. */
    TYPE_CONDITION,
    /** input {@code type} reached through a variable (transitively through input fields). */
    VARIABLE_INPUT_TYPE,
    /** input {@code type} reached through an argument (transitively through input fields). */
    ARGUMENT_INPUT_TYPE,
    /** enum value {@code type.member} written as a literal. */
    ENUM_LITERAL,
    /** input field {@code type.member} written in an object literal. */
    INPUT_FIELD_LITERAL
  }

  /** One use; {@code member} and {@code argument} are null where the kind has none. */
  public record Use(
      String operation,
      Kind kind,
      String typeName,
      String member,
      String argument,
      String file,
      int line,
      int column) {
    public String where() {
      return file + ":" + line + ":" + column;
    }

    /** What the use names, e.g. {@code Booking.title} or {@code Query.bookings(order:)}. */
    public String subject() {
      return typeName
          + (member == null ? "" : "." + member)
          + (argument == null ? "" : "(" + argument + ":)");
    }
  }

  private final List<Use> uses;

  private OperationUsages(List<Use> uses) {
    this.uses = uses;
  }

  public List<Use> uses() {
    return uses;
  }

  /**
   * The uses of every operation in {@code documents} that is valid against {@code schema} (an
   * invalid one cannot be walked meaningfully; {@link DriftCheck} reports it).
   */
  public static OperationUsages of(
      OperationDocuments documents, List<OperationDefinition> operations, GraphQLSchema schema) {
    List<Use> uses = new ArrayList<>();
    for (OperationDefinition operation : operations) {
      Walk walk = new Walk(schema, OperationDocuments.name(operation), uses);
      for (VariableDefinition variable : operation.getVariableDefinitions()) {
        GraphQLType type = schema.getType(named(variable.getType()));
        if (type instanceof GraphQLInputType input) {
          walk.inputTypes(input, Kind.VARIABLE_INPUT_TYPE, variable, new HashSet<>());
          if (variable.getDefaultValue() != null) {
            walk.value(variable.getDefaultValue(), wrapped(variable.getType(), input));
          }
        }
      }
      GraphQLCompositeType root =
          switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
          };
      walk.directives(operation.getDirectives());
      walk.selections(operation.getSelectionSet(), root);
      for (FragmentDefinition fragment : documents.reachedFragments(operation)) {
        GraphQLType on = schema.getType(fragment.getTypeCondition().getName());
        walk.add(Kind.TYPE_CONDITION, fragment.getTypeCondition().getName(), null, null, fragment);
        walk.directives(fragment.getDirectives());
        if (on instanceof GraphQLCompositeType composite) {
          walk.selections(fragment.getSelectionSet(), composite);
        }
      }
    }
    return new OperationUsages(List.copyOf(uses));
  }

  private static String named(graphql.language.Type<?> type) {
    graphql.language.Type<?> t = type;
    while (!(t instanceof TypeName)) {
      t =
          t instanceof graphql.language.NonNullType n
              ? n.getType()
              : ((graphql.language.ListType) t).getType();
    }
    return ((TypeName) t).getName();
  }

  /** The schema type a variable's written type denotes, wrappers included. */
  private static GraphQLInputType wrapped(graphql.language.Type<?> type, GraphQLInputType named) {
    if (type instanceof graphql.language.NonNullType n) {
      return GraphQLNonNull.nonNull(wrapped(n.getType(), named));
    }
    if (type instanceof graphql.language.ListType l) {
      return GraphQLList.list(wrapped(l.getType(), named));
    }
    return named;
  }

  /** One operation's walk: selections with their parent type, values with their input type. */
  private static final class Walk {
    private final GraphQLSchema schema;
    private final String operation;
    private final List<Use> uses;

    Walk(GraphQLSchema schema, String operation, List<Use> uses) {
      this.schema = schema;
      this.operation = operation;
      this.uses = uses;
    }

    void add(Kind kind, String type, String member, String argument, Node<?> at) {
      uses.add(
          new Use(
              operation,
              kind,
              type,
              member,
              argument,
              Locations.file(at.getSourceLocation()),
              Locations.line(at.getSourceLocation()),
              Locations.column(at.getSourceLocation())));
    }

    void selections(SelectionSet set, GraphQLCompositeType parent) {
      if (set == null || parent == null) {
        return;
      }
      for (Selection<?> selection : set.getSelections()) {
        if (selection instanceof Field field) {
          field(field, parent);
        } else if (selection instanceof InlineFragment inline) {
          directives(inline.getDirectives());
          GraphQLCompositeType on = parent;
          if (inline.getTypeCondition() != null) {
            String name = inline.getTypeCondition().getName();
            add(Kind.TYPE_CONDITION, name, null, null, inline.getTypeCondition());
            on = schema.getType(name) instanceof GraphQLCompositeType composite ? composite : null;
          }
          selections(inline.getSelectionSet(), on);
        } else if (selection instanceof graphql.language.FragmentSpread spread) {
          directives(spread.getDirectives()); // the fragment itself is walked once per operation
        }
      }
    }

    private void field(Field field, GraphQLCompositeType parent) {
      directives(field.getDirectives());
      if (field.getName().startsWith("__")
          || !(parent instanceof GraphQLFieldsContainer container)) {
        return; // __typename and introspection belong to no schema type
      }
      GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
      if (definition == null) {
        return;
      }
      add(Kind.FIELD, parent.getName(), field.getName(), null, field);
      for (Argument argument : field.getArguments()) {
        GraphQLArgument declared = definition.getArgument(argument.getName());
        add(Kind.ARGUMENT, parent.getName(), field.getName(), argument.getName(), argument);
        if (declared != null) {
          inputTypes(declared.getType(), Kind.ARGUMENT_INPUT_TYPE, argument, new HashSet<>());
          value(argument.getValue(), declared.getType());
        }
      }
      GraphQLNamedType result = GraphQLTypeUtil.unwrapAll(definition.getType());
      add(Kind.OUTPUT_TYPE, result.getName(), null, null, field);
      if (result instanceof GraphQLCompositeType composite) {
        selections(field.getSelectionSet(), composite);
      }
    }

    void directives(List<Directive> directives) {
      for (Directive directive : directives) {
        GraphQLDirective declared = schema.getDirective(directive.getName());
        for (Argument argument : directive.getArguments()) {
          GraphQLArgument type = declared == null ? null : declared.getArgument(argument.getName());
          if (type != null) {
            value(argument.getValue(), type.getType());
          }
        }
      }
    }

    /** {@code type} and every input type its fields reach, as uses at {@code at}. */
    void inputTypes(GraphQLInputType type, Kind kind, Node<?> at, Set<String> seen) {
      GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(type);
      if (!seen.add(named.getName())) {
        return;
      }
      add(kind, named.getName(), null, null, at);
      if (named instanceof GraphQLInputObjectType object) {
        for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
          inputTypes(field.getType(), kind, at, seen);
        }
      }
    }

    /** Enum literals and input-object fields written in {@code value} of type {@code type}. */
    void value(Value<?> value, GraphQLInputType type) {
      GraphQLType t = GraphQLTypeUtil.unwrapNonNull(type);
      if (t instanceof GraphQLList list) {
        GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
        if (value instanceof ArrayValue array) {
          array.getValues().forEach(v -> value(v, element));
        } else {
          value(value, element); // one value where a list is expected: a list of one
        }
      } else if (value instanceof EnumValue literal && t instanceof GraphQLEnumType e) {
        add(Kind.ENUM_LITERAL, e.getName(), literal.getName(), null, literal);
      } else if (value instanceof ObjectValue object && t instanceof GraphQLInputObjectType input) {
        for (ObjectField field : object.getObjectFields()) {
          GraphQLInputObjectField declared = input.getField(field.getName());
          add(Kind.INPUT_FIELD_LITERAL, input.getName(), field.getName(), null, field);
          if (declared != null) {
            value(field.getValue(), declared.getType());
          }
        }
      }
    }
  }
}
