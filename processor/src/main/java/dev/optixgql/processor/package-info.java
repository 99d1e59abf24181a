/**
 * The annotation processor: javac hands {@link dev.optixgql.processor.OptixGqlProcessor} each
 * round's {@code @GraphQLClient} interfaces, and {@code ProcessingStep} runs the pipeline whose
 * stages are this package's subpackages, layered so each imports only those below it (checked by
 * {@code PackageLayersTest}): {@code diagnostic}, {@code options}, {@code ir}, {@code naming},
 * {@code cache}, {@code schema} (stage 1), {@code document} (2), {@code validation} (3), {@code
 * lowering} (4), {@code binding} (4, methods to operations), {@code codegen} (5), {@code writing}
 * (6). See ARCHITECTURE.md, "The processor: a pipeline".
 */
package dev.optixgql.processor;
