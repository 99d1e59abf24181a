package dev.optixgql.runtime.scalars;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.optixgql.runtime.ResponseDecodingException;
import dev.optixgql.runtime.ScalarAdapter;
import dev.optixgql.runtime.json.JsonReaders;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Optix's {@code DateTime} scalar: text {@code Y-m-d H:i:s} (e.g. {@code 2030-01-07 09:00:00}) in
 * the organization's or location's local time, so it maps to {@link LocalDateTime}.
 */
public final class OptixDateTimeAdapter implements ScalarAdapter<LocalDateTime> {
  static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

  @Override
  public LocalDateTime read(JsonParser in) throws IOException {
    String text = JsonReaders.string(in);
    try {
      return LocalDateTime.parse(text, FORMAT);
    } catch (DateTimeParseException e) {
      throw new ResponseDecodingException(
          JsonReaders.path(in), "'" + text + "' is not a DateTime (Y-m-d H:i:s)", e);
    }
  }

  @Override
  public void write(JsonGenerator out, LocalDateTime value) throws IOException {
    out.writeString(FORMAT.format(value));
  }
}
