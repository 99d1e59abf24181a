package dev.optixgql.processor.syntax;

import graphql.i18n.I18n;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Comment;
import graphql.language.Description;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.StringValueParsing;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What executable and type-system definitions share (spec §2.6–§2.12: names, values, directives,
 * arguments, type references, descriptions), each node built as graphql-java's parser builds it:
 * the same node classes, located at the token graphql-java locates them at, with the comments
 * before that token when comments are kept (as graphql-java's SDL parsing keeps them; its operation
 * parsing does not).
 */
class Reading {
  /** Deeper than this, graphql-java's own limit on nesting may apply: it decides. */
  private static final int MAX_DEPTH = 40;

  final Lexer lexer;
  private final String sourceName;
  private final boolean keepComments;
  private int depth;

  Reading(String text, String sourceName, boolean keepComments) {
    this.lexer = new Lexer(text);
    this.sourceName = sourceName;
    this.keepComments = keepComments;
  }

  /** Where a node starts: the current token's place and the comments before it. */
  record Mark(SourceLocation location, List<Comment> comments) {}

  Mark mark() {
    return new Mark(location(), comments());
  }

  SourceLocation location() {
    return new SourceLocation(lexer.line(), lexer.column(), sourceName);
  }

  private List<Comment> comments() {
    int count = lexer.commentCount();
    if (!keepComments || count == 0) {
      return List.of();
    }
    List<Comment> comments = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      comments.add(
          new Comment(
              lexer.comment(i),
              new SourceLocation(lexer.commentLine(i), lexer.commentColumn(i), sourceName)));
    }
    return comments;
  }

  void enter() {
    if (++depth > MAX_DEPTH) {
      throw Declined.INSTANCE;
    }
  }

  void leave() {
    depth--;
  }

  /** A name (spec §2.1.9); keywords are names too, as in graphql-java's grammar. */
  String name() {
    if (lexer.kind() != Lexer.NAME) {
      throw Declined.INSTANCE;
    }
    String name = lexer.image();
    lexer.next();
    return name;
  }

  void expect(char punctuator) {
    if (!lexer.at(punctuator)) {
      throw Declined.INSTANCE;
    }
    lexer.next();
  }

  boolean skip(char punctuator) {
    if (lexer.at(punctuator)) {
      lexer.next();
      return true;
    }
    return false;
  }

  /** A description (spec §2.2), or {@code null} where there is none. */
  Description description() {
    if (lexer.kind() != Lexer.STRING) {
      return null;
    }
    SourceLocation at = location();
    String raw = lexer.image();
    lexer.next();
    boolean block = raw.startsWith("\"\"\"");
    return new Description(stringValue(raw, at), at, block);
  }

  /**
   * The value of a string token, decoded by graphql-java's own code; its messages (only a bad
   * unicode escape has one) are loaded only for a string with an escape.
   */
  static String stringValue(String raw, SourceLocation at) {
    if (raw.startsWith("\"\"\"")) {
      return StringValueParsing.parseTripleQuotedString(raw);
    }
    I18n messages = raw.indexOf('\\') >= 0 ? I18n.i18n(I18n.BundleType.Parsing, Locale.ROOT) : null;
    return StringValueParsing.parseSingleQuotedString(messages, raw, at);
  }

  /** {@code @name(arguments)}, as many as there are. */
  List<Directive> directives() {
    if (!lexer.at('@')) {
      return List.of();
    }
    List<Directive> directives = new ArrayList<>();
    while (lexer.at('@')) {
      Mark at = mark();
      lexer.next();
      String name = name();
      directives.add(
          Directive.newDirective()
              .name(name)
              .sourceLocation(at.location())
              .comments(at.comments())
              .arguments(arguments())
              .build());
    }
    return directives;
  }

  /** {@code (name: value, …)}, one at least, or nothing. */
  List<Argument> arguments() {
    if (!skip('(')) {
      return List.of();
    }
    List<Argument> arguments = new ArrayList<>();
    do {
      Mark at = mark();
      String name = name();
      expect(':');
      arguments.add(
          Argument.newArgument()
              .name(name)
              .value(value(true))
              .sourceLocation(at.location())
              .comments(at.comments())
              .build());
    } while (!skip(')'));
    return arguments;
  }

  /** A value (spec §2.9); variables only where {@code variables} allows them. */
  Value<?> value(boolean variables) {
    Mark at = mark();
    char kind = lexer.kind();
    String image = lexer.image();
    if (kind == '[') {
      return list(variables, at);
    } else if (kind == '{') {
      return object(variables, at);
    } else if (kind == '$' && variables) {
      lexer.next();
      return VariableReference.newVariableReference()
          .name(name())
          .sourceLocation(at.location())
          .comments(at.comments())
          .build();
    }
    lexer.next();
    if (kind == Lexer.INT) {
      return IntValue.newIntValue(new BigInteger(image))
          .sourceLocation(at.location())
          .comments(at.comments())
          .build();
    } else if (kind == Lexer.FLOAT) {
      return FloatValue.newFloatValue(new BigDecimal(image))
          .sourceLocation(at.location())
          .comments(at.comments())
          .build();
    } else if (kind == Lexer.STRING) {
      return StringValue.newStringValue(stringValue(image, at.location()))
          .sourceLocation(at.location())
          .comments(at.comments())
          .build();
    } else if (kind == Lexer.NAME) {
      return named(image, at);
    }
    throw Declined.INSTANCE;
  }

  private static Value<?> named(String name, Mark at) {
    return switch (name) {
      case "true", "false" ->
          BooleanValue.newBooleanValue(Boolean.parseBoolean(name))
              .sourceLocation(at.location())
              .comments(at.comments())
              .build();
      case "null" ->
          NullValue.newNullValue().sourceLocation(at.location()).comments(at.comments()).build();
      default ->
          EnumValue.newEnumValue(name)
              .sourceLocation(at.location())
              .comments(at.comments())
              .build();
    };
  }

  private Value<?> list(boolean variables, Mark at) {
    enter();
    lexer.next();
    List<Value> values = new ArrayList<>();
    while (!skip(']')) {
      values.add(value(variables));
    }
    leave();
    return ArrayValue.newArrayValue()
        .values(values)
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  private Value<?> object(boolean variables, Mark at) {
    enter();
    lexer.next();
    List<ObjectField> fields = new ArrayList<>();
    while (!skip('}')) {
      String name = name();
      expect(':');
      fields.add(ObjectField.newObjectField().name(name).value(value(variables)).build());
    }
    leave();
    return ObjectValue.newObjectValue()
        .objectFields(fields)
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  /** A type reference (spec §2.11): a name or a list, either possibly non-null. */
  Type<?> type() {
    Mark at = mark();
    Type<?> type;
    if (skip('[')) {
      enter();
      Type<?> item = type();
      expect(']');
      leave();
      type =
          ListType.newListType(item).sourceLocation(at.location()).comments(at.comments()).build();
    } else {
      type = typeName(at);
    }
    if (skip('!')) {
      type =
          NonNullType.newNonNullType(type)
              .sourceLocation(at.location())
              .comments(at.comments())
              .build();
    }
    return type;
  }

  /** A named type starting at {@code at}, the current token. */
  TypeName typeName(Mark at) {
    return TypeName.newTypeName(name())
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }
}
