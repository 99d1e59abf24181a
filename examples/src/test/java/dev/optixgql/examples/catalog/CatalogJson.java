package dev.optixgql.examples.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.internal.ResponseReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Decodes hand-written responses and encodes variables as the runtime does on the wire. */
final class CatalogJson {
  private static final JsonFactory JSON = new JsonFactory();

  private CatalogJson() {}

  /** The typed {@code data} of a whole response envelope, read by the runtime's reader. */
  static <D> D data(Operation<D> operation, String response) {
    return new ResponseReader(JSON)
        .read(operation, response.getBytes(StandardCharsets.UTF_8))
        .data();
  }

  /** The operation's {@code variables} object as compact JSON text. */
  static String variables(Operation<?> operation) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      operation.writeVariables(out);
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
