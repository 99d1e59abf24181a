package dev.optixgql.processor.ir;

import java.util.List;
import java.util.Objects;

/**
 * One operation, lowered (independent of the snapshot it was checked against, so interfaces bound
 * to two schema views can share it when it comes out the same): its generated class name, the
 * document sent, the variables and the {@code Data} record.
 *
 * @param name the operation's name, e.g. {@code UpcomingBookings}
 * @param className the generated class, e.g. {@code UpcomingBookingsQuery}
 * @param mutation whether it is a mutation
 * @param subscription whether it is a subscription (generated as types only: Optix serves none)
 * @param document the minified text sent: the operation and its fragments
 * @param sourceFile the project-relative {@code .graphql} path, for the generated javadoc
 * @param fragments the named fragments whose types the response records implement
 * @param typesPackage where the schema's enums and input types and the fragment interfaces are
 *     generated: one package per snapshot, shared by every interface bound to it
 * @param paging how it pages an Optix list, or {@code null} when it does not ({@link IrPaging})
 */
public record IrOperation(
    String name,
    String className,
    boolean mutation,
    boolean subscription,
    String document,
    String sourceFile,
    List<IrVariable> variables,
    IrModel data,
    List<IrFragment> fragments,
    String typesPackage,
    IrPaging paging) {

  public IrOperation {
    variables = List.copyOf(variables);
    fragments = List.copyOf(fragments);
  }

  // equals and hashCode written out, as for every IR value compared on the clean path (an
  // operation bound by two interfaces is lowered for each): see ClientDeclaration.equals.
  @Override
  public boolean equals(Object other) {
    return other instanceof IrOperation that
        && name.equals(that.name)
        && className.equals(that.className)
        && mutation == that.mutation
        && subscription == that.subscription
        && document.equals(that.document)
        && Objects.equals(sourceFile, that.sourceFile)
        && variables.equals(that.variables)
        && data.equals(that.data)
        && fragments.equals(that.fragments)
        && Objects.equals(typesPackage, that.typesPackage)
        && Objects.equals(paging, that.paging);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        className,
        mutation,
        subscription,
        document,
        sourceFile,
        variables,
        data,
        fragments,
        typesPackage,
        paging);
  }
}
