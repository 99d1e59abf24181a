package dev.optixgql.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.optixgql.runtime.ResponseDecodingException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value readers generated adapters call: what each accepts, and the pointer each names. */
class JsonReadersTest {
  private static final JsonFactory JSON = new JsonFactory();

  @Test
  void stringAcceptsStringsAndIntegerIds() throws IOException {
    assertEquals("abc", value("\"abc\"", JsonReaders::string));
    assertEquals("1001", value("1001", JsonReaders::string));
  }

  @Test
  void stringRejectsOtherTypes() {
    ResponseDecodingException e = failure("{\"a\":true}", JsonReaders::string);

    assertEquals("/a", e.jsonPath());
    assertTrue(e.getMessage().contains("expected a string but found a boolean"), e.getMessage());
  }

  @Test
  void nullableReadersReturnNullForJsonNull() throws IOException {
    assertNull(value("null", JsonReaders::nullableString));
    assertNull(value("null", JsonReaders::nullableInt));
    assertNull(value("null", JsonReaders::nullableDouble));
    assertNull(value("null", JsonReaders::nullableBoolean));
    assertNull(value("null", in -> JsonReaders.nullableList(in, JsonReaders::string)));
    assertNull(value("null", in -> JsonReaders.nullable(in, JsonReaders::intValue)));
  }

  @Test
  void nonNullReadersRejectJsonNull() {
    ResponseDecodingException e = failure("{\"time\":null}", JsonReaders::intValue);

    assertEquals("/time", e.jsonPath());
    assertTrue(e.getMessage().contains("found null"), e.getMessage());
  }

  @Test
  void intValueRejectsFractionsAndStrings() {
    assertTrue(failure("[1.5]", JsonReaders::intValue).getMessage().contains("found a number"));
    assertTrue(failure("[\"1\"]", JsonReaders::intValue).getMessage().contains("found a string"));
  }

  @Test
  void doubleValueAcceptsIntegers() throws IOException {
    assertEquals(20.0, value("20", JsonReaders::doubleValue));
    assertEquals(40.5, value("40.5", JsonReaders::doubleValue));
  }

  @Test
  void booleanValueReadsBothLiterals() throws IOException {
    assertEquals(true, value("true", JsonReaders::booleanValue));
    assertEquals(false, value("false", JsonReaders::booleanValue));
    assertEquals(Boolean.FALSE, value("false", JsonReaders::nullableBoolean));
  }

  @Test
  void listReadsElementsInOrderAndIsUnmodifiable() throws IOException {
    List<String> list = value("[\"a\",2,\"c\"]", in -> JsonReaders.list(in, JsonReaders::string));

    assertEquals(List.of("a", "2", "c"), list);
    assertThrows(UnsupportedOperationException.class, () -> list.add("d"));
    assertEquals(List.of(), value("[]", in -> JsonReaders.list(in, JsonReaders::string)));
  }

  @Test
  void listKeepsNullElementsWhenTheElementReaderAllowsThem() throws IOException {
    List<Integer> list = value("[1,null,3]", in -> JsonReaders.list(in, JsonReaders::nullableInt));

    assertEquals(Arrays.asList(1, null, 3), list);
  }

  @Test
  void listElementFailureNamesItsIndex() {
    ResponseDecodingException e =
        failure("{\"data\":[1,2,\"x\"]}", in -> JsonReaders.list(in, JsonReaders::intValue));

    assertEquals("/data/2", e.jsonPath());
  }

  @Test
  void listRejectsAnObject() {
    ResponseDecodingException e =
        failure("{\"data\":{}}", in -> JsonReaders.list(in, JsonReaders::intValue));

    assertTrue(e.getMessage().contains("expected a list but found an object"), e.getMessage());
  }

  @Test
  void beginObjectRejectsAList() {
    ResponseDecodingException e =
        failure(
            "{\"a\":[]}",
            in -> {
              JsonReaders.beginObject(in);
              return null;
            });

    assertEquals("/a", e.jsonPath());
    assertTrue(e.getMessage().contains("expected an object but found a list"), e.getMessage());
  }

  @Test
  void missingFieldAppendsTheFieldToTheObjectsPointer() throws IOException {
    try (JsonParser in = JSON.createParser("{\"data\":{\"bookings\":[{\"title\":\"x\"}]}}")) {
      JsonToken token;
      do {
        token = in.nextToken();
      } while (!(token == JsonToken.END_OBJECT && in.getParsingContext().inArray()));

      ResponseDecodingException e = JsonReaders.missingField(in, "booking_id");

      assertEquals("/data/bookings/0/booking_id", e.jsonPath());
      assertTrue(e.getMessage().contains("'booking_id' is missing or null"), e.getMessage());
    }
  }

  @Test
  void pathOfTheRootIsASlash() throws IOException {
    try (JsonParser in = JSON.createParser("7")) {
      in.nextToken();

      assertEquals("/", JsonReaders.path(in));
    }
  }

  @Test
  void unexpectedAtTheEndOfInputSaysSo() throws IOException {
    try (JsonParser in = JSON.createParser("")) {
      assertNull(in.nextToken());

      ResponseDecodingException e = JsonReaders.unexpected(in, "an object");

      assertFalse(e.getMessage().contains("null"), e.getMessage());
      assertTrue(e.getMessage().contains("the end of the input"), e.getMessage());
    }
  }

  /** Reads the document's root value with {@code reader}. */
  private static final SerializedString[] NAMES = JsonReaders.names("id", "name", "size");

  /** Every field of one object as nextField reports it: index and the value's text, in order. */
  private static List<String> fields(String json) throws IOException {
    List<String> out = new java.util.ArrayList<>();
    try (JsonParser in = JSON.createParser(json)) {
      in.nextToken();
      int field = JsonReaders.nextField(in, NAMES, 0);
      while (field != JsonReaders.END_OF_OBJECT) {
        out.add(field + "=" + in.getText());
        in.skipChildren();
        field = JsonReaders.nextField(in, NAMES, field + 1);
      }
      assertEquals(JsonToken.END_OBJECT, in.currentToken());
      assertNull(in.nextToken(), "the reader stops on the object's end");
    }
    return out;
  }

  @Test
  void nextFieldReadsFieldsInSelectionOrder() throws IOException {
    assertEquals(List.of("0=a", "1=b", "2=3"), fields("{\"id\":\"a\",\"name\":\"b\",\"size\":3}"));
  }

  @Test
  void nextFieldFindsFieldsInAnyOrderAndFlagsUnknownOnes() throws IOException {
    assertEquals(
        List.of("2=3", "-1=x", "0=a", "-1={", "1=b"),
        fields("{\"size\":3,\"extra\":\"x\",\"id\":\"a\",\"nested\":{\"id\":1},\"name\":\"b\"}"));
  }

  @Test
  void nextFieldHandlesEmptyObjectsAndFieldsAfterTheLastExpectedOne() throws IOException {
    assertEquals(List.of(), fields("{}"));
    assertEquals(List.of("2=3", "0=a"), fields("{\"size\":3,\"id\":\"a\"}"));
    assertEquals(
        List.of("0=a", "1=b", "2=3", "-1=4"),
        fields("{\"id\":\"a\",\"name\":\"b\",\"size\":3,\"more\":4}"));
  }

  @Test
  void requireNamesTheMissingFieldsPath() throws IOException {
    try (JsonParser in = JSON.createParser("{\"a\":{}}")) {
      in.nextToken();
      in.nextToken();
      in.nextToken();
      JsonReaders.require(in, true, "id");
      ResponseDecodingException e =
          assertThrows(ResponseDecodingException.class, () -> JsonReaders.require(in, false, "id"));
      assertEquals("/a/id", e.jsonPath());
    }
  }

  private static <T> T value(String json, JsonReaders.Reader<T> reader) throws IOException {
    try (JsonParser in = JSON.createParser(json)) {
      in.nextToken();
      return reader.read(in);
    }
  }

  /** Reads, with {@code reader}, the first field's value or first element of the root. */
  private static <T> T inside(String json, JsonReaders.Reader<T> reader) throws IOException {
    try (JsonParser in = JSON.createParser(json)) {
      in.nextToken();
      if (in.nextToken() == JsonToken.FIELD_NAME) {
        in.nextToken();
      }
      return reader.read(in);
    }
  }

  /** Expects {@code reader} to fail on the first field's value or first element of the root. */
  private static ResponseDecodingException failure(String json, JsonReaders.Reader<?> reader) {
    return assertThrows(ResponseDecodingException.class, () -> inside(json, reader));
  }
}
