package dev.optixgql.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/** Value writers that generated operations and input types call to write variables. */
public final class JsonWriters {
  private JsonWriters() {}

  /** Writes one value; the generated code passes method references of this shape. */
  @FunctionalInterface
  public interface Writer<T> {
    void write(JsonGenerator out, T value) throws IOException;
  }

  public static void string(JsonGenerator out, String value) throws IOException {
    out.writeString(value);
  }

  public static void intValue(JsonGenerator out, Integer value) throws IOException {
    out.writeNumber(value);
  }

  public static void doubleValue(JsonGenerator out, Double value) throws IOException {
    out.writeNumber(value);
  }

  public static void booleanValue(JsonGenerator out, Boolean value) throws IOException {
    out.writeBoolean(value);
  }

  /** Writes {@code value} with {@code writer}, or JSON null. */
  public static <T> void nullable(JsonGenerator out, T value, Writer<T> writer) throws IOException {
    if (value == null) {
      out.writeNull();
    } else {
      writer.write(out, value);
    }
  }

  /** Writes a list whose elements {@code element} writes (null elements as JSON null). */
  public static <T> void list(JsonGenerator out, List<T> values, Writer<T> element)
      throws IOException {
    out.writeStartArray();
    for (T value : values) {
      nullable(out, value, element);
    }
    out.writeEndArray();
  }
}
