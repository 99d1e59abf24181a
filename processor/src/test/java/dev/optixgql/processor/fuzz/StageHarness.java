package dev.optixgql.processor.fuzz;

import com.palantir.javapoet.JavaFile;
import dev.optixgql.processor.cache.BuildCache;
import dev.optixgql.processor.codegen.EnumWriter;
import dev.optixgql.processor.codegen.FragmentWriter;
import dev.optixgql.processor.codegen.GeneratedFiles;
import dev.optixgql.processor.codegen.InputObjectWriter;
import dev.optixgql.processor.codegen.OperationWriter;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.DocumentParser;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.ir.IrEnum;
import dev.optixgql.processor.ir.IrFragment;
import dev.optixgql.processor.ir.IrInputObject;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrPackage;
import dev.optixgql.processor.ir.UsedTypes;
import dev.optixgql.processor.lowering.OperationLowering;
import dev.optixgql.processor.lowering.PackageAssembler;
import dev.optixgql.processor.lowering.ScalarTypes;
import dev.optixgql.processor.lowering.SchemaTypeLowering;
import dev.optixgql.processor.options.ProjectPaths;
import dev.optixgql.processor.schema.SchemaLoader;
import dev.optixgql.processor.schema.SchemaSnapshot;
import dev.optixgql.processor.validation.OperationDocuments;
import dev.optixgql.processor.validation.OperationValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs the processor's stages on one variant without javac, composed as {@code ProcessingStep}
 * composes them: load the snapshot, parse the documents, then validate, lower and generate every
 * operation with its fragments, enums and input objects. (Client implementations need a javac
 * element: {@link JavacHarness} covers them.)
 */
final class StageHarness {
  static final String PACKAGE = "fuzz.generated";
  private static final GeneratedFiles.Target TARGET = new GeneratedFiles.Target(PACKAGE, true);

  /** A site without a Java element: non-null so validation also reports deprecations. */
  private static final JavaSite SITE = new JavaSite(null, null, null);

  /**
   * The outcome, the operations that came out clean (the javac harness binds them) and every
   * diagnostic as printed.
   */
  record Result(Outcome outcome, List<IrOperation> operations, List<String> rendered) {}

  private final VariantFiles files;
  private final Map<String, SchemaSnapshot> snapshots = new HashMap<>();
  private String stage;

  StageHarness(Path projectDir) {
    this.files = new VariantFiles(projectDir);
  }

  /**
   * Runs {@code contents} (every file of {@code source}, one perhaps mutated). When only {@code
   * mutatedFile}, an operation file, changed, the source's clean snapshot is reused and only the
   * operations that file can change are validated and generated (the others come out as in the
   * clean run); when it is {@code null} or the snapshot, everything is loaded and run.
   */
  Result run(FuzzSource source, Map<String, String> contents, String mutatedFile) {
    boolean schemaMutated = mutatedFile == null || mutatedFile.equals(source.schemaPath());
    files.write(contents);
    SchemaSnapshot clean = schemaMutated ? null : cleanSnapshot(source);
    Diagnostics diagnostics = new Diagnostics();
    List<IrOperation> operations = new ArrayList<>();
    try {
      stage = "load snapshot";
      Path root = files.root();
      ProjectPaths paths = files.paths();
      Optional<SchemaSnapshot> snapshot =
          clean != null
              ? Optional.of(clean)
              : new SchemaLoader(root, paths, diagnostics, BuildCache.in(null))
                  .load(source.schemaPath(), null);
      stage = "parse documents";
      Set<Path> schemaFiles =
          Set.of(root.resolve(source.schemaPath()).toAbsolutePath().normalize());
      DocumentIndex documents =
          new DocumentParser(root, paths, diagnostics, BuildCache.in(null)).parseAll(schemaFiles);
      if (snapshot.isPresent()) {
        Path changed =
            schemaMutated ? null : root.resolve(mutatedFile).toAbsolutePath().normalize();
        operations = generate(documents, snapshot.get(), changed, diagnostics);
      }
    } catch (RuntimeException | Error e) {
      return new Result(Outcome.exception(stage, e), List.of(), List.of());
    }
    List<String> rendered = diagnostics.all().stream().map(d -> d.render()).toList();
    return new Result(Outcome.of(diagnostics.all()), operations, rendered);
  }

  private SchemaSnapshot cleanSnapshot(FuzzSource source) {
    return snapshots.computeIfAbsent(
        source.name(),
        k -> {
          Diagnostics diagnostics = new Diagnostics();
          return new SchemaLoader(files.root(), files.paths(), diagnostics, BuildCache.in(null))
              .load(source.schemaPath(), null)
              .orElseThrow(() -> new IllegalStateException(k + ": " + diagnostics.all()));
        });
  }

  /**
   * Stages 3 to 5 for every operation (or those {@code changed}, a file, can affect), as {@code
   * ProcessingStep.bindClient} and {@code run} compose them.
   */
  private List<IrOperation> generate(
      DocumentIndex documents, SchemaSnapshot snapshot, Path changed, Diagnostics diagnostics) {
    PackageAssembler assembler = new PackageAssembler(diagnostics);
    ScalarTypes scalars = new ScalarTypes(Map.of(), snapshot::schema, diagnostics, SITE);
    Map<String, List<IrFragment>> loweredWith = new HashMap<>();
    List<IrOperation> clean = new ArrayList<>();
    for (OperationSource operation : documents.operations().values()) {
      if (changed != null && !reaches(operation, documents, changed)) {
        continue;
      }
      stage = "validate " + operation.name();
      if (!new OperationValidator(diagnostics).validate(operation, documents, snapshot, SITE)) {
        continue;
      }
      stage = "lower " + operation.name();
      UsedTypes used = UsedTypes.empty();
      IrOperation ir =
          new OperationLowering(diagnostics)
              .lower(operation, documents, snapshot, SITE, used, scalars, PACKAGE);
      if (ir == null || !assembler.addOperation(PACKAGE, ir, SITE)) {
        continue;
      }
      clean.add(ir);
      for (IrFragment fragment : ir.fragments()) {
        if (assembler.addFragment(PACKAGE, fragment, SITE)) {
          loweredWith.putIfAbsent(fragment.name(), ir.fragments());
        }
      }
      for (String name : used.enums()) {
        assembler.addEnum(PACKAGE, SchemaTypeLowering.enumOf(snapshot.schema(), name), SITE);
      }
      for (String name : used.inputObjects()) {
        assembler.addInputObject(
            PACKAGE, SchemaTypeLowering.inputObjectOf(snapshot.schema(), name, scalars), SITE);
      }
    }
    String schema = snapshot.displayPath();
    for (IrPackage pkg : assembler.build()) {
      for (IrOperation op : pkg.operations()) {
        String name = op.className();
        emit("write " + name, () -> OperationWriter.write(TARGET, op, List.of(), null));
      }
      for (IrFragment fragment : pkg.fragments()) {
        List<IrFragment> with = loweredWith.get(fragment.name());
        emit(
            "write fragment " + fragment.name(),
            () -> FragmentWriter.write(TARGET, fragment, with, List.of()));
      }
      for (IrEnum type : pkg.enums()) {
        emit("write enum " + type.name(), () -> EnumWriter.write(TARGET, type, schema, List.of()));
      }
      for (IrInputObject type : pkg.inputObjects()) {
        emit(
            "write input " + type.name(),
            () -> InputObjectWriter.write(TARGET, type, schema, List.of()));
      }
    }
    return clean;
  }

  /** Whether {@code operation} or a fragment it spreads is written in {@code file}. */
  private static boolean reaches(OperationSource operation, DocumentIndex documents, Path file) {
    if (operation.file().path().equals(file)) {
      return true;
    }
    return OperationDocuments.fragmentsOf(operation, documents).stream()
        .anyMatch(fragment -> fragment.file().path().equals(file));
  }

  /**
   * Writes and renders one file, as the Filer would; the stage names the writer should it throw.
   */
  private void emit(String stageName, Supplier<JavaFile> writer) {
    stage = stageName;
    JavaFile file = writer.get();
    stage = stageName + " (JavaFile.toString)";
    if (file.toString().isEmpty()) {
      throw new IllegalStateException("empty file " + file.typeSpec().name());
    }
  }
}
