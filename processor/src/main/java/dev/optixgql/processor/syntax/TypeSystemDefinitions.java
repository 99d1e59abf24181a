package dev.optixgql.processor.syntax;

import dev.optixgql.processor.syntax.Reading.Mark;
import graphql.language.Description;
import graphql.language.DirectiveDefinition;
import graphql.language.DirectiveLocation;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationTypeDefinition;
import graphql.language.SDLDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.Type;
import graphql.language.UnionTypeDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The type system's definitions (spec §3) for {@link DocumentReader#typeSystem}: schema, scalar,
 * object, interface, union, enum, input object and directive definitions, each node as
 * graphql-java's parser builds it. {@code extend} and anything else decline.
 */
final class TypeSystemDefinitions {
  private final Reading in;

  TypeSystemDefinitions(Reading in) {
    this.in = in;
  }

  SDLDefinition<?> definition() {
    Mark at = in.mark();
    Description description = in.description();
    if (in.lexer.kind() != Lexer.NAME) {
      throw Declined.INSTANCE;
    }
    String keyword = in.name();
    return switch (keyword) {
      case "schema" -> schema(at, description);
      case "scalar" -> scalar(at, description);
      case "type" -> object(at, description);
      case "interface" -> anInterface(at, description);
      case "union" -> union(at, description);
      case "enum" -> anEnum(at, description);
      case "input" -> input(at, description);
      case "directive" -> directive(at, description);
      default -> throw Declined.INSTANCE;
    };
  }

  private SchemaDefinition schema(Mark at, Description description) {
    SchemaDefinition.Builder schema =
        SchemaDefinition.newSchemaDefinition().description(description).directives(in.directives());
    in.expect('{');
    List<OperationTypeDefinition> roots = new ArrayList<>();
    do {
      Mark root = in.mark();
      String operation = in.name();
      if (!operation.equals("query")
          && !operation.equals("mutation")
          && !operation.equals("subscription")) {
        throw Declined.INSTANCE;
      }
      in.expect(':');
      roots.add(
          OperationTypeDefinition.newOperationTypeDefinition()
              .name(operation)
              .typeName(in.typeName(in.mark()))
              .sourceLocation(root.location())
              .comments(root.comments())
              .build());
    } while (!in.skip('}'));
    return schema
        .operationTypeDefinitions(roots)
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  private ScalarTypeDefinition scalar(Mark at, Description description) {
    return ScalarTypeDefinition.newScalarTypeDefinition()
        .name(in.name())
        .description(description)
        .directives(in.directives())
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  private ObjectTypeDefinition object(Mark at, Description description) {
    return ObjectTypeDefinition.newObjectTypeDefinition()
        .name(in.name())
        .description(description)
        .implementz(implementsInterfaces())
        .directives(in.directives())
        .fieldDefinitions(fields())
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  private InterfaceTypeDefinition anInterface(Mark at, Description description) {
    return InterfaceTypeDefinition.newInterfaceTypeDefinition()
        .name(in.name())
        .description(description)
        .implementz(implementsInterfaces())
        .directives(in.directives())
        .definitions(fields())
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  private UnionTypeDefinition union(Mark at, Description description) {
    UnionTypeDefinition.Builder union =
        UnionTypeDefinition.newUnionTypeDefinition()
            .name(in.name())
            .description(description)
            .directives(in.directives());
    List<Type> members = new ArrayList<>();
    if (in.skip('=')) {
      members.addAll(separated('|'));
    }
    return union.memberTypes(members).sourceLocation(at.location()).comments(at.comments()).build();
  }

  private EnumTypeDefinition anEnum(Mark at, Description description) {
    EnumTypeDefinition.Builder anEnum =
        EnumTypeDefinition.newEnumTypeDefinition()
            .name(in.name())
            .description(description)
            .directives(in.directives());
    List<EnumValueDefinition> values = new ArrayList<>();
    if (in.skip('{')) {
      while (!in.skip('}')) {
        Mark value = in.mark();
        Description about = in.description();
        String name = in.name();
        if (name.equals("true") || name.equals("false") || name.equals("null")) {
          throw Declined.INSTANCE;
        }
        values.add(
            EnumValueDefinition.newEnumValueDefinition()
                .name(name)
                .description(about)
                .directives(in.directives())
                .sourceLocation(value.location())
                .comments(value.comments())
                .build());
      }
    }
    return anEnum
        .enumValueDefinitions(values)
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  private InputObjectTypeDefinition input(Mark at, Description description) {
    InputObjectTypeDefinition.Builder input =
        InputObjectTypeDefinition.newInputObjectDefinition()
            .name(in.name())
            .description(description)
            .directives(in.directives());
    List<InputValueDefinition> fields = new ArrayList<>();
    if (in.skip('{')) {
      while (!in.skip('}')) {
        fields.add(inputValue());
      }
    }
    return input
        .inputValueDefinitions(fields)
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  private DirectiveDefinition directive(Mark at, Description description) {
    in.expect('@');
    DirectiveDefinition.Builder directive =
        DirectiveDefinition.newDirectiveDefinition()
            .name(in.name())
            .description(description)
            .inputValueDefinitions(argumentsDefinition());
    if (in.lexer.at('@')) {
      throw Declined.INSTANCE; // directives on a directive definition: newer than graphql-java 26
    }
    boolean repeatable = in.lexer.atName("repeatable");
    if (repeatable) {
      in.lexer.next();
    }
    if (!in.lexer.atName("on")) {
      throw Declined.INSTANCE;
    }
    in.lexer.next();
    List<DirectiveLocation> locations = new ArrayList<>();
    in.skip('|');
    do {
      Mark location = in.mark();
      locations.add(
          DirectiveLocation.newDirectiveLocation()
              .name(in.name())
              .sourceLocation(location.location())
              .comments(location.comments())
              .build());
    } while (in.skip('|'));
    return directive
        .repeatable(repeatable)
        .directiveLocations(locations)
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }

  /** {@code implements [&] A & B}, or nothing. */
  private List<Type> implementsInterfaces() {
    if (!in.lexer.atName("implements")) {
      return new ArrayList<>();
    }
    in.lexer.next();
    return separated('&');
  }

  /** {@code [sep] A sep B …} as located type names. */
  private List<Type> separated(char separator) {
    List<Type> names = new ArrayList<>();
    in.skip(separator);
    do {
      names.add(in.typeName(in.mark()));
    } while (in.skip(separator));
    return names;
  }

  /** {@code { field* }}, or nothing. */
  private List<FieldDefinition> fields() {
    List<FieldDefinition> fields = new ArrayList<>();
    if (!in.skip('{')) {
      return fields;
    }
    while (!in.skip('}')) {
      Mark at = in.mark();
      Description description = in.description();
      String name = in.name();
      List<InputValueDefinition> arguments = argumentsDefinition();
      in.expect(':');
      fields.add(
          FieldDefinition.newFieldDefinition()
              .name(name)
              .description(description)
              .inputValueDefinitions(arguments)
              .type(in.type())
              .directives(in.directives())
              .sourceLocation(at.location())
              .comments(at.comments())
              .build());
    }
    return fields;
  }

  /** {@code (argument+)}, or nothing. */
  private List<InputValueDefinition> argumentsDefinition() {
    List<InputValueDefinition> arguments = new ArrayList<>();
    if (in.skip('(')) {
      do {
        arguments.add(inputValue());
      } while (!in.skip(')'));
    }
    return arguments;
  }

  /** {@code [description] name: Type [= value] directives}. */
  private InputValueDefinition inputValue() {
    Mark at = in.mark();
    Description description = in.description();
    String name = in.name();
    in.expect(':');
    InputValueDefinition.Builder value =
        InputValueDefinition.newInputValueDefinition()
            .name(name)
            .description(description)
            .type(in.type());
    if (in.skip('=')) {
      value.defaultValue(in.value(false));
    }
    return value
        .directives(in.directives())
        .sourceLocation(at.location())
        .comments(at.comments())
        .build();
  }
}
