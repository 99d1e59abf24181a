package dev.optixgql.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.optixgql.runtime.ResponseDecodingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Value readers that generated response adapters call; each expects the parser on the value's first
 * token and leaves it on the value's last token. Failures name the JSON path.
 */
public final class JsonReaders {
  private JsonReaders() {}

  /** Reads one value; the generated adapters pass method references of this shape. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(JsonParser in) throws IOException;
  }

  /** A non-null {@code String} (or {@code ID}, which servers may send as a number). */
  public static String string(JsonParser in) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return in.getText();
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return in.getText();
    }
    throw unexpected(in, "a string");
  }

  /**
   * A custom scalar with no mapping, as its JSON text: strings as they are, numbers and booleans as
   * written, objects and lists as compact JSON. Never null (see {@link #nullable}).
   */
  public static String scalarText(JsonParser in) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      java.io.StringWriter text = new java.io.StringWriter();
      try (JsonGenerator out = BUFFERS.createGenerator(text)) {
        out.copyCurrentStructure(in);
      }
      return text.toString();
    }
    if (token == null || token == JsonToken.VALUE_NULL || !token.isScalarValue()) {
      throw unexpected(in, "a scalar value");
    }
    return in.getText();
  }

  /** A nullable {@code String}. */
  public static String nullableString(JsonParser in) throws IOException {
    return in.currentToken() == JsonToken.VALUE_NULL ? null : string(in);
  }

  /** A non-null {@code Int}. */
  public static int intValue(JsonParser in) throws IOException {
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw unexpected(in, "an integer");
    }
    return in.getIntValue();
  }

  /** A nullable {@code Int}. */
  public static Integer nullableInt(JsonParser in) throws IOException {
    return in.currentToken() == JsonToken.VALUE_NULL ? null : intValue(in);
  }

  /** A non-null {@code Float}, which JSON may write as an integer. */
  public static double doubleValue(JsonParser in) throws IOException {
    JsonToken token = in.currentToken();
    if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
      throw unexpected(in, "a number");
    }
    double value = in.getDoubleValue();
    if (!Double.isFinite(value)) {
      // JSON has no infinity; a literal like 1e999999 overflows a double.
      throw new ResponseDecodingException(
          path(in), "the number " + abbreviated(in.getText()) + " is too large for a Float", null);
    }
    return value;
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /** A nullable {@code Float}. */
  public static Double nullableDouble(JsonParser in) throws IOException {
    return in.currentToken() == JsonToken.VALUE_NULL ? null : doubleValue(in);
  }

  /** A non-null {@code Boolean}. */
  public static boolean booleanValue(JsonParser in) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw unexpected(in, "a boolean");
  }

  /** A nullable {@code Boolean}. */
  public static Boolean nullableBoolean(JsonParser in) throws IOException {
    return in.currentToken() == JsonToken.VALUE_NULL ? null : booleanValue(in);
  }

  /** A non-null list whose elements {@code element} reads; the result is unmodifiable. */
  public static <T> List<T> list(JsonParser in, Reader<T> element) throws IOException {
    if (in.currentToken() != JsonToken.START_ARRAY) {
      throw unexpected(in, "a list");
    }
    if (in.nextToken() == JsonToken.END_ARRAY) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    do {
      out.add(element.read(in));
    } while (in.nextToken() != JsonToken.END_ARRAY);
    return Collections.unmodifiableList(out);
  }

  /** A nullable list. */
  public static <T> List<T> nullableList(JsonParser in, Reader<T> element) throws IOException {
    return in.currentToken() == JsonToken.VALUE_NULL ? null : list(in, element);
  }

  /** A nullable value of any kind: {@code null} for JSON null, else what {@code value} reads. */
  public static <T> T nullable(JsonParser in, Reader<T> value) throws IOException {
    return in.currentToken() == JsonToken.VALUE_NULL ? null : value.read(in);
  }

  /** Checks that the parser is on an object's start, as every object adapter requires. */
  public static void beginObject(JsonParser in) throws IOException {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw unexpected(in, "an object");
    }
  }

  /** What {@link #nextField} returns at the end of the object. */
  public static final int END_OF_OBJECT = -2;

  /** What {@link #nextField} returns for a field the selection does not name; skip its value. */
  public static final int UNKNOWN_FIELD = -1;

  /**
   * Moves to the next field of the object being read and onto its value, and returns the field's
   * index in {@code names}, {@link #UNKNOWN_FIELD} or {@link #END_OF_OBJECT}.
   *
   * <p>Fields usually arrive in selection order (spec §7.2.2), so {@code names[expected]} is tried
   * first with {@link JsonParser#nextFieldName(SerializableString)}, which compares the encoded
   * bytes without building a {@code String}; any other name is looked up. Pass 0 for the first
   * field and then the previous result plus one.
   */
  public static int nextField(JsonParser in, SerializableString[] names, int expected)
      throws IOException {
    int field;
    if (expected < names.length && in.nextFieldName(names[expected])) {
      field = expected;
    } else {
      if (expected >= names.length) {
        in.nextToken();
      }
      JsonToken token = in.currentToken();
      if (token != JsonToken.FIELD_NAME) {
        if (token == JsonToken.END_OBJECT) {
          return END_OF_OBJECT;
        }
        throw unexpected(in, "a field name or the object's end");
      }
      field = indexOf(names, in.currentName());
    }
    in.nextToken();
    return field;
  }

  /** A reader's field names in selection order, encoded once for {@link #nextField}. */
  public static SerializedString[] names(String... names) {
    SerializedString[] out = new SerializedString[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = new SerializedString(names[i]);
    }
    return out;
  }

  private static int indexOf(SerializableString[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].getValue().equals(name)) {
        return i;
      }
    }
    return UNKNOWN_FIELD;
  }

  /**
   * Throws {@link #missingField} unless {@code present}: a generated reader's check that a non-null
   * field was read.
   */
  public static void require(JsonParser in, boolean present, String field) {
    if (!present) {
      throw missingField(in, field);
    }
  }

  /**
   * A polymorphic object's {@code __typename} and the parser to read the rest of it from: the
   * fields after {@code __typename} follow on that parser (its next token is the next field name or
   * the object's end). A variant reader may still meet {@code __typename} again and ignore it.
   */
  public record Typed(JsonParser parser, String typename) {}

  private static final JsonFactory BUFFERS = new JsonFactory();

  /**
   * Reads {@code __typename} from the object the parser is on (at {@code START_OBJECT}). The
   * generated document asks for it first, so it normally is the first field and nothing is copied;
   * otherwise the object is buffered and replayed (spec §7.2.2 orders fields as selected, but a
   * proxy may reorder them).
   */
  public static Typed typename(JsonParser in) throws IOException {
    beginObject(in);
    String path = path(in);
    JsonToken first = in.nextToken();
    if (first == JsonToken.FIELD_NAME && "__typename".equals(in.currentName())) {
      in.nextToken();
      return new Typed(in, string(in));
    }
    if (first != JsonToken.FIELD_NAME) {
      if (first == JsonToken.END_OBJECT) {
        throw missingField(in, "__typename");
      }
      throw unexpected(in, "a field name");
    }
    ByteArrayOutputStream copy = new ByteArrayOutputStream(256);
    String typename = null;
    try (JsonGenerator out = BUFFERS.createGenerator(copy)) {
      out.writeStartObject();
      do {
        String name = in.currentName();
        out.writeFieldName(name);
        in.nextToken();
        if (name.equals("__typename") && in.currentToken() == JsonToken.VALUE_STRING) {
          typename = in.getText();
        }
        out.copyCurrentStructure(in);
      } while (in.nextToken() == JsonToken.FIELD_NAME);
      out.writeEndObject();
    }
    if (typename == null) {
      throw new ResponseDecodingException(
          path, "the polymorphic object has no '__typename' to tell its type by", null);
    }
    JsonParser replay = new Replay(BUFFERS.createParser(copy.toByteArray()), path);
    replay.nextToken(); // START_OBJECT: the variant reader continues with the first field
    return new Typed(replay, typename);
  }

  /** The error for a non-null field that the response lacks (or holds as null). */
  public static ResponseDecodingException missingField(JsonParser in, String field) {
    return new ResponseDecodingException(
        path(in) + "/" + field, "the non-null field '" + field + "' is missing or null", null);
  }

  /** The error for a value of the wrong JSON type. */
  public static ResponseDecodingException unexpected(JsonParser in, String expected) {
    JsonToken token = in.currentToken();
    String found =
        token == null
            ? "the end of the input"
            : token == JsonToken.VALUE_NULL ? "null" : describe(token);
    return new ResponseDecodingException(
        path(in), "expected " + expected + " but found " + found, null);
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      default:
        return token.name();
    }
  }

  /** The JSON pointer of the parser's current value, e.g. {@code /data/bookings/data/3}. */
  public static String path(JsonParser in) {
    String pointer = in.getParsingContext().pathAsPointer().toString();
    if (in instanceof Replay replay) {
      // A buffered object: its parser starts at the object, so put the object's own path first.
      return replay.prefix + pointer;
    }
    return pointer.isEmpty() ? "/" : pointer;
  }

  /** A parser over a buffered object that remembers where in the response the object was. */
  private static final class Replay extends com.fasterxml.jackson.core.util.JsonParserDelegate {
    private final String prefix;

    Replay(JsonParser buffered, String prefix) {
      super(buffered);
      this.prefix = prefix.equals("/") ? "" : prefix;
    }
  }
}
