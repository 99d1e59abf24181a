package dev.optixgql.sandbox.http;

import dev.optixgql.sandbox.engine.GraphQlRequest;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's read-only mode, as on Optix's Playground: an operation sent from a console page
 * (which marks its requests with {@link #HEADER}) that is a mutation gets an error instead of
 * running, unless the sandbox was started with mutations allowed. Requests from anything else (the
 * generated clients, tests) never carry the header and are never refused.
 */
final class ReadOnlyConsole {
  /** The header the console's pages send with every GraphQL request. */
  static final String HEADER = "X-Optix-Sandbox-Console";

  static final String CODE = "CONSOLE_READ_ONLY";

  static final String MESSAGE =
      "The console is read-only: mutations are blocked, as on Optix's Playground. The sandbox's"
          + " data is local, so you may allow them: start it with --console-mutations"
          + " (OptixSandbox.builder().consoleMutations(true)).";

  private ReadOnlyConsole() {}

  /**
   * Whether the operation the request selects is a mutation. A document that does not parse, or
   * names no operation it holds, is not: executing it reports that error as usual.
   */
  static boolean isMutation(GraphQlRequest request) {
    if (request.query() == null) {
      return false;
    }
    Document document;
    try {
      document = Parser.parse(request.query());
    } catch (InvalidSyntaxException e) {
      return false;
    }
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    for (OperationDefinition operation : operations) {
      boolean selected =
          request.operationName() == null
              ? operations.size() == 1
              : request.operationName().equals(operation.getName());
      if (selected) {
        return operation.getOperation() == OperationDefinition.Operation.MUTATION;
      }
    }
    return false;
  }

  /** The result in place of a blocked mutation: a GraphQL error, so the console shows it. */
  static Map<String, Object> refusal() {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", MESSAGE);
    error.put("extensions", Map.of("code", CODE));
    return Map.of("errors", List.of(error));
  }
}
