package dev.optixgql.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes one custom scalar's values as a Java type; named in {@link GraphQLScalar} and
 * instantiated once per generated class through its public no-argument constructor.
 *
 * @param <T> the Java type the scalar maps to
 */
public interface ScalarAdapter<T> {
  /**
   * Reads a non-null value; the parser is on its first token and must be left on its last.
   *
   * @param in the parser, on the value's first token
   * @return the value, not {@code null}
   * @throws IOException if the JSON cannot be read
   */
  T read(JsonParser in) throws IOException;

  /**
   * Writes a non-null value.
   *
   * @param out the generator, where the value belongs
   * @param value the value, not {@code null}
   * @throws IOException if the generator cannot write
   */
  void write(JsonGenerator out, T value) throws IOException;
}
