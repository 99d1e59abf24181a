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
  /** Reads a non-null value; the parser is on its first token and must be left on its last. */
  T read(JsonParser in) throws IOException;

  /** Writes a non-null value. */
  void write(JsonGenerator out, T value) throws IOException;
}
