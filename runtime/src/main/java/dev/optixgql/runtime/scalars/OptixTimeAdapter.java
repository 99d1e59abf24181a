package dev.optixgql.runtime.scalars;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.optixgql.runtime.ResponseDecodingException;
import dev.optixgql.runtime.ScalarAdapter;
import dev.optixgql.runtime.json.JsonReaders;
import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Optix's {@code Time} scalar: text {@code hh:mm:ss} (seconds optional when reading). */
public final class OptixTimeAdapter implements ScalarAdapter<LocalTime> {
  private static final DateTimeFormatter WRITE =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter READ =
      DateTimeFormatter.ofPattern("H:mm[:ss]", Locale.ROOT);

  @Override
  public LocalTime read(JsonParser in) throws IOException {
    String text = JsonReaders.string(in);
    try {
      return LocalTime.parse(text, READ);
    } catch (DateTimeParseException e) {
      throw new ResponseDecodingException(
          JsonReaders.path(in), "'" + text + "' is not a Time (hh:mm:ss)", e);
    }
  }

  @Override
  public void write(JsonGenerator out, LocalTime value) throws IOException {
    out.writeString(WRITE.format(value));
  }
}
