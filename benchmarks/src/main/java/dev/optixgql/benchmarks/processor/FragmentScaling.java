package dev.optixgql.benchmarks.processor;

import graphql.schema.GraphQLSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fragment-scaling harness (issue 25): documents of 10, 50, 250 and 1,000 fragments in three
 * shapes ({@code deep}, {@code wide}, {@code mixed}, see {@link #SHAPES}) over the synthetic schema
 * of about 4,000 types ({@link SyntheticSchema}) and over the real Optix schema where the shape
 * fits in it, then one realistic large document (about 300 fragments, 4,000 lines, the three
 * shapes). Each case is one project compiled by javac with the processor in a fresh JVM ({@link
 * ScalingCompile}, killed at a time limit), then by plain javac over what it generated; the table
 * shows how time, heap and output grow per doubling of fragments.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.optixgql.benchmarks.processor.FragmentScaling
 * [optix-schema.graphql] [time limit, seconds]}; {@code -DkeepWorkspace=true} keeps the projects,
 * {@code -Donly=realistic} runs the realistic document alone.
 */
public final class FragmentScaling {
  private static final String DEFAULT_SCHEMA = "../shared/optix/schema.full.graphql";
  private static final int[] SIZES = {10, 50, 250, 1_000};

  /**
   * The stack of the thread javac runs on in each child: graphql-java builds a schema's types
   * recursively, where a field first refers to them, and on the synthetic schema that overflows the
   * default stack (the first row shows it); {@code -Doptixgql.scaling.stackMb=0} runs every compile
   * on the default stack.
   */
  private static final int STACK_MB = Integer.getInteger("optixgql.scaling.stackMb", 512);

  /**
   * deep: 8 levels, each fragment spreading up to 6 of the next level's (neighbours share targets:
   * diamonds); wide: 2 levels, a few fragments spreading up to 24 each; mixed: 4 levels, up to 3
   * spreads per fragment, each beside a field of its own ({@code next0 { id ...F }}).
   */
  static final List<FragmentDocument.Shape> SHAPES =
      List.of(
          new FragmentDocument.Shape("deep", 8, 6, false, 3, "d"),
          new FragmentDocument.Shape("wide", 2, 24, false, 3, "w"),
          new FragmentDocument.Shape("mixed", 4, 3, true, 3, "d"));

  private FragmentScaling() {}

  public static void main(String[] args) throws Exception {
    Path optixFile = Path.of(args.length > 0 ? args[0] : DEFAULT_SCHEMA);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 120;
    String synthetic = SyntheticSchema.sdl();
    System.out.printf(
        Locale.ROOT,
        "Fragment scaling: each case one project, compiled in a fresh JVM by javac with the"
            + " processor (-processorpath, cache off), time limit %d s; then plain javac"
            + " (-proc:none) over the interface and what the processor generated.%n"
            + "  synthetic: %,d types, %,d KB of SDL (generated, same every run); snapshots are kept as"
            + " introspection JSON%n",
        limit,
        SyntheticSchema.typeCount(),
        synthetic.length() / 1024);
    List<Schema> schemas = new ArrayList<>(List.of(new Schema("synthetic", synthetic, "")));
    if (Files.isRegularFile(optixFile)) {
      String sdl = Files.readString(optixFile, StandardCharsets.UTF_8);
      System.out.printf(Locale.ROOT, "  optix: %s, %,d KB%n", optixFile, sdl.length() / 1024);
      schemas.add(new Schema("optix", sdl, null));
    } else {
      System.out.println("  optix: no schema at " + optixFile.toAbsolutePath() + ", skipped");
    }
    describeShapes();
    if (System.getProperty("only", "").equals("realistic")) {
      realistic(schemas.get(0), limit);
      return;
    }
    ScalingTable table = new ScalingTable();
    FragmentDocument.Shape deep = SHAPES.get(0);
    FragmentDocument.Result stackCase =
        FragmentDocument.write(schemas.get(0).graphql(), deep, widths(deep, 10), "Stack10");
    table.row(
        "default stack",
        stackCase,
        compile(schemas.get(0), List.of("Stack10"), List.of(stackCase), limit, 0));
    for (Schema schema : schemas) {
      for (FragmentDocument.Shape shape : SHAPES) {
        rows(table, schema, shape, limit);
      }
    }
    table.finish();
    realistic(schemas.get(0), limit);
  }

  private static void describeShapes() {
    for (FragmentDocument.Shape shape : SHAPES) {
      System.out.printf(
          Locale.ROOT,
          "  %s: %d levels, up to %d spreads per fragment%s, %d leaf fields per fragment%n",
          shape.name(),
          shape.levels(),
          shape.fanOut(),
          shape.beside() ? ", each beside a leaf field" : "",
          shape.scalars());
    }
    System.out.printf(
        Locale.ROOT,
        "  javac runs on a thread with a %d MB stack (see the first row for the JVM's default)%n",
        STACK_MB);
    System.out.printf(
        Locale.ROOT,
        "  javac runs on a thread with a %d MB stack (see the first row for the JVM's default)%n",
        STACK_MB);
  }

  /** One shape's rows on one schema: each size a point, unless the schema holds no more. */
  private static void rows(
      ScalingTable table, Schema schema, FragmentDocument.Shape shape, int limit) throws Exception {
    FragmentDocument.Shape onSchema =
        schema.rootPrefix == null
            ? new FragmentDocument.Shape(
                shape.name(), shape.levels(), shape.fanOut(), shape.beside(), shape.scalars(), "")
            : shape;
    int reached = 0;
    for (int size : SIZES) {
      String prefix = capitalized(onSchema.name()) + size;
      FragmentDocument.Result document =
          FragmentDocument.write(schema.graphql(), onSchema, widths(onSchema, size), prefix);
      String label = schema.name + " " + onSchema.name();
      // A schema too small for the size: what it holds is still a point of the curve,
      // unless the size before reached the same fragments.
      if (document.fragments() < size && document.fragments() <= reached) {
        table.unfit(label, size, document.fragments());
        continue;
      }
      reached = document.fragments();
      table.row(
          label,
          document,
          compile(schema, List.of(prefix), List.of(document), limit, STACK_MB),
          size);
    }
  }

  /**
   * About 300 fragments and 4,000 lines: 100 deep (fan-out 3), 100 wide, 100 mixed, each fragment
   * selecting 4 leaf fields; three operations in one project, one compile.
   */
  private static void realistic(Schema schema, int limit) throws Exception {
    List<String> names = new ArrayList<>();
    List<FragmentDocument.Result> documents = new ArrayList<>();
    for (FragmentDocument.Shape base : SHAPES) {
      FragmentDocument.Shape shape =
          new FragmentDocument.Shape(
              base.name(),
              base.levels(),
              base.name().equals("wide") ? base.fanOut() : 3,
              base.beside(),
              4,
              base.rootPrefix());
      String name = "Large" + capitalized(shape.name());
      names.add(name);
      documents.add(FragmentDocument.write(schema.graphql(), shape, widths(shape, 100), name));
    }
    Compiled compiled = compile(schema, names, documents, limit, STACK_MB);
    int fragments = documents.stream().mapToInt(FragmentDocument.Result::fragments).sum();
    int lines = documents.stream().mapToInt(FragmentDocument.Result::lines).sum();
    System.out.printf(
        Locale.ROOT,
        "Realistic large document (synthetic schema; deep, wide and mixed, fan-out 3, 24, 3):"
            + " %d fragments, %,d lines in 3 operations%n",
        fragments,
        lines);
    ScalingTable.describe(compiled);
  }

  /** Fragments per level, level 0 first: wide puts 1 in 25 at the top, the others split evenly. */
  static int[] widths(FragmentDocument.Shape shape, int size) {
    int[] widths = new int[shape.levels()];
    if (shape.levels() == 2) {
      widths[0] = (size + shape.fanOut()) / (shape.fanOut() + 1);
      widths[1] = size - widths[0];
      return widths;
    }
    for (int level = 0; level < widths.length; level++) {
      widths[level] = size / widths.length + (level < size % widths.length ? 1 : 0);
    }
    return widths;
  }

  /** The processor's compile, then (if it finished cleanly) plain javac over its output. */
  private static Compiled compile(
      Schema schema,
      List<String> names,
      List<FragmentDocument.Result> documents,
      int limit,
      int stackMb)
      throws IOException, InterruptedException {
    Path root = Files.createTempDirectory("optixgql-scaling");
    try {
      String snapshot = "schema/" + schema.name + ".json";
      write(root.resolve("graphql").resolve(snapshot), schema.snapshot());
      for (int i = 0; i < names.size(); i++) {
        write(root.resolve("graphql/ops/" + names.get(i) + ".graphql"), documents.get(i).text());
      }
      write(root.resolve("src/bench/scaling/ScalingApi.java"), clientSource(snapshot, names));
      ScalingChild processor = ScalingChild.run(root, true, limit, stackMb);
      ScalingChild plain = null;
      if (processor.ok()) {
        Files.move(root.resolve("run-processor/generated"), root.resolve("reference"));
        plain = ScalingChild.run(root, false, limit, stackMb);
      }
      return new Compiled(processor, plain);
    } finally {
      if (Boolean.getBoolean("keepWorkspace")) {
        System.out.println("Workspace kept: " + root);
      } else {
        Workspace.delete(root);
      }
    }
  }

  private static String clientSource(String snapshot, List<String> names) {
    StringBuilder out = new StringBuilder("package bench.scaling;\n\n");
    out.append("import dev.optixgql.runtime.GraphQLClient;\n");
    out.append("import dev.optixgql.runtime.GraphQLOperation;\n");
    out.append("import dev.optixgql.runtime.TokenKind;\n\n");
    out.append("@GraphQLClient(schema = \"").append(snapshot);
    out.append("\", token = TokenKind.ORGANIZATION)\npublic interface ScalingApi {\n");
    for (String name : names) {
      out.append("  @GraphQLOperation(\"").append(name).append("\")\n  ").append(name);
      out.append("Query.Data ").append(name.toLowerCase(Locale.ROOT)).append("();\n");
    }
    return out.append("}\n").toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String capitalized(String name) {
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /** The processor's compile and the plain-javac one after it (null if the first failed). */
  record Compiled(ScalingChild processor, ScalingChild plain) {}

  /** A schema's SDL, parsed once for the generator; a null prefix takes every root field. */
  private static final class Schema {
    final String name;
    final String sdl;
    final String rootPrefix;
    private volatile GraphQLSchema parsed;
    private String json;

    Schema(String name, String sdl, String rootPrefix) {
      this.name = name;
      this.sdl = sdl;
      this.rootPrefix = rootPrefix;
    }

    /**
     * Built on a thread with a 1 GB stack: graphql-java's SDL schema generator builds each type
     * where a field first refers to it, recursively, and the synthetic schema's chains of
     * references overflow a default thread's stack.
     */
    GraphQLSchema graphql() throws InterruptedException {
      if (parsed == null) {
        Thread builder =
            new Thread(null, () -> parsed = IntrospectionSnapshot.schema(sdl), "sdl", 1L << 30);
        builder.start();
        builder.join();
        if (parsed == null) {
          throw new IllegalStateException("The " + name + " schema did not build");
        }
      }
      return parsed;
    }

    /** The snapshot as a project keeps it: introspection JSON, download-schema's default. */
    String snapshot() throws InterruptedException {
      if (json == null) {
        json = IntrospectionSnapshot.json(graphql());
      }
      return json;
    }
  }
}
