package dev.optixgql.processor.diagnostic;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes an input file (operations and snapshots are UTF-8) strictly, so a bad byte becomes an
 * error at its line and column instead of an unlocated "Input length = 1" (found by fuzzing).
 */
public final class Utf8Text {
  private Utf8Text() {}

  /** The text, or where it stops being UTF-8. */
  public record Decoded(String text, int line, int column, String problem) {
    public boolean ok() {
      return text != null;
    }
  }

  public static Decoded decode(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1); // never more chars than bytes
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports malformed input
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
      return new Decoded(out.flip().toString(), 0, 0, null);
    }
    out.flip();
    int line = 1;
    int column = 1;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == out.length() || out.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return new Decoded(
        null,
        line,
        column,
        String.format(
            Locale.ROOT,
            "The file is not valid UTF-8 (byte 0x%02X). Save it as UTF-8.",
            bytes[in.position()] & 0xff));
  }
}
