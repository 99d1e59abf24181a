package dev.optixgql.processor.lowering;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.util.EscapeUtil;
import java.util.List;
import java.util.Locale;

/**
 * The minified text of an executable document, character for character what graphql-java's {@code
 * AstPrinter.printAstCompact} prints (the document an operation sends, and what its persisted hash
 * is taken of), without that printer's start-up: building its table of node printers links some 40
 * lambdas, 20–25 ms of a clean build in a fresh JVM (issue 25). {@code CompactPrinterTest} holds
 * the two to the same text over every operation of the repository and the corpora. A definition
 * other than an operation or a fragment is printed by graphql-java.
 */
final class CompactPrinter {
  private final StringBuilder out = new StringBuilder(256);

  private CompactPrinter() {}

  static String print(Document document) {
    for (Definition<?> definition : document.getDefinitions()) {
      if (!(definition instanceof OperationDefinition)
          && !(definition instanceof FragmentDefinition)) {
        return AstPrinter.printAstCompact(document);
      }
    }
    CompactPrinter printer = new CompactPrinter();
    List<Definition> definitions = document.getDefinitions();
    for (int i = 0; i < definitions.size(); i++) {
      if (i > 0) {
        printer.out.append(' ');
      }
      if (definitions.get(i) instanceof OperationDefinition operation) {
        printer.operation(operation);
      } else {
        printer.fragment((FragmentDefinition) definitions.get(i));
      }
    }
    return printer.out.toString();
  }

  private void operation(OperationDefinition operation) {
    String name = operation.getName();
    boolean named = !blank(name);
    List<VariableDefinition> variables = operation.getVariableDefinitions();
    if (!named
        && empty(operation.getDirectives())
        && empty(variables)
        && operation.getOperation() == OperationDefinition.Operation.QUERY) {
      selectionSet(operation.getSelectionSet()); // the query shorthand
      return;
    }
    out.append(operation.getOperation().name().toLowerCase(Locale.ROOT));
    if (named) {
      out.append(' ').append(name);
    }
    if (!empty(variables)) {
      if (!named) {
        out.append(' ');
      }
      out.append('(');
      for (int i = 0; i < variables.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        variable(variables.get(i));
      }
      out.append(')');
    }
    if (!empty(operation.getDirectives())) {
      out.append(' ');
      directives(operation.getDirectives());
    }
    selectionSet(operation.getSelectionSet());
  }

  private void variable(VariableDefinition variable) {
    out.append('$').append(variable.getName()).append(':');
    type(variable.getType());
    if (variable.getDefaultValue() != null) {
      out.append('=');
      value(variable.getDefaultValue());
    }
    directives(variable.getDirectives());
  }

  private void fragment(FragmentDefinition fragment) {
    out.append("fragment ").append(fragment.getName()).append(" on ");
    out.append(fragment.getTypeCondition().getName()).append(' ');
    directives(fragment.getDirectives());
    selectionSet(fragment.getSelectionSet());
  }

  /** Selections apart by a space, except after a closing brace. */
  private void selectionSet(SelectionSet set) {
    if (set == null || empty(set.getSelections())) {
      return;
    }
    out.append('{');
    boolean first = true;
    for (Selection<?> selection : set.getSelections()) {
      if (!first && out.charAt(out.length() - 1) != '}') {
        out.append(' ');
      }
      first = false;
      if (selection instanceof Field field) {
        field(field);
      } else if (selection instanceof FragmentSpread spread) {
        out.append("...").append(spread.getName());
        directives(spread.getDirectives());
      } else {
        InlineFragment inline = (InlineFragment) selection;
        out.append("...");
        if (inline.getTypeCondition() != null) {
          out.append("on ").append(inline.getTypeCondition().getName());
        }
        directives(inline.getDirectives());
        selectionSet(inline.getSelectionSet());
      }
    }
    out.append('}');
  }

  private void field(Field field) {
    if (!blank(field.getAlias())) {
      out.append(field.getAlias()).append(':');
    }
    out.append(field.getName());
    arguments(field.getArguments());
    if (!empty(field.getDirectives())) {
      out.append(' ');
      directives(field.getDirectives());
    }
    selectionSet(field.getSelectionSet());
  }

  private void arguments(List<Argument> arguments) {
    if (empty(arguments)) {
      return;
    }
    out.append('(');
    for (int i = 0; i < arguments.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(arguments.get(i).getName()).append(':');
      value(arguments.get(i).getValue());
    }
    out.append(')');
  }

  /** Directives one after another, nothing between them. */
  private void directives(List<Directive> directives) {
    if (directives == null) {
      return;
    }
    for (Directive directive : directives) {
      out.append('@').append(directive.getName());
      arguments(directive.getArguments());
    }
  }

  private void type(Type<?> type) {
    if (type instanceof NonNullType nonNull) {
      type(nonNull.getType());
      out.append('!');
    } else if (type instanceof ListType list) {
      out.append('[');
      type(list.getType());
      out.append(']');
    } else {
      out.append(((TypeName) type).getName());
    }
  }

  private void value(Value<?> value) {
    if (value instanceof IntValue v) {
      out.append(v.getValue());
    } else if (value instanceof FloatValue v) {
      out.append(v.getValue());
    } else if (value instanceof StringValue v) {
      out.append('"');
      EscapeUtil.escapeJsonStringTo(out, v.getValue());
      out.append('"');
    } else if (value instanceof EnumValue v) {
      out.append(v.getName());
    } else if (value instanceof BooleanValue v) {
      out.append(v.isValue());
    } else if (value instanceof NullValue) {
      out.append("null");
    } else if (value instanceof ArrayValue v) {
      out.append('[');
      List<Value> values = v.getValues();
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        value(values.get(i));
      }
      out.append(']');
    } else if (value instanceof ObjectValue v) {
      out.append('{');
      List<ObjectField> fields = v.getObjectFields();
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(fields.get(i).getName()).append(':');
        value(fields.get(i).getValue());
      }
      out.append('}');
    } else if (value instanceof VariableReference v) {
      out.append('$').append(v.getName());
    }
  }

  private static boolean empty(List<?> list) {
    return list == null || list.isEmpty();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
