package dev.optixgql.processor.ir;

/**
 * A named fragment, lowered against its type condition: generated as an interface that every
 * response record spreading it implements, so operations can hand out the fragment's type.
 *
 * @param sourceFile the project-relative {@code .graphql} path it was written in
 */
public record IrFragment(String name, String sourceFile, IrModel model) {}
