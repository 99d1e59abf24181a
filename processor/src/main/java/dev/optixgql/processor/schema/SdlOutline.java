package dev.optixgql.processor.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1's cheap look at an SDL snapshot: splits it into its top-level definitions (where each
 * starts and ends, its kind and name, the interfaces it implements or the members of a union, and
 * the named types its fields and arguments refer to) without building graphql-java's AST, so that
 * {@link LeanSchema} can hand ANTLR only the definitions a build's operations reach. It reads
 * GraphQL's lexical grammar (spec §2.1: ignored tokens, strings and block strings, punctuators) and
 * the type system's definitions (§3); anything else, such as {@code extend}, is refused with an
 * {@link IllegalArgumentException} and the snapshot is then parsed whole, as before. The lexer and
 * the outline share one cursor, hence one file over 400 lines.
 */
final class SdlOutline {
  /** A definition's kind: the keyword that opens it. */
  enum Kind {
    SCHEMA,
    SCALAR,
    TYPE,
    INTERFACE,
    UNION,
    ENUM,
    INPUT,
    DIRECTIVE
  }

  /**
   * One top-level definition, {@code [start, end)} in the text, its description included.
   *
   * @param related the interfaces a type or interface implements, a union's members, or the root
   *     operation types of a schema definition
   * @param fields fields of a type or interface, input fields, or a directive's arguments (as one
   *     field without a type)
   */
  record Definition(
      Kind kind, String name, int start, int end, List<String> related, List<Field> fields) {}

  /**
   * A field (or input field): its name, the named type it holds, and its arguments; {@code [start,
   * end)} is its text with description and directives, {@code [nameStart, nameEnd)} its name, then
   * the colon at {@code colon} and the type reference (wrappers included) in {@code [typeStart,
   * typeEnd)}.
   */
  record Field(
      String name,
      String type,
      List<Argument> arguments,
      int start,
      int end,
      int nameStart,
      int colon,
      int typeStart,
      int typeEnd) {

    Field(String name, String type, List<Argument> arguments) {
      this(name, type, arguments, -1, -1, -1, -1, -1, -1);
    }
  }

  /** An argument: the named type it takes and whether it declares a default value. */
  record Argument(String type, boolean hasDefault) {}

  private final String text;
  private int pos;
  private int tokenStart;
  private int tokenEnd;
  private char tokenKind; // 'n' name, 's' string, '0' number, '.' spread, 'E' end, else the punct
  private int lastEnd;

  private SdlOutline(String text) {
    this.text = text;
  }

  /** The definitions of {@code sdl} in text order; throws on anything it does not read. */
  static List<Definition> definitions(String sdl) {
    SdlOutline outline = new SdlOutline(sdl);
    outline.next();
    List<Definition> out = new ArrayList<>();
    while (outline.tokenKind != 'E') {
      out.add(outline.definition());
    }
    return out;
  }

  private Definition definition() {
    int start = tokenStart;
    if (tokenKind == 's') {
      next(); // the description
    }
    Kind kind = kind(name());
    List<String> related = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    String name = null;
    switch (kind) {
      case SCHEMA -> {
        directives();
        expect('{');
        while (!at('}')) {
          name();
          expect(':');
          related.add(name());
        }
        next();
      }
      case SCALAR -> {
        name = name();
        directives();
      }
      case TYPE, INTERFACE -> {
        name = name();
        if (isName("implements")) {
          next();
          separated('&', related);
        }
        directives();
        body(fields, this::field);
      }
      case UNION -> {
        name = name();
        directives();
        if (at('=')) {
          next();
          separated('|', related);
        }
      }
      case ENUM -> {
        name = name();
        directives();
        if (at('{')) {
          balanced();
        }
      }
      case INPUT -> {
        name = name();
        directives();
        body(fields, this::argumentAsField);
      }
      case DIRECTIVE -> name = directive(fields);
    }
    return new Definition(kind, name, start, lastEnd, List.copyOf(related), List.copyOf(fields));
  }

  private static Kind kind(String keyword) {
    return switch (keyword) {
      case "schema" -> Kind.SCHEMA;
      case "scalar" -> Kind.SCALAR;
      case "type" -> Kind.TYPE;
      case "interface" -> Kind.INTERFACE;
      case "union" -> Kind.UNION;
      case "enum" -> Kind.ENUM;
      case "input" -> Kind.INPUT;
      case "directive" -> Kind.DIRECTIVE;
      default -> throw new IllegalArgumentException("not read: " + keyword);
    };
  }

  /** {@code [sep] A sep B sep C}: the names, into {@code out}. */
  private void separated(char separator, List<String> out) {
    skipIf(separator);
    out.add(name());
    while (at(separator)) {
      next();
      out.add(name());
    }
  }

  /** {@code [{ member* }]}, each member read by {@code member}. */
  private void body(List<Field> out, java.util.function.Supplier<Field> member) {
    if (at('{')) {
      next();
      while (!at('}')) {
        out.add(member.get());
      }
      next();
    }
  }

  /** {@code @name(arguments) [repeatable] on A | B}: its arguments as one field; its name. */
  private String directive(List<Field> fields) {
    expect('@');
    String name = "@" + name();
    fields.add(new Field(name, null, arguments()));
    if (isName("repeatable")) {
      next();
    }
    if (!isName("on")) {
      throw new IllegalArgumentException("directive without locations");
    }
    next();
    separated('|', new ArrayList<>());
    return name;
  }

  /** {@code [description] name [(arguments)] : Type directives}. */
  private Field field() {
    int start = tokenStart;
    if (tokenKind == 's') {
      next();
    }
    int nameStart = tokenStart;
    String name = name();
    List<Argument> arguments = arguments();
    int colon = tokenStart;
    expect(':');
    int typeStart = tokenStart;
    String type = type();
    int typeEnd = lastEnd;
    directives();
    return new Field(name, type, arguments, start, lastEnd, nameStart, colon, typeStart, typeEnd);
  }

  /** An input field, read as an argument: {@code [description] name : Type [= value] dirs}. */
  private Field argumentAsField() {
    if (tokenKind == 's') {
      next();
    }
    String name = name();
    expect(':');
    String type = type();
    if (at('=')) {
      next();
      value();
    }
    directives();
    return new Field(name, type, List.of());
  }

  private List<Argument> arguments() {
    if (!at('(')) {
      return List.of();
    }
    next();
    List<Argument> arguments = new ArrayList<>();
    while (!at(')')) {
      if (tokenKind == 's') {
        next();
      }
      name();
      expect(':');
      String type = type();
      boolean hasDefault = at('=');
      if (hasDefault) {
        next();
        value();
      }
      directives();
      arguments.add(new Argument(type, hasDefault));
    }
    next();
    return arguments;
  }

  /** A type reference; returns the named type inside its list and non-null wrappers. */
  private String type() {
    String named;
    if (at('[')) {
      next();
      named = type();
      expect(']');
    } else {
      named = name();
    }
    skipIf('!');
    return named;
  }

  private void directives() {
    while (at('@')) {
      next();
      name();
      if (at('(')) {
        balanced();
      }
    }
  }

  private void value() {
    if (at('[') || at('{')) {
      balanced();
    } else if (at('$')) {
      next();
      name();
    } else if (tokenKind == 'n' || tokenKind == 's' || tokenKind == '0') {
      next();
    } else {
      throw new IllegalArgumentException("no value at " + tokenStart);
    }
  }

  /** Skips an opening bracket's tokens up to and including its match. */
  private void balanced() {
    int depth = 0;
    do {
      if (at('(') || at('[') || at('{')) {
        depth++;
      } else if (at(')') || at(']') || at('}')) {
        depth--;
      } else if (tokenKind == 'E') {
        throw new IllegalArgumentException("unclosed bracket");
      }
      next();
    } while (depth > 0);
  }

  private String name() {
    if (tokenKind != 'n') {
      throw new IllegalArgumentException("name expected at " + tokenStart);
    }
    String name = text.substring(tokenStart, tokenEnd);
    next();
    return name;
  }

  private boolean isName(String name) {
    return tokenKind == 'n'
        && text.startsWith(name, tokenStart)
        && tokenEnd - tokenStart == name.length();
  }

  private boolean at(char punctuator) {
    return tokenKind == punctuator;
  }

  private void expect(char punctuator) {
    if (tokenKind != punctuator) {
      throw new IllegalArgumentException("'" + punctuator + "' expected at " + tokenStart);
    }
    next();
  }

  private void skipIf(char punctuator) {
    if (tokenKind == punctuator) {
      next();
    }
  }

  /** Moves to the next token, skipping ignored ones (spec §2.1.7). */
  private void next() {
    lastEnd = tokenEnd;
    skipIgnored();
    tokenStart = pos;
    if (pos >= text.length()) {
      tokenKind = 'E';
      tokenEnd = pos;
      return;
    }
    char c = text.charAt(pos);
    if (c == '_' || Character.isLetter(c) && c < 128) {
      pos++;
      while (pos < text.length() && isNameChar(text.charAt(pos))) {
        pos++;
      }
      tokenKind = 'n';
    } else if (c == '-' || c >= '0' && c <= '9') {
      pos++;
      while (pos < text.length() && isNumberChar(text.charAt(pos))) {
        pos++;
      }
      tokenKind = '0';
    } else if (c == '"') {
      string();
      tokenKind = 's';
    } else if (text.startsWith("...", pos)) {
      pos += 3;
      tokenKind = '.';
    } else if ("!$&()=:@[]{}|".indexOf(c) >= 0) {
      pos++;
      tokenKind = c;
    } else {
      throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
    }
    tokenEnd = pos;
  }

  private void string() {
    if (text.startsWith("\"\"\"", pos)) {
      int at = pos + 3;
      while (true) {
        int close = text.indexOf("\"\"\"", at);
        if (close < 0) {
          throw new IllegalArgumentException("unterminated block string");
        }
        if (text.charAt(close - 1) == '\\') {
          at = close + 3; // an escaped \"""
          continue;
        }
        pos = close + 3;
        return;
      }
    }
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '\\') {
        pos++;
      } else if (c == '"') {
        return;
      } else if (c == '\n' || c == '\r') {
        break;
      }
    }
    throw new IllegalArgumentException("unterminated string");
  }

  private void skipIgnored() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == ',' || c == '\n' || c == '\r' || c == '\uFEFF') {
        pos++;
      } else if (c == '#') {
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private static boolean isNameChar(char c) {
    return c == '_' || c < 128 && Character.isLetterOrDigit(c);
  }

  private static boolean isNumberChar(char c) {
    return c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
  }
}
