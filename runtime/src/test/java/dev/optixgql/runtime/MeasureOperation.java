package dev.optixgql.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.optixgql.runtime.json.JsonReaders;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written operation with {@code Float}s both ways, shaped like a generated one: {@code query
 * Measure($factor: Float) { measure(factor: $factor) }}, where {@code measure} is a {@code Float!}.
 */
public record MeasureOperation(@Nullable Double factor)
    implements Operation<MeasureOperation.Data> {
  /** The operation's data. */
  public record Data(double measure) {}

  @Override
  public String document() {
    return "query Measure($factor:Float){measure(factor:$factor)}";
  }

  @Override
  public String operationName() {
    return "Measure";
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
    if (factor != null) {
      out.writeFieldName("factor");
      out.writeNumber(factor);
    }
  }

  @Override
  public Data readData(JsonParser in) throws IOException {
    JsonReaders.beginObject(in);
    Double measure = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      if (name.equals("measure")) {
        measure = JsonReaders.doubleValue(in);
      } else {
        in.skipChildren();
      }
    }
    if (measure == null) {
      throw JsonReaders.unexpected(in, "measure");
    }
    return new Data(measure);
  }
}
