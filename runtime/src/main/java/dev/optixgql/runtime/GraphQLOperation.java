package dev.optixgql.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a method of a {@link GraphQLClient} interface to a named operation in one of the project's
 * {@code .graphql} files; the method's parameters are the operation's variables, by name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface GraphQLOperation {
  /**
   * The operation's name, as written after {@code query} or {@code mutation}.
   *
   * @return the name of an operation in the project's {@code .graphql} files
   */
  String value();

  /**
   * Declares a mutation safe to send twice (e.g. it sets a value rather than adding one), so the
   * client may retry it after a timeout or a 502/503/504. Mutations are otherwise sent at most
   * once; queries are always retried.
   *
   * @return whether the bound mutation may be retried; {@code false} by default
   */
  boolean idempotent() default false;
}
