package dev.optixgql.processor.generative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.optixgql.processor.CompiledClasses;
import dev.optixgql.processor.OptixGqlProcessor;
import dev.optixgql.runtime.Operation;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random operations that graphql-java validates (nested and recursive fragments, aliases,
 * interfaces and unions) must compile, and every generated reader must decode a response built for
 * its operation. Over a small recursive schema and the real Optix schema. Seeded and reproducible:
 * {@code -Doptixgql.generative.batches=N} runs more batches, {@code -Doptixgql.generative.seed=S}
 * starts elsewhere.
 */
class GenerativeTest {
  private static final String SMALL =
      """
      interface Node { id: ID! }
      interface Named { name: String }
      type Query {
        me: User
        node(id: ID!): Node
        nodes(first: Int = 10): [Node!]!
        search(text: String!): [Result]
        posts(kind: Kind): [Post!]
      }
      type User implements Node & Named {
        id: ID!
        name: String
        age: Int
        friends: [User!]!
        best: User
        posts: [Post!]
        kind: Kind!
      }
      type Post implements Node {
        id: ID!
        title: String!
        author: User!
        tags: [String!]
        score: Float
        likes: [User]
      }
      type Group implements Node & Named {
        id: ID!
        name: String
        members: [User!]!
        parent: Group
      }
      union Result = User | Post | Group
      enum Kind { SMALL LARGE }
      """;

  /** Batches of random operations: 4 in {@code ./mvnw verify}, 8 in the full run .ci/run makes. */
  private static final int BATCHES =
      Integer.getInteger(
          "optixgql.generative.batches", Boolean.getBoolean("optixgql.fuzz.full") ? 8 : 4);

  private static final long SEED = Long.getLong("optixgql.generative.seed", 20261202L);
  private static final int RESPONSES = 3;

  @TempDir Path dir;

  @Test
  void randomOperationsOverARecursiveSchemaCompileAndDecode() throws Exception {
    Tally tally = run("small", SMALL, BATCHES, 30, 4);
    System.out.println("GenerativeTest (small schema): " + tally);
    assertTrue(tally.compiled >= BATCHES * 15, tally::toString);
  }

  @Test
  void randomOperationsOverTheOptixSchemaCompileAndDecode() throws Exception {
    Path shared = Path.of(System.getProperty("optixgql.shared", "../../shared"));
    Path full = shared.resolve("optix/schema.full.graphql");
    assumeTrue(Files.isRegularFile(full), "the real Optix schema is not beside the clone");
    Tally tally = run("optix", Files.readString(full), Math.max(2, BATCHES / 2), 25, 3);
    System.out.println("GenerativeTest (Optix schema): " + tally);
    assertTrue(tally.compiled >= BATCHES / 2 * 10, tally::toString);
  }

  /** How many operations were written, kept (valid), compiled and decoded. */
  private static final class Tally {
    int written;
    int kept;
    int compiled;
    int decoded;

    @Override
    public String toString() {
      return written
          + " written, "
          + kept
          + " valid, "
          + compiled
          + " compiled, "
          + decoded
          + " responses decoded";
    }
  }

  private Tally run(String name, String sdl, int batches, int perBatch, int depth)
      throws Exception {
    GraphQLSchema schema =
        new SchemaGenerator()
            .makeExecutableSchema(new SchemaParser().parse(sdl), RuntimeWiring.MOCKED_WIRING);
    Tally tally = new Tally();
    for (int batch = 0; batch < batches; batch++) {
      final long seed = SEED + batch * 7919L + name.hashCode();
      final int thisBatch = batch;
      OperationGenerator generator = new OperationGenerator(schema, seed, depth, "B" + batch);
      List<String> operations = new ArrayList<>();
      StringBuilder document = new StringBuilder();
      for (int i = 0; i < perBatch; i++) {
        String operation = "Op" + batch + "x" + i;
        String text = generator.operation(operation);
        tally.written++;
        Document parsed = Parser.parse(text);
        if (!new Validator().validateDocument(schema, parsed, Locale.ROOT).isEmpty()) {
          continue;
        }
        tally.kept++;
        operations.add(operation);
        document.append(text).append('\n');
      }
      Path project = dir.resolve(name + batch);
      Path root = project.resolve("src/main/graphql");
      Files.createDirectories(root);
      Files.writeString(root.resolve("schema.graphqls"), sdl);
      Files.writeString(root.resolve("ops.graphql"), document.toString());
      Compilation compilation = compile(project, root, operations);
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
        errors.add(error.getMessage(Locale.ROOT));
      }
      assertEquals(
          List.of(), errors, () -> "seed " + seed + ", batch " + thisBatch + ":\n" + document);
      tally.compiled += operations.size();
      ClassLoader loader = CompiledClasses.loader(compilation);
      assertFragmentsImplemented(
          Parser.parse(document.toString()), loader, CompiledClasses.names(compilation), seed);
      ResponseBuilder responses = new ResponseBuilder(schema, seed);
      for (String operation : operations) {
        Operation<?> instance =
            (Operation<?>)
                loader
                    .loadClass("test." + operation + "Query")
                    .getDeclaredConstructor()
                    .newInstance();
        Document parsed = Parser.parse(instance.document());
        for (int r = 0; r < RESPONSES; r++) {
          String data = responses.data(parsed);
          try (JsonParser in = new JsonFactory().createParser(data)) {
            in.nextToken();
            Object decoded;
            try {
              decoded = instance.readData(in);
            } catch (IOException | RuntimeException e) {
              throw new AssertionError(
                  operation + " (seed " + seed + ") could not decode " + data + ": " + e, e);
            }
            assertNotNull(decoded);
            tally.decoded++;
            // The test builders' writer gives back what was read: decoded → JSON → decoded.
            assertEquals(decoded, reread(instance, fakesJson(loader, operation, decoded)), data);
          }
        }
        // The builders' defaults are valid data: written and read back unchanged.
        Object defaults = fakesDefaults(loader, operation);
        assertEquals(defaults, reread(instance, fakesJson(loader, operation, defaults)), operation);
      }
    }
    return tally;
  }

  /**
   * Every fragment of the document is an interface that some record implements (a record of the
   * fragment's own type, or a variant of a union or interface that spreads it for one member).
   */
  private static void assertFragmentsImplemented(
      Document document, ClassLoader loader, List<String> classes, long seed)
      throws ClassNotFoundException {
    List<Class<?>> records = new ArrayList<>();
    for (String name : classes) {
      Class<?> type = loader.loadClass(name);
      if (type.isRecord()) {
        records.add(type);
      }
    }
    for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
      Class<?> type;
      try {
        type = loader.loadClass("test." + fragment.getName());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(
            "no interface generated for " + fragment.getName() + " (seed " + seed + ")", e);
      }
      assertTrue(type.isInterface(), () -> type + " (seed " + seed + ")");
      assertTrue(
          records.stream().anyMatch(type::isAssignableFrom),
          () -> "no record implements " + fragment.getName() + " (seed " + seed + ")");
    }
  }

  private static Object reread(Operation<?> operation, String json) throws IOException {
    try (JsonParser in = new JsonFactory().createParser(json)) {
      in.nextToken();
      return operation.readData(in);
    }
  }

  private static String fakesJson(ClassLoader loader, String operation, Object data)
      throws ReflectiveOperationException {
    Class<?> fakes = loader.loadClass("test." + operation + "QueryFakes");
    Class<?> dataType = loader.loadClass("test." + operation + "Query$Data");
    return (String) fakes.getMethod("json", dataType).invoke(null, data);
  }

  private static Object fakesDefaults(ClassLoader loader, String operation)
      throws ReflectiveOperationException {
    Class<?> fakes = loader.loadClass("test." + operation + "QueryFakes");
    Object builder = fakes.getMethod("data").invoke(null);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static Compilation compile(Path project, Path root, List<String> operations) {
    StringBuilder api =
        new StringBuilder(
            "package test;\n\nimport dev.optixgql.runtime.GraphQLClient;\n"
                + "import dev.optixgql.runtime.GraphQLOperation;\n\n"
                + "@GraphQLClient(schema = \"schema.graphqls\")\npublic interface Api {\n");
    for (String operation : operations) {
      api.append("  @GraphQLOperation(\"")
          .append(operation)
          .append("\")\n  ")
          .append(operation)
          .append("Query.Data ")
          .append(Character.toLowerCase(operation.charAt(0)))
          .append(operation.substring(1))
          .append("();\n");
    }
    api.append("}\n");
    return Compiler.javac()
        .withProcessors(new OptixGqlProcessor())
        .withOptions(
            "-Aoptixgql.graphqlDir=" + root,
            "-Aoptixgql.projectDir=" + project,
            "-Aoptixgql.severity.Deprecation=ignore",
            "-Aoptixgql.severity.UnmappedScalar=ignore",
            "-Aoptixgql.testBuilders=true")
        .compile(JavaFileObjects.forSourceString("test.Api", api.toString()));
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
