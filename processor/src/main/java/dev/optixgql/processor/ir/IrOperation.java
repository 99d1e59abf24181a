package dev.optixgql.processor.ir;

import java.util.List;

/**
 * One operation, lowered: its generated class name, the document sent, the variables and the {@code
 * Data} record.
 *
 * @param name the operation's name, e.g. {@code UpcomingBookings}
 * @param className the generated class, e.g. {@code UpcomingBookingsQuery}
 * @param mutation whether it is a mutation
 * @param document the minified text sent: the operation and its fragments
 * @param sourceFile the project-relative {@code .graphql} path, for the generated javadoc
 * @param schemaFile the project-relative snapshot path it was validated against
 */
public record IrOperation(
    String name,
    String className,
    boolean mutation,
    String document,
    String sourceFile,
    String schemaFile,
    List<IrVariable> variables,
    IrModel data) {

  public IrOperation {
    variables = List.copyOf(variables);
  }
}
