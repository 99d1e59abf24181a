package dev.optixgql.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.optixgql.processor.syntax.DocumentReader;
import graphql.Scalars;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.validation.QueryComplexityLimits;
import graphql.validation.Validator;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Loads and initializes, on a spare core, the library code the later stages will run:
 * graphql-java's schema builder (its introspection types and built-in directives), its validator
 * and messages, and JavaPoet, by building a one-field schema, validating a one-field operation
 * against it and rendering a one-method class. In a fresh JVM (every clean command-line build) that
 * start-up is a few hundred milliseconds of class loading and static initialization; here it runs
 * while javac's thread parses the operation files and stage 1 outlines the snapshot, instead of
 * after them (issue 25: for 14 operations about 120 ms less inside the processor, measured side by
 * side in fresh JVMs; for one, within the noise). It touches nothing the build uses and reports
 * nothing: whatever it fails to load, the stages load themselves. Started only for a clean build (a
 * snapshot built beside stage 2; a build from the cache may need none of it), and not on a single
 * core, where it would only compete.
 */
final class Warmup implements Runnable {
  private Warmup() {}

  /** Starts the warm-up on a daemon thread of its own, if there is a spare core. */
  static void start() {
    if (Runtime.getRuntime().availableProcessors() > 1) {
      Thread thread = new Thread(null, new Warmup(), "optixgql-warmup", 4L << 20);
      thread.setDaemon(true);
      thread.start();
    }
  }

  @Override
  public void run() {
    try {
      // As SchemaAssembly builds a lean schema: graphql-java's fast builder, validating.
      GraphQLSchema schema =
          new GraphQLSchema.FastBuilder(
                  GraphQLCodeRegistry.newCodeRegistry(),
                  GraphQLObjectType.newObject()
                      .name("Query")
                      .field(field -> field.name("a").type(Scalars.GraphQLString))
                      .build(),
                  null,
                  null)
              .withValidation(true)
              .build();
      new Validator()
          .validateDocument(
              schema,
              DocumentReader.executable("query W { a }", "warm-up"),
              rule -> true,
              Locale.ROOT,
              QueryComplexityLimits.NONE);
      JavaFile.builder(
              "warm.up",
              TypeSpec.classBuilder("W")
                  .addModifiers(Modifier.FINAL)
                  .addMethod(
                      MethodSpec.methodBuilder("a")
                          .returns(String.class)
                          .addStatement("return $S", "a")
                          .build())
                  .build())
          .build()
          .toString();
    } catch (RuntimeException | LinkageError e) {
      // Nothing to report: the stages load what they need themselves.
    }
  }
}
