package dev.optixgql.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.optixgql.runtime.json.JsonReaders;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written operation shaped like a generated one, for runtime tests: {@code query Ping($echo:
 * String) { ping(echo: $echo) { status time } }}, where {@code ping} is nullable and its two fields
 * are not.
 *
 * @param echo the variable {@code $echo}; {@code null} leaves it unsent
 */
public record PingOperation(@Nullable String echo) implements Operation<PingOperation.Data> {
  public static final String DOCUMENT = "query Ping($echo:String){ping(echo:$echo){status time}}";

  /** The operation's data. */
  public record Data(@Nullable Ping ping) {}

  /** The {@code Pong} selection. */
  public record Ping(String status, int time) {}

  @Override
  public String document() {
    return DOCUMENT;
  }

  @Override
  public String operationName() {
    return "Ping";
  }

  @Override
  public boolean isMutation() {
    return false;
  }

  @Override
  public Class<Data> dataType() {
    return Data.class;
  }

  @Override
  public void writeVariables(JsonGenerator out) throws IOException {
    if (echo != null) {
      out.writeStringField("echo", echo);
    }
  }

  @Override
  public Data readData(JsonParser in) throws IOException {
    JsonReaders.beginObject(in);
    Ping ping = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      if (name.equals("ping")) {
        ping = JsonReaders.nullable(in, PingOperation::readPing);
      } else {
        in.skipChildren();
      }
    }
    return new Data(ping);
  }

  private static Ping readPing(JsonParser in) throws IOException {
    JsonReaders.beginObject(in);
    String status = null;
    Integer time = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      switch (name) {
        case "status" -> status = JsonReaders.nullable(in, JsonReaders::string);
        case "time" -> time = JsonReaders.nullableInt(in);
        default -> in.skipChildren();
      }
    }
    if (status == null) {
      throw JsonReaders.missingField(in, "status");
    }
    if (time == null) {
      throw JsonReaders.missingField(in, "time");
    }
    return new Ping(status, time);
  }
}
