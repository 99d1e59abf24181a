package dev.optixgql.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.Validator;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Loads the code the first round needs while javac is still parsing and entering the project's
 * sources. In a fresh JVM (a command-line build) most of the processor's fixed cost is loading and
 * initializing graphql-java's and JavaPoet's classes (measured: 1.6 s of a one-operation compile on
 * the Optix schema); a thread started at {@code init} does that on a tiny schema beside javac's own
 * work. The first {@code process} joins it before touching those classes, so the two threads never
 * initialize classes at the same time; any failure here is ignored (the real work reports its own).
 */
final class Warmup {
  private static final String SCHEMA =
      "type Query { a(b: Int = 1): A }  type A { c: String @deprecated }  enum E { X }"
          + "  input I { d: E! }  scalar S";

  private final Thread thread;

  private Warmup(Thread thread) {
    this.thread = thread;
  }

  static Warmup start() {
    Thread thread = new Thread(Warmup::run, "optixgql-warm-up");
    thread.setDaemon(true);
    thread.start();
    return new Warmup(thread);
  }

  /** Waits for the warm-up to end (at once when it has). */
  void await() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void run() {
    try {
      TypeDefinitionRegistry registry = new SchemaParser().parse(SCHEMA);
      GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
      Document document = Parser.parse("query Q($b: Int) { a(b: $b) { c } }");
      new Validator().validateDocument(schema, document, Locale.ROOT);
      JavaFile.builder(
              "warm.up",
              TypeSpec.recordBuilder("Q")
                  .addMethod(
                      MethodSpec.methodBuilder("c")
                          .addModifiers(Modifier.PUBLIC)
                          .returns(String.class)
                          .addStatement("return $S", "c")
                          .build())
                  .build())
          .build()
          .toString();
    } catch (RuntimeException | LinkageError e) {
      // The real work meets the same problem and reports it where it belongs.
    }
  }
}
