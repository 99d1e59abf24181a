package dev.optixgql.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.optixgql.runtime.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes the JSON body of a GraphQL request: {@code query}, {@code operationName}, {@code
 * variables}.
 */
public final class RequestWriter {
  private final JsonFactory json;

  public RequestWriter(JsonFactory json) {
    this.json = json;
  }

  public byte[] write(Operation<?> operation) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + operation.document().length());
    try (JsonGenerator out = json.createGenerator(bytes)) {
      out.writeStartObject();
      out.writeStringField("query", operation.document());
      out.writeStringField("operationName", operation.operationName());
      out.writeFieldName("variables");
      out.writeStartObject();
      operation.writeVariables(out);
      out.writeEndObject();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the request for " + operation.operationName(), e);
    }
    return bytes.toByteArray();
  }
}
