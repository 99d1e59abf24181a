package dev.optixgql.processor.ir;

/**
 * A named fragment, lowered against its type condition: generated as an interface that every
 * response record spreading it implements, so operations can hand out the fragment's type.
 *
 * @param sourceFile the project-relative {@code .graphql} path it was written in
 */
public record IrFragment(String name, String sourceFile, IrModel model) {
  // equals and hashCode written out, as for every IR value compared on the clean path: see
  // ClientDeclaration.equals.
  @Override
  public boolean equals(Object other) {
    return other instanceof IrFragment that
        && name.equals(that.name)
        && java.util.Objects.equals(sourceFile, that.sourceFile)
        && model.equals(that.model);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, sourceFile, model);
  }
}
