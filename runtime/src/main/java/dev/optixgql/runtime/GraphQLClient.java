package dev.optixgql.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose methods execute GraphQL operations; the optixgql processor validates
 * them against {@link #schema()} and generates the implementation that {@link
 * OptixClient#create(Class)} returns.
 *
 * <pre>{@code
 * @GraphQLClient(schema = "optix/organization.graphqls", token = TokenKind.ORGANIZATION)
 * public interface Bookings {
 *   @GraphQLOperation("UpcomingBookings")
 *   UpcomingBookingsQuery.Data upcoming(int limit);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GraphQLClient {
  /**
   * The schema snapshot, relative to the GraphQL root ({@code src/main/graphql} by convention): an
   * introspection result ({@code .json}) or SDL ({@code .graphqls}, {@code .graphql}).
   *
   * @return the schema file's path under the GraphQL root
   */
  String schema();

  /**
   * The kind of token this schema view belongs to. A client refuses, before sending anything, a
   * token of another kind. {@link TokenKind#ANY} accepts every token.
   *
   * @return the token kind the schema belongs to; {@link TokenKind#ANY} by default
   */
  TokenKind token() default TokenKind.ANY;

  /**
   * Custom scalar mappings for this schema; they override the built-in Optix ones ({@code
   * DateTime}, {@code Time}, {@code JsonString}).
   *
   * @return the scalar mappings; none by default
   */
  GraphQLScalar[] scalars() default {};

  /**
   * When {@code true}, binding a mutation is a compile error ({@code
   * [OptixGql/MutationNotAllowed]}): for clients that must never change data, such as reporting
   * jobs or code run with a production token.
   *
   * @return whether mutations are refused at compile time; {@code false} by default
   */
  boolean readOnly() default false;
}
