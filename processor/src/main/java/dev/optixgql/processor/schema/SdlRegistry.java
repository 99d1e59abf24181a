package dev.optixgql.processor.schema;

import dev.optixgql.processor.syntax.Declined;
import dev.optixgql.processor.syntax.DocumentReader;
import graphql.parser.MultiSourceReader;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * SDL text to graphql-java's type registry: read by {@link DocumentReader} (no ANTLR start-up, the
 * same AST), or, where it declines, parsed by graphql-java, whose syntax errors then stand.
 */
final class SdlRegistry {
  private SdlRegistry() {}

  /**
   * @throws graphql.parser.InvalidSyntaxException as graphql-java's {@code SchemaParser} does
   * @throws graphql.schema.idl.errors.SchemaProblem as graphql-java's {@code SchemaParser} does
   */
  static TypeDefinitionRegistry of(String text, String shown) {
    try {
      return new SchemaParser().buildRegistry(DocumentReader.typeSystem(text, shown));
    } catch (Declined e) {
      return new SchemaParser()
          .parse(
              MultiSourceReader.newMultiSourceReader()
                  .string(text, shown)
                  .trackData(false)
                  .build());
    }
  }
}
