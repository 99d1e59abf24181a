package dev.optixgql.processor.corpus;

/**
 * How one corpus case ended: its {@link Kind}, the first error line (empty when it compiled) and,
 * for a crash, what a processor engineer needs to find the bug.
 */
record CaseOutcome(Kind kind, String firstError, String detail) {
  enum Kind {
    /** Compilation succeeded: the operations were generated and compiled. */
    GENERATED,
    /** Compilation failed, every processor error with an id and (for GraphQL text) a location. */
    LOCATED_ERROR,
    /**
     * {@code [OptixGql/Internal]}, an exception out of javac, or an error none of ours explains.
     */
    CRASH
  }

  static CaseOutcome generated() {
    return new CaseOutcome(Kind.GENERATED, "", "");
  }

  static CaseOutcome located(String firstError) {
    return new CaseOutcome(Kind.LOCATED_ERROR, firstError, "");
  }

  static CaseOutcome crash(String firstError, String detail) {
    return new CaseOutcome(Kind.CRASH, firstError, detail);
  }
}
