package dev.optixgql.processor.codegen;

/** Makes schema descriptions safe inside javadoc comments. */
final class Javadocs {
  private Javadocs() {}

  /** The description with comment terminators and stray HTML characters escaped. */
  static String escape(String text) {
    return text.strip()
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "{@literal @}")
        .replace("$", "$$");
  }
}
