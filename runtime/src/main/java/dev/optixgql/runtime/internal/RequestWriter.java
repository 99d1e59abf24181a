package dev.optixgql.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import dev.optixgql.runtime.InvalidVariableException;
import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.OptixGqlException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the body of a GraphQL request: {@code {query, operationName, variables}} as JSON, a JSON
 * array of those for a batch, or the form-encoded variant; with {@code access_token} inside when
 * the token travels in the body. A variable that cannot be written as its type requires is refused
 * here, before anything is sent.
 */
final class RequestWriter {
  /** Documents whose escaped opening is kept; an app has a fixed set, this bounds any other. */
  private static final int MAX_CACHED_DOCUMENTS = 1_024;

  private final JsonFactory json;

  /**
   * By document, {@code {"query":"…","operationName":"…","variables":} written once: escaping a
   * document of some kilobytes on every call cost more than all the rest of the body.
   */
  private final ConcurrentHashMap<String, Opening> openings = new ConcurrentHashMap<>();

  /** A document's opening for one operation name (a document may hold several operations). */
  private record Opening(String operationName, byte[] bytes) {}

  public RequestWriter(JsonFactory json) {
    this.json = json;
  }

  /** One operation as a JSON object; {@code token} is included when not {@code null}. */
  public byte[] json(Operation<?> operation, String token) {
    byte[] opening = opening(operation);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(opening.length + 128);
    bytes.writeBytes(opening);
    try (JsonGenerator out = finiteOnly(json.createGenerator(bytes))) {
      out.writeStartObject();
      writeVariables(out, operation, 1);
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the request for " + operation.operationName(), e);
    }
    if (token != null) {
      bytes.writeBytes(ACCESS_TOKEN);
      try (JsonGenerator out = json.createGenerator(bytes)) {
        out.writeString(token);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the request's token", e);
      }
    }
    bytes.write('}');
    return bytes.toByteArray();
  }

  private static final byte[] VARIABLES = ",\"variables\":".getBytes(StandardCharsets.UTF_8);

  private static final byte[] ACCESS_TOKEN = ",\"access_token\":".getBytes(StandardCharsets.UTF_8);

  private byte[] opening(Operation<?> operation) {
    String document = operation.document();
    String operationName = operation.operationName();
    Opening cached = openings.get(document);
    if (cached != null && cached.operationName().equals(operationName)) {
      return cached.bytes();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + document.length());
    byte[] fields;
    try (JsonGenerator out = json.createGenerator(bytes)) {
      out.writeStartObject();
      out.writeStringField("query", document);
      out.writeStringField("operationName", operationName);
      out.flush();
      fields = bytes.toByteArray(); // before close() ends the object
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the request for " + operation.operationName(), e);
    }
    byte[] opening = java.util.Arrays.copyOf(fields, fields.length + VARIABLES.length);
    System.arraycopy(VARIABLES, 0, opening, fields.length, VARIABLES.length);
    if (openings.size() < MAX_CACHED_DOCUMENTS) {
      openings.put(document, new Opening(operationName, opening));
    }
    return opening;
  }

  /** Several operations as a JSON array (the batch format of Laravel Lighthouse). */
  public byte[] batch(List<? extends Operation<?>> operations, String token) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (JsonGenerator out = finiteOnly(json.createGenerator(bytes))) {
      out.writeStartArray();
      for (Operation<?> operation : operations) {
        writeObject(out, operation, token);
      }
      out.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the batch request", e);
    }
    return bytes.toByteArray();
  }

  /** One operation as {@code application/x-www-form-urlencoded}, variables as a JSON string. */
  public byte[] form(Operation<?> operation, String token) {
    ByteArrayOutputStream variables = new ByteArrayOutputStream(128);
    try (JsonGenerator out = finiteOnly(json.createGenerator(variables))) {
      out.writeStartObject();
      writeVariables(out, operation, 1);
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the request for " + operation.operationName(), e);
    }
    StringBuilder form = new StringBuilder();
    form.append("query=").append(encode(operation.document()));
    form.append("&operationName=").append(encode(operation.operationName()));
    form.append("&variables=").append(encode(variables.toString(StandardCharsets.UTF_8)));
    if (token != null) {
      form.append("&access_token=").append(encode(token));
    }
    return form.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void writeObject(JsonGenerator out, Operation<?> operation, String token)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("query", operation.document());
    out.writeStringField("operationName", operation.operationName());
    out.writeFieldName("variables");
    out.writeStartObject();
    writeVariables(out, operation, 3); // root, the batch's array, the operation's object
    out.writeEndObject();
    if (token != null) {
      out.writeStringField("access_token", token);
    }
    out.writeEndObject();
  }

  /**
   * The operation's variables into the object just opened, at {@code depth} contexts below the
   * generator's root. A {@code null} where the type is non-null (the generated code unboxes an
   * {@code Integer} of a {@code [Int!]} list, reads a field of a null input object, or writes a
   * null {@code String}) becomes an {@link InvalidVariableException} naming the variable and index,
   * before anything is sent.
   */
  private static void writeVariables(JsonGenerator out, Operation<?> operation, int depth)
      throws IOException {
    try {
      operation.writeVariables(out);
    } catch (NullPointerException e) {
      JsonStreamContext at = out.getOutputContext();
      // A list opened and empty: its first element is null, or (for generated code iterating a
      // null list after opening it) the list itself is; the context cannot tell which.
      boolean firstOfList = at.inArray() && at.getEntryCount() == 0;
      throw new InvalidVariableException(
          operation.operationName(),
          path(at, depth),
          firstOfList
              ? "(or the list holding it) is null, but its type is non-null"
              : "is null, but its type is non-null");
    }
  }

  /**
   * Where the generator stands, from the variables object ({@code depth} contexts below the root)
   * down: {@code name.field[3]}. The innermost list is about to write its next element (the one
   * that failed); every outer list holds the element being written as its current one.
   */
  static String path(JsonStreamContext innermost, int depth) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = innermost; c != null; c = c.getParent()) {
      chain.add(0, c);
    }
    StringBuilder path = new StringBuilder();
    for (int i = depth; i < chain.size(); i++) {
      JsonStreamContext c = chain.get(i);
      boolean last = i == chain.size() - 1;
      if (c.inArray()) {
        path.append('[').append(last ? c.getEntryCount() : c.getCurrentIndex()).append(']');
      } else if (c.inObject() && c.getCurrentName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(c.getCurrentName());
      }
    }
    return path.length() == 0 ? "(unknown)" : path.toString();
  }

  /**
   * A generator that refuses NaN and the infinities: JSON has no such numbers, and Jackson would
   * otherwise send them as the strings {@code "NaN"} and {@code "Infinity"}.
   */
  private static JsonGenerator finiteOnly(JsonGenerator out) {
    return new JsonGeneratorDelegate(out, false) {
      @Override
      public void writeNumber(double value) throws IOException {
        super.writeNumber(finite(value));
      }

      /** Generated code writes a nullable value's null with writeNull: this null is a mistake. */
      @Override
      public void writeString(String text) throws IOException {
        if (text == null) {
          throw new NullPointerException("a null String where the type is non-null");
        }
        super.writeString(text);
      }

      @Override
      public void writeNumber(float value) throws IOException {
        super.writeNumber((float) finite(value));
      }

      private double finite(double value) {
        if (!Double.isFinite(value)) {
          throw new OptixGqlException(
              "Cannot send "
                  + value
                  + (getOutputContext().getCurrentName() == null
                      ? ""
                      : " as " + getOutputContext().getCurrentName())
                  + ": JSON has no such number (a GraphQL Float is finite). Nothing was sent.");
        }
        return value;
      }
    };
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
