package dev.optixgql.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a custom scalar of a client's schema to a Java type, read and written by an adapter:
 *
 * <pre>{@code
 * @GraphQLClient(
 *     schema = "shop.graphqls",
 *     scalars = @GraphQLScalar(name = "Money", javaType = BigDecimal.class,
 *         adapter = MoneyAdapter.class))
 * }</pre>
 *
 * <p>Built in, for Optix: {@code DateTime} → {@link java.time.LocalDateTime}, {@code Time} → {@link
 * java.time.LocalTime}, {@code JsonString} → {@code String}. Any other custom scalar is read as its
 * JSON text, with a compile-time warning.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface GraphQLScalar {
  /**
   * The scalar's name in the schema.
   *
   * @return the name declared with {@code scalar} in the schema, e.g. {@code Money}
   */
  String name();

  /**
   * The Java type values have.
   *
   * @return the class generated code uses for the scalar's values
   */
  Class<?> javaType();

  /**
   * Reads and writes them; needs a public no-argument constructor.
   *
   * @return the {@link ScalarAdapter} class that converts the scalar's values
   */
  Class<? extends ScalarAdapter<?>> adapter();
}
