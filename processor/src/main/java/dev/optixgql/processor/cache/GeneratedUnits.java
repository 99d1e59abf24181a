package dev.optixgql.processor.cache;

import java.io.IOException;

/**
 * Cache entries of generated source files: the type's qualified name and its text, under the key a
 * unit computes from the whole input of its writer (package {@code units}: the IR in {@link
 * CacheCodec}'s form, the target package, and what else the writer is given), so equal keys mean
 * equal text.
 */
public final class GeneratedUnits {
  private static final int FORMAT = 1;

  private GeneratedUnits() {}

  /** A generated type's qualified name and source text. */
  public record Unit(String qualifiedName, String text) {}

  public static byte[] encode(Unit unit) {
    return new CacheCodec.Writer()
        .integer(FORMAT)
        .string(unit.qualifiedName())
        .string(unit.text())
        .toByteArray();
  }

  /** The unit, or {@code null} when the bytes are not one. */
  public static Unit decode(byte[] bytes) {
    try {
      CacheCodec.Reader in = new CacheCodec.Reader(bytes);
      if (in.integer() != FORMAT) {
        return null;
      }
      String name = in.string();
      String text = in.string();
      return name == null || text == null || !in.atEnd() ? null : new Unit(name, text);
    } catch (IOException e) {
      return null;
    }
  }
}
