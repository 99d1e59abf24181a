package dev.optixgql.processor.syntax;

/**
 * Thrown where {@link DocumentReader} meets something it does not read the way graphql-java's
 * parser would (or does not read at all): the caller then hands the text to graphql-java, whose
 * answer (its AST, or its syntax error) stands. Carries nothing, as it is never reported.
 */
public final class Declined extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final Declined INSTANCE = new Declined();

  private Declined() {
    super("declined", null, false, false);
  }
}
