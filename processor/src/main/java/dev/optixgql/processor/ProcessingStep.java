package dev.optixgql.processor;

import dev.optixgql.processor.binding.BindingValidator;
import dev.optixgql.processor.binding.ClientDeclaration;
import dev.optixgql.processor.binding.ClientReader;
import dev.optixgql.processor.binding.MethodDeclaration;
import dev.optixgql.processor.binding.ModuleReads;
import dev.optixgql.processor.codegen.ClientImplWriter;
import dev.optixgql.processor.codegen.EnumWriter;
import dev.optixgql.processor.codegen.FragmentWriter;
import dev.optixgql.processor.codegen.GeneratedFiles;
import dev.optixgql.processor.codegen.InputObjectWriter;
import dev.optixgql.processor.codegen.OperationWriter;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.diagnostic.Suggestions;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.DocumentParser;
import dev.optixgql.processor.document.FragmentSource;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.ir.IrClient;
import dev.optixgql.processor.ir.IrEnum;
import dev.optixgql.processor.ir.IrFragment;
import dev.optixgql.processor.ir.IrInputObject;
import dev.optixgql.processor.ir.IrMethod;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrPackage;
import dev.optixgql.processor.ir.JavaLimits;
import dev.optixgql.processor.ir.OperationLowering;
import dev.optixgql.processor.ir.PackageAssembler;
import dev.optixgql.processor.ir.ScalarTypes;
import dev.optixgql.processor.ir.SchemaTypeLowering;
import dev.optixgql.processor.ir.UsedTypes;
import dev.optixgql.processor.options.GraphQLRootLocator;
import dev.optixgql.processor.options.ProcessorOptions;
import dev.optixgql.processor.options.ProjectPaths;
import dev.optixgql.processor.schema.SchemaLoader;
import dev.optixgql.processor.schema.SchemaSnapshot;
import dev.optixgql.processor.validation.OperationDocuments;
import dev.optixgql.processor.validation.OperationValidator;
import dev.optixgql.processor.writing.SourceWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * One processing run, as numbered stages: (0) read the annotated interfaces and options, (1) load
 * schema snapshots, (2) parse every {@code .graphql} file, (3) validate each bound operation, (4)
 * lower it to the IR and bind each method, (5) generate from the IR, (6) write. Every stage reports
 * into one {@link Diagnostics}; only clean units are generated.
 */
final class ProcessingStep {
  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;

  private final GraphQLRootLocator rootLocator;
  private final Map<String, String> written;

  /** The token kinds of the interfaces binding each operation class, by qualified name. */
  private final Map<String, Set<String>> bindingKinds = new HashMap<>();

  /**
   * @param rootLocator the compilation's, shared by its rounds
   * @param written the types written by earlier rounds of the compilation, by name, with their text
   */
  ProcessingStep(
      ProcessingEnvironment env,
      Diagnostics diagnostics,
      GraphQLRootLocator rootLocator,
      Map<String, String> written) {
    this.env = env;
    this.diagnostics = diagnostics;
    this.rootLocator = rootLocator;
    this.written = written;
  }

  /** A validated, lowered operation against one schema: {@code null} when it has errors. */
  private record Lowered(IrOperation operation, UsedTypes used) {}

  void run(List<Element> annotated) {
    // Stage 0: options and the interfaces.
    ProcessorOptions options = ProcessorOptions.from(env.getOptions());
    options.applyTo(diagnostics);
    ClientReader reader = new ClientReader(env.getElementUtils(), diagnostics);
    List<ClientDeclaration> clients = new ArrayList<>();
    for (Element element : annotated) {
      ClientDeclaration client = guarded(element, () -> reader.read(element));
      if (client != null) {
        clients.add(client);
      }
    }
    if (clients.isEmpty()) {
      return;
    }
    Path root = graphqlRoot(options, clients);
    if (root == null) {
      return;
    }
    ProjectPaths paths = ProjectPaths.forRoot(root, options.projectDir());

    // Stage 1: schema snapshots, once per file.
    SchemaLoader schemas = new SchemaLoader(root, paths, diagnostics);
    Map<ClientDeclaration, SchemaSnapshot> snapshots = new LinkedHashMap<>();
    Set<Path> schemaFiles = new HashSet<>();
    for (ClientDeclaration client : clients) {
      schemaFiles.add(root.resolve(client.schemaPath()).toAbsolutePath().normalize());
      Optional<SchemaSnapshot> snapshot =
          guarded(client.element(), () -> schemas.load(client.schemaPath(), client.schemaSite()));
      if (snapshot != null && snapshot.isPresent()) {
        snapshots.put(client, snapshot.get());
      }
    }

    Map<Path, String> typesPackages = typesPackages(options, snapshots);

    // Stage 2: every operation file under the root.
    DocumentIndex documents = new DocumentParser(root, paths, diagnostics).parseAll(schemaFiles);

    // Stages 3 and 4, per client: validate, lower, bind.
    PackageAssembler assembler = new PackageAssembler(diagnostics);
    Map<String, Lowered> lowered = new HashMap<>();
    Map<String, List<Element>> origins = new TreeMap<>();
    Map<String, String> schemaOf = new HashMap<>();
    Map<String, List<IrFragment>> loweredWith = new HashMap<>();
    Set<String> bound = new HashSet<>();
    for (ClientDeclaration client : clients) {
      SchemaSnapshot snapshot = snapshots.get(client);
      for (MethodDeclaration method : client.methods()) {
        bound.add(method.operationName());
      }
      if (snapshot == null) {
        continue; // its schema's problem is reported
      }
      guarded(
          client.element(),
          () -> {
            if (client
                .element()
                .getSimpleName()
                .contentEquals(options.raw().getOrDefault(ProcessorOptions.FAIL_FOR, ""))) {
              throw new IllegalStateException("injected by -A" + ProcessorOptions.FAIL_FOR);
            }
            bindClient(
                client,
                snapshot,
                typesPackages.get(snapshot.file()),
                documents,
                lowered,
                assembler,
                origins,
                schemaOf,
                loweredWith);
            return null;
          });
    }
    guarded(
        clients.get(0).element(),
        () -> {
          validateUnbound(documents, bound, snapshots);
          validateUnusedFragments(documents, snapshots);
          return null;
        });

    // Stages 5 and 6: generate and write every clean unit; a failure stays with its unit.
    SourceWriter writer =
        new SourceWriter(env.getFiler(), diagnostics, this::internalFailure, written);
    Element fallback = clients.get(0).element();
    for (IrPackage pkg : assembler.build()) {
      GeneratedFiles.Target target =
          new GeneratedFiles.Target(pkg.name(), pkg.generatedAnnotation());
      List<Element> all = new ArrayList<>();
      pkg.clients().forEach(c -> all.add(c.origin()));
      for (IrOperation operation : pkg.operations()) {
        List<Element> from =
            origins.getOrDefault(pkg.name() + "." + operation.className(), List.of());
        Element blame = from.isEmpty() ? fallback : from.get(0);
        Set<String> kinds =
            bindingKinds.getOrDefault(pkg.name() + "." + operation.className(), Set.of());
        // One kind for every binder: a Batch can check the token; a mix (or ANY) checks nothing.
        String kind = kinds.size() == 1 && !kinds.contains("ANY") ? kinds.iterator().next() : null;
        writer.generate(blame, () -> OperationWriter.write(target, operation, from, kind));
      }
      for (IrFragment fragment : pkg.fragments()) {
        List<IrFragment> with = loweredWith.get(pkg.name() + "." + fragment.name());
        writer.generate(fallback, () -> FragmentWriter.write(target, fragment, with, all));
      }
      for (IrEnum type : pkg.enums()) {
        String schema = schemaOf.get(pkg.name() + "." + type.name());
        writer.generate(fallback, () -> EnumWriter.write(target, type, schema, all));
      }
      for (IrInputObject type : pkg.inputObjects()) {
        String schema = schemaOf.get(pkg.name() + "." + type.name());
        writer.generate(fallback, () -> InputObjectWriter.write(target, type, schema, all));
      }
      for (IrClient client : pkg.clients()) {
        writer.generate(client.origin(), () -> ClientImplWriter.write(target, client));
      }
    }
    writer.flush();
  }

  private Path graphqlRoot(ProcessorOptions options, List<ClientDeclaration> clients) {
    if (options.graphqlDir() != null) {
      if (!java.nio.file.Files.isDirectory(options.graphqlDir())) {
        for (ClientDeclaration client : clients) {
          diagnostics.report(
              DiagnosticKind.GRAPHQL_ROOT_NOT_FOUND,
              null,
              JavaSite.of(client.element()),
              "The GraphQL root set by -A"
                  + ProcessorOptions.GRAPHQL_DIR
                  + " does not exist: "
                  + options.graphqlDir());
        }
        return null;
      }
      return options.graphqlDir();
    }
    GraphQLRootLocator locator = rootLocator;
    TypeElement first = clients.get(0).element();
    Path root = locator.locate(first);
    if (root == null) {
      for (ClientDeclaration client : clients) {
        diagnostics.report(
            DiagnosticKind.GRAPHQL_ROOT_NOT_FOUND,
            null,
            client.schemaSite(),
            "No GraphQL root found: looked for "
                + String.join(", ", locator.candidates(first).stream().map(Path::toString).toList())
                + ". Put the snapshot and .graphql files in src/main/graphql, or set -A"
                + ProcessorOptions.GRAPHQL_DIR
                + "=<dir>.");
      }
    }
    return root;
  }

  private void bindClient(
      ClientDeclaration client,
      SchemaSnapshot snapshot,
      String typesPackage,
      DocumentIndex documents,
      Map<String, Lowered> lowered,
      PackageAssembler assembler,
      Map<String, List<Element>> origins,
      Map<String, String> schemaOf,
      Map<String, List<IrFragment>> loweredWith) {
    int mark = diagnostics.mark();
    String pkg = packageOf(client.element());
    boolean generatedAnnotation =
        ModuleReads.canUseGeneratedAnnotation(env.getElementUtils(), client.element());
    assembler.generatedAnnotation(pkg, generatedAnnotation);
    assembler.generatedAnnotation(typesPackage, generatedAnnotation);
    BindingValidator binder = new BindingValidator(diagnostics);
    ScalarTypes scalars =
        new ScalarTypes(client.scalars(), snapshot.schema(), diagnostics, client.schemaSite());
    List<IrMethod> methods = new ArrayList<>();
    for (MethodDeclaration method : client.methods()) {
      OperationSource operation = documents.operations().get(method.operationName());
      if (operation == null) {
        if (!documents.brokenFiles().isEmpty()) {
          continue; // it may be in a file that did not parse; that error is reported
        }
        diagnostics.report(
            DiagnosticKind.UNKNOWN_OPERATION,
            null,
            method.operationSite(),
            "No operation named '"
                + method.operationName()
                + "' in the .graphql files under the GraphQL root."
                + Suggestions.didYouMean(method.operationName(), documents.operations().keySet()));
        continue;
      }
      String key = operation.name() + "@" + snapshot.file() + client.scalars();
      Lowered result = lowered.get(key);
      if (!lowered.containsKey(key)) {
        result = null;
        if (new OperationValidator(diagnostics)
            .validate(operation, documents, snapshot, method.operationSite())) {
          UsedTypes used = UsedTypes.empty();
          IrOperation ir =
              new OperationLowering(diagnostics)
                  .lower(
                      operation,
                      documents,
                      snapshot,
                      method.operationSite(),
                      used,
                      scalars,
                      typesPackage);
          JavaLimits.Overflow overflow = ir == null ? null : JavaLimits.firstOverflow(ir);
          if (overflow != null) {
            diagnostics.report(
                DiagnosticKind.INVALID_OPERATION,
                DocumentParser.at(operation.file(), operation.definition().getSourceLocation()),
                method.operationSite(),
                "'"
                    + operation.name()
                    + "' is valid GraphQL but too large for Java: its "
                    + (overflow.schemaType().equals("variables")
                        ? "variables take "
                        : "selection on '"
                            + overflow.schemaType()
                            + "' ("
                            + overflow.name()
                            + ") takes ")
                    + overflow.slots()
                    + " parameter slots, and a record holds at most "
                    + JavaLimits.RECORD_SLOTS
                    + " (a Float! takes two). Split it into two operations.");
            ir = null;
          }
          result = ir == null ? null : new Lowered(ir, used);
        }
        lowered.put(key, result);
      }
      if (result == null) {
        continue;
      }
      // A clean operation is generated even when its method cannot be bound, so javac does not
      // add "cannot find symbol" errors for it to the binding error.
      if (client.readOnly() && result.operation().mutation()) {
        diagnostics.report(
            DiagnosticKind.MUTATION_NOT_ALLOWED,
            DocumentParser.at(operation.file(), operation.definition().getSourceLocation()),
            method.operationSite(),
            "'"
                + operation.name()
                + "' is a mutation, but "
                + client.element().getSimpleName()
                + " is declared @GraphQLClient(readOnly = true). Bind it in a client that may"
                + " change data.");
      } else {
        IrMethod bound = binder.bind(method, result.operation(), pkg);
        if (bound != null) {
          methods.add(bound);
        }
      }
      if (assembler.addOperation(pkg, result.operation(), method.operationSite())) {
        for (IrFragment fragment : result.operation().fragments()) {
          if (assembler.addFragment(typesPackage, fragment, method.operationSite())) {
            loweredWith.putIfAbsent(
                typesPackage + "." + fragment.name(), result.operation().fragments());
          }
        }
        origins
            .computeIfAbsent(pkg + "." + result.operation().className(), k -> new ArrayList<>())
            .add(client.element());
        bindingKinds
            .computeIfAbsent(pkg + "." + result.operation().className(), k -> new TreeSet<>())
            .add(client.tokenKind());
        for (String name : result.used().enums()) {
          assembler.addEnum(
              typesPackage,
              SchemaTypeLowering.enumOf(snapshot.schema(), name),
              client.schemaSite());
          schemaOf.putIfAbsent(typesPackage + "." + name, snapshot.displayPath());
        }
        for (String name : result.used().inputObjects()) {
          assembler.addInputObject(
              typesPackage,
              SchemaTypeLowering.inputObjectOf(snapshot.schema(), name, scalars),
              client.schemaSite());
          schemaOf.putIfAbsent(typesPackage + "." + name, snapshot.displayPath());
        }
      }
    }
    if (diagnostics.hasErrorsSince(mark)) {
      return; // the operations that are clean are still generated; the implementation is not
    }
    if (!ModuleReads.runtimeCanInstantiate(env.getElementUtils(), client.element())) {
      diagnostics.report(
          DiagnosticKind.MODULE_NOT_EXPORTED,
          null,
          JavaSite.of(client.element()),
          "Module "
              + env.getElementUtils().getModuleOf(client.element()).getQualifiedName()
              + " does not export "
              + pkg
              + " to "
              + ModuleReads.RUNTIME_MODULE
              + ", so OptixClient.create("
              + client.element().getSimpleName()
              + ".class) will fail at run time. Add 'exports "
              + pkg
              + " to "
              + ModuleReads.RUNTIME_MODULE
              + ";' to module-info.java.");
    }
    List<String> names = new ArrayList<>();
    for (Element e = client.element(); e instanceof TypeElement type; e = e.getEnclosingElement()) {
      names.add(0, type.getSimpleName().toString());
    }
    assembler.addClient(new IrClient(client.element(), pkg, names, client.tokenKind(), methods));
  }

  /**
   * Operations no interface binds are still checked: against each schema in use, and reported
   * (against the first) only when no schema accepts them.
   */
  private void validateUnbound(
      DocumentIndex documents,
      Set<String> bound,
      Map<ClientDeclaration, SchemaSnapshot> snapshots) {
    List<SchemaSnapshot> distinct = distinct(snapshots);
    if (distinct.isEmpty()) {
      return;
    }
    for (OperationSource operation : documents.operations().values()) {
      if (bound.contains(operation.name())) {
        continue;
      }
      boolean accepted = false;
      for (SchemaSnapshot snapshot : distinct) {
        Diagnostics scratch = new Diagnostics();
        if (new OperationValidator(scratch).validate(operation, documents, snapshot, null)) {
          accepted = true;
          break;
        }
      }
      if (!accepted) {
        new OperationValidator(diagnostics).validate(operation, documents, distinct.get(0), null);
      }
    }
  }

  /**
   * A fragment no operation uses is an error (spec §5.5.1.4: a document's fragments must be used),
   * and it is still validated, against each schema in use, like an unbound operation.
   */
  private void validateUnusedFragments(
      DocumentIndex documents, Map<ClientDeclaration, SchemaSnapshot> snapshots) {
    Set<String> used = new HashSet<>();
    for (OperationSource operation : documents.operations().values()) {
      for (FragmentSource fragment : OperationDocuments.fragmentsOf(operation, documents)) {
        used.add(fragment.name());
      }
    }
    List<SchemaSnapshot> distinct = distinct(snapshots);
    for (FragmentSource fragment : documents.fragments().values()) {
      if (used.contains(fragment.name())) {
        continue;
      }
      diagnostics.report(
          DiagnosticKind.UNUSED_FRAGMENT,
          DocumentParser.at(fragment.file(), fragment.definition().getSourceLocation()),
          null,
          "Fragment '"
              + fragment.name()
              + "' is not used by any operation (spec §5.5.1.4): spread it with ..."
              + fragment.name()
              + " where it is needed, or delete it.");
      boolean accepted = false;
      for (SchemaSnapshot snapshot : distinct) {
        if (new OperationValidator(new Diagnostics()).validate(fragment, documents, snapshot)) {
          accepted = true;
          break;
        }
      }
      if (!accepted && !distinct.isEmpty()) {
        new OperationValidator(diagnostics).validate(fragment, documents, distinct.get(0));
      }
    }
  }

  /**
   * Where each snapshot's schema types (enums, input types, fragment interfaces) are generated,
   * once for every interface bound to it: {@code -Aoptixgql.typesPackage}, else the longest package
   * that holds all those interfaces (theirs, when they share one), else the first of their packages
   * in name order.
   */
  private Map<Path, String> typesPackages(
      ProcessorOptions options, Map<ClientDeclaration, SchemaSnapshot> snapshots) {
    Map<Path, java.util.TreeSet<String>> packages = new HashMap<>();
    snapshots.forEach(
        (client, snapshot) ->
            packages
                .computeIfAbsent(snapshot.file(), k -> new java.util.TreeSet<>())
                .add(packageOf(client.element())));
    Map<Path, String> out = new HashMap<>();
    packages.forEach(
        (file, names) -> {
          String chosen = options.typesPackage();
          if (chosen == null) {
            chosen = commonPackage(names);
          }
          out.put(file, chosen);
        });
    return out;
  }

  /** {@code com.acme.a}, {@code com.acme.b} → {@code com.acme}; nothing in common → the first. */
  static String commonPackage(java.util.SortedSet<String> names) {
    String[] common = names.first().isEmpty() ? new String[0] : names.first().split("\\.");
    int length = common.length;
    for (String name : names) {
      String[] parts = name.isEmpty() ? new String[0] : name.split("\\.");
      int same = 0;
      while (same < Math.min(length, parts.length) && parts[same].equals(common[same])) {
        same++;
      }
      length = same;
    }
    return length == 0 ? names.first() : String.join(".", java.util.Arrays.copyOf(common, length));
  }

  private static List<SchemaSnapshot> distinct(Map<ClientDeclaration, SchemaSnapshot> snapshots) {
    List<SchemaSnapshot> distinct = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (SchemaSnapshot snapshot : snapshots.values()) {
      if (seen.add(snapshot.file())) {
        distinct.add(snapshot);
      }
    }
    return distinct;
  }

  private String packageOf(Element element) {
    PackageElement pkg = env.getElementUtils().getPackageOf(element);
    return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
  }

  /** Runs one element's work; an internal failure becomes an error on that element. */
  private <T> T guarded(Element element, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      internalFailure(element, e);
      return null;
    }
  }

  /** Reports a failure of optixgql itself while it worked on {@code element}. */
  private void internalFailure(Element element, Throwable e) {
    diagnostics.report(
        DiagnosticKind.INTERNAL,
        null,
        JavaSite.of(element),
        OptixGqlProcessor.internalMessage(e, true));
  }
}
