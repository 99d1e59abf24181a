package dev.optixgql.benchmarks.processor;

import java.util.List;
import java.util.Locale;

/** Writes the {@code @GraphQLClient} interface that binds every generated operation. */
final class ClientSource {
  static final String PACKAGE = "bench.optix";
  static final String INTERFACE = "FullSchemaApi";

  private ClientSource() {}

  static String of(String schemaPath, List<OperationCorpus.Operation> operations) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(PACKAGE).append(";\n\n");
    out.append("import dev.optixgql.runtime.GraphQLClient;\n");
    out.append("import dev.optixgql.runtime.GraphQLOperation;\n");
    out.append("import dev.optixgql.runtime.TokenKind;\n\n");
    out.append("/** Binds every generated operation. */\n");
    out.append("@GraphQLClient(schema = \"")
        .append(schemaPath)
        .append("\", token = TokenKind.ORGANIZATION)\n");
    out.append("public interface ").append(INTERFACE).append(" {\n");
    for (OperationCorpus.Operation operation : operations) {
      out.append("  @GraphQLOperation(\"").append(operation.name()).append("\")\n");
      out.append("  ")
          .append(operation.name())
          .append("Query.Data ")
          .append(operation.name().toLowerCase(Locale.ROOT))
          .append("();\n\n");
    }
    return out.append("}\n").toString();
  }
}
