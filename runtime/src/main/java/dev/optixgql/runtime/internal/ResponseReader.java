package dev.optixgql.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.optixgql.runtime.GraphQLError;
import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.ResponseDecodingException;
import dev.optixgql.runtime.json.JsonReaders;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GraphQL response envelope ({@code data}, {@code errors}, {@code extensions}) in one
 * streaming pass, handing {@code data} to the operation's generated adapter.
 */
public final class ResponseReader {
  private final JsonFactory json;

  public ResponseReader(JsonFactory json) {
    this.json = json;
  }

  /** A decoded envelope: data (possibly partial or null) and errors (possibly empty). */
  public record Envelope<D>(D data, List<GraphQLError> errors, boolean hadData) {}

  /** Decodes {@code body}; malformed, truncated or mistyped input ends in a typed exception. */
  public <D> Envelope<D> read(Operation<D> operation, byte[] body) {
    try (JsonParser in = json.createParser(body)) {
      return read(operation, in);
    } catch (ResponseDecodingException e) {
      throw e;
    } catch (JsonProcessingException e) {
      String where = e.getProcessor() instanceof JsonParser p ? JsonReaders.path(p) : "/";
      throw new ResponseDecodingException(where, "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ResponseDecodingException("/", "unreadable response: " + e.getMessage(), e);
    }
  }

  /**
   * Decodes a batch response: a JSON array with one envelope per operation, in order. Returns
   * {@code null} when the body is a single object instead (the server refused the whole batch);
   * read its errors with {@link #readErrorsOnly}.
   */
  public List<Envelope<?>> readBatch(List<? extends Operation<?>> operations, byte[] body) {
    try (JsonParser in = json.createParser(body)) {
      JsonToken first = in.nextToken();
      if (first == JsonToken.START_OBJECT) {
        return null;
      }
      if (first != JsonToken.START_ARRAY) {
        throw JsonReaders.unexpected(in, "a JSON array of responses");
      }
      List<Envelope<?>> out = new ArrayList<>();
      for (Operation<?> operation : operations) {
        if (in.nextToken() != JsonToken.START_OBJECT) {
          throw JsonReaders.unexpected(in, "one response per operation of the batch");
        }
        out.add(readObject(operation, in));
      }
      if (in.nextToken() != JsonToken.END_ARRAY) {
        throw JsonReaders.unexpected(in, "the end of the batch's responses");
      }
      return out;
    } catch (ResponseDecodingException e) {
      throw e;
    } catch (JsonProcessingException e) {
      String where = e.getProcessor() instanceof JsonParser p ? JsonReaders.path(p) : "/";
      throw new ResponseDecodingException(where, "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ResponseDecodingException("/", "unreadable response: " + e.getMessage(), e);
    }
  }

  private <D> Envelope<D> read(Operation<D> operation, JsonParser in) throws IOException {
    if (in.nextToken() != JsonToken.START_OBJECT) {
      throw JsonReaders.unexpected(in, "a GraphQL response object");
    }
    Envelope<D> envelope = readObject(operation, in);
    if (in.nextToken() != null) {
      throw JsonReaders.unexpected(in, "nothing after the response object");
    }
    return envelope;
  }

  /** Reads one envelope; the parser is on its {@code START_OBJECT} and is left on its end. */
  private <D> Envelope<D> readObject(Operation<D> operation, JsonParser in) throws IOException {
    D data = null;
    boolean hadData = false;
    boolean sawData = false;
    boolean sawErrors = false;
    List<GraphQLError> errors = List.of();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      JsonToken value = in.nextToken();
      if (value == null) {
        break;
      }
      switch (name) {
        case "data":
          // A second "data" or "errors" would silently replace the first (an "errors":[] after
          // the real errors made a failed call look clean): refused instead.
          sawData = once(in, sawData, name);
          if (value != JsonToken.VALUE_NULL) {
            data = operation.readData(in);
            hadData = true;
          }
          break;
        case "errors":
          sawErrors = once(in, sawErrors, name);
          errors = readErrors(in);
          break;
        default:
          in.skipChildren();
      }
    }
    if (in.currentToken() != JsonToken.END_OBJECT) {
      throw JsonReaders.unexpected(in, "the end of the response object");
    }
    return new Envelope<>(data, errors, hadData);
  }

  private static boolean once(JsonParser in, boolean seen, String name) {
    if (seen) {
      throw new ResponseDecodingException(
          "/" + name, "the response has \"" + name + "\" twice", null);
    }
    return true;
  }

  /** Reads just the {@code errors} of a response whose data is not wanted (e.g. HTTP 4xx). */
  public List<GraphQLError> readErrorsOnly(byte[] body) {
    try (JsonParser in = json.createParser(body)) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        return List.of();
      }
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        in.nextToken();
        if (name.equals("errors")) {
          return readErrors(in);
        }
        in.skipChildren();
      }
      return List.of();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private List<GraphQLError> readErrors(JsonParser in) throws IOException {
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      return List.of();
    }
    List<GraphQLError> errors = new ArrayList<>();
    JsonReaders.list(in, p -> errors.add(readError(p)));
    return errors;
  }

  private GraphQLError readError(JsonParser in) throws IOException {
    JsonReaders.beginObject(in);
    String message = "(no message)";
    List<GraphQLError.Location> locations = new ArrayList<>();
    List<Object> path = new ArrayList<>();
    String extensions = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "message":
          // The spec requires a message, but a null one must not surface as a null (or an NPE).
          String text = JsonReaders.nullableString(in);
          message = text != null ? text : message;
          break;
        case "locations":
          JsonReaders.nullableList(in, p -> locations.add(readLocation(p)));
          break;
        case "path":
          JsonReaders.nullableList(
              in,
              p ->
                  path.add(
                      p.currentToken() == JsonToken.VALUE_NUMBER_INT
                          ? p.getIntValue()
                          : p.getText()));
          break;
        case "extensions":
          extensions = copy(in);
          break;
        default:
          in.skipChildren();
      }
    }
    return new GraphQLError(message, locations, path, extensions);
  }

  private static GraphQLError.Location readLocation(JsonParser in) throws IOException {
    JsonReaders.beginObject(in);
    int line = 0;
    int column = 0;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      if (name.equals("line")) {
        line = JsonReaders.intValue(in);
      } else if (name.equals("column")) {
        column = JsonReaders.intValue(in);
      } else {
        in.skipChildren();
      }
    }
    return new GraphQLError.Location(line, column);
  }

  private String copy(JsonParser in) throws IOException {
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = json.createGenerator(out)) {
      generator.copyCurrentStructure(in);
    }
    return out.toString();
  }
}
