package dev.optixgql.runtime.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.json.JsonReaders;
import java.io.IOException;

/**
 * A hand-written operation, as generated code would be, {@code query Ping { ping { status } }}, for
 * modules that test the client without running the processor (through the runtime's test jar).
 * {@link #ANSWER} is what a server answers it with.
 */
public final class PingQuery implements Operation<PingQuery.Data> {
  /** An answer to it: {@code {"data":{"ping":{"status":"ok"}}}}. */
  public static final String ANSWER = "{\"data\":{\"ping\":{\"status\":\"ok\"}}}";

  /**
   * Its data.
   *
   * @param status {@code ping.status}
   */
  public record Data(String status) {}

  @Override
  public String document() {
    return "query Ping{ping{status}}";
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
  public void writeVariables(JsonGenerator out) {}

  @Override
  public Data readData(JsonParser in) throws IOException {
    JsonReaders.beginObject(in);
    String status = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      if (name.equals("ping")) {
        JsonReaders.beginObject(in);
        while (in.nextToken() == JsonToken.FIELD_NAME) {
          String field = in.currentName();
          in.nextToken();
          if (field.equals("status")) {
            status = JsonReaders.string(in);
          } else {
            in.skipChildren();
          }
        }
      } else {
        in.skipChildren();
      }
    }
    return new Data(status);
  }
}
