package dev.optixgql.runtime.scalars;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.optixgql.runtime.ScalarAdapter;
import dev.optixgql.runtime.json.JsonReaders;
import java.io.IOException;

/**
 * Optix's {@code JsonString} scalar: a string that holds JSON, kept as that text (parse it with the
 * JSON library of your choice).
 */
public final class JsonStringAdapter implements ScalarAdapter<String> {
  @Override
  public String read(JsonParser in) throws IOException {
    return JsonReaders.string(in);
  }

  @Override
  public void write(JsonGenerator out, String value) throws IOException {
    out.writeString(value);
  }
}
