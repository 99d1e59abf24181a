package dev.optixgql.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** What generated test builders write JSON text with ({@code XxxQueryFakes.json(data)}). */
public final class JsonWriters {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonWriters() {}

  /** Writes one JSON value; the generated builders pass a lambda of this shape. */
  @FunctionalInterface
  public interface Writing {
    void writeTo(JsonGenerator out) throws IOException;
  }

  /**
   * The JSON text {@code writing} writes.
   *
   * @param writing writes one value to the generator it is given
   * @return the text
   */
  public static String text(Writing writing) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      writing.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }
}
