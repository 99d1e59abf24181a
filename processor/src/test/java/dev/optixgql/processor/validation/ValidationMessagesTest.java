package dev.optixgql.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import graphql.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link OperationValidator} (through {@link ValidationMessages}) rewords graphql-java's validation
 * messages by reading their English text. These tests pin each text it reads, straight from
 * graphql-java's validator: an upgrade that changes one fails here, naming it, instead of silently
 * degrading our messages to graphql-java's own.
 */
class ValidationMessagesTest {
  private static final GraphQLSchema SCHEMA =
      SchemaGenerator.createdMockedSchema(
          """
          type Query { booking(id: ID!, kind: Kind): Booking }
          type Booking { title: String }
          enum Kind { DESK ROOM }
          """);

  @Test
  void anUnknownFieldNamesTheFieldAndTheType() {
    ValidationError error =
        only("{ booking(id: 1) { titel } }", ValidationErrorType.FieldUndefined);
    Matcher m = matches(ValidationMessages.FIELD_UNDEFINED, error);
    assertEquals(List.of("titel", "Booking"), List.of(m.group(1), m.group(2)));
  }

  @Test
  void anUnknownArgumentTypeAndFragmentAreQuoted() {
    assertEquals(
        "sort",
        quoted(only("{ booking(id: 1, sort: 2) { title } }", ValidationErrorType.UnknownArgument)));
    assertEquals(
        "Room",
        quoted(
            only("query($r: Room) { booking(id: 1) { title } }", ValidationErrorType.UnknownType)));
    assertEquals(
        "Missing",
        quoted(only("{ booking(id: 1) { ...Missing } }", ValidationErrorType.UndefinedFragment)));
  }

  @Test
  void anUnknownArgumentOfAKnownDirectiveIsNamed() {
    ValidationError error =
        only(
            "{ booking(id: 1) { title @include(if: true, iff: true) } }",
            ValidationErrorType.UnknownDirective);
    assertEquals("iff", matches(ValidationMessages.UNKNOWN_DIRECTIVE_ARGUMENT, error).group(1));
  }

  @Test
  void aWrongEnumValueNamesTheValueAndTheEnum() {
    ValidationError error =
        only("{ booking(id: 1, kind: SOFA) { title } }", ValidationErrorType.WrongType);
    Matcher m = matches(ValidationMessages.BAD_ENUM, error);
    assertEquals(List.of("SOFA", "Kind"), List.of(m.group(1), m.group(2)));
  }

  @Test
  void aNullForARequiredArgumentShowsTheAstDumpWeReplace() {
    ValidationError error = only("{ booking(id: null) { title } }", ValidationErrorType.WrongType);
    Matcher m = matches(ValidationMessages.NULL_ARGUMENT, error);
    assertEquals("id", m.group(1));
    assertTrue(error.getDescription().contains("with value '"), error.getDescription());
  }

  @Test
  void aWrongDefaultValueIsQuotedAsItsAstDump() {
    ValidationError error =
        only(
            "query($k: Kind = SOFA) { booking(id: 1, kind: $k) { title } }",
            ValidationErrorType.BadValueForDefaultArg);
    assertTrue(
        error.getDescription().contains(ValidationMessages.DEFAULT_VALUE + "EnumValue{"),
        error.getDescription());
  }

  @Test
  void aValueOfTheWrongKindIsQuotedAsItsAstDump() {
    ValidationError error =
        only("{ booking(id: 1, kind: 3) { title } }", ValidationErrorType.WrongType);
    Matcher m = matches(ValidationMessages.AST_VALUE, error);
    assertEquals("3", m.group(1));
    assertTrue(error.getDescription().contains("with value '"), error.getDescription());
  }

  @Test
  void anObjectWhereAnEnumGoesNamesBothAstTypes() {
    ValidationError error =
        only("{ booking(id: 1, kind: {a: 1}) { title } }", ValidationErrorType.WrongType);
    Matcher m = matches(ValidationMessages.AST_TYPES, error);
    assertEquals(List.of("Enum", "Object"), List.of(m.group(1), m.group(2)));
  }

  @Test
  void descriptionsStartWithThePrefixWeStrip() {
    ValidationError error =
        only("{ booking(id: 1) { titel } }", ValidationErrorType.FieldUndefined);
    assertTrue(
        OperationValidator.PREFIX.matcher(error.getDescription()).find(), error.getDescription());
  }

  private static ValidationError only(String query, ValidationErrorType type) {
    List<ValidationError> errors =
        new Validator().validateDocument(SCHEMA, Parser.parse(query), Locale.ENGLISH);
    List<ValidationError> ofType =
        errors.stream().filter(e -> e.getValidationErrorType() == type).toList();
    assertEquals(1, ofType.size(), () -> "graphql-java reported " + errors);
    return ofType.get(0);
  }

  private static Matcher matches(Pattern pattern, ValidationError error) {
    Matcher m = pattern.matcher(error.getDescription());
    assertTrue(
        m.find(),
        () ->
            "graphql-java's wording changed: '"
                + error.getDescription()
                + "' no longer matches "
                + pattern);
    return m;
  }

  private static String quoted(ValidationError error) {
    return matches(ValidationMessages.QUOTED, error).group(1);
  }
}
