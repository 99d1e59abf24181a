package dev.optixgql.processor;

import dev.optixgql.processor.binding.ClientDeclaration;
import dev.optixgql.processor.binding.ClientReader;
import dev.optixgql.processor.cache.BuildCache;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.DocumentParser;
import dev.optixgql.processor.document.GraphQLFile;
import dev.optixgql.processor.options.CacheDirectory;
import dev.optixgql.processor.options.GraphQLRootLocator;
import dev.optixgql.processor.options.ProcessorOptions;
import dev.optixgql.processor.options.ProjectPaths;
import dev.optixgql.processor.schema.OperationNames;
import dev.optixgql.processor.schema.Reach;
import dev.optixgql.processor.schema.SchemaLoader;
import dev.optixgql.processor.schema.SchemaSnapshot;
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
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
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

  void run(List<Element> annotated) {
    // Stage 0: options and the interfaces.
    ProcessorOptions options = ProcessorOptions.from(env.getOptions());
    options.applyTo(diagnostics);
    List<ClientDeclaration> clients = readClients(annotated);
    if (clients.isEmpty()) {
      return;
    }
    Path root = graphqlRoot(options, clients);
    if (root == null) {
      return;
    }
    ProjectPaths paths = ProjectPaths.forRoot(root, options.projectDir());
    BuildCache cache = BuildCache.in(cacheDirectory(options));
    Set<Path> schemaFiles = schemaFiles(root, clients);
    // Stage 1: schema snapshots, once per file (built when first needed, if loaded before), from
    // what the operations reach; a snapshot not loaded before is read beside stage 2, and built
    // there once stage 2 has said what the operations reach.
    java.util.concurrent.CompletableFuture<Reach> reach =
        new java.util.concurrent.CompletableFuture<>();
    SchemaLoader schemas = new SchemaLoader(root, paths, diagnostics, cache, reach::join);
    Map<ClientDeclaration, SchemaSnapshot> snapshots = loadSnapshots(schemas, clients);
    if (schemas.buildingBeside()) {
      Warmup.start(); // a clean build: the later stages' library code is loaded meanwhile
    }
    // Stage 2: every operation file under the root.
    DocumentIndex parsed = null;
    try {
      parsed = new DocumentParser(root, paths, diagnostics, cache).parseAll(schemaFiles);
    } finally {
      reach.complete(reachOf(parsed, root, schemaFiles));
    }
    DocumentIndex documents = parsed;
    if (schemas.buildingBeside()) {
      // While the schema is built beside: javac's answers for the names stage 6 will write.
      guarded(
          clients.get(0).element(),
          () -> {
            FilerLookahead.lookUp(env.getElementUtils(), clients, documents);
            return null;
          });
    }
    guarded(
        clients.get(0).element(),
        () -> {
          schemas.settle(snapshots);
          return null;
        });
    // Stages 3 and 4, per client: validate, lower (each through the cache), bind.
    OperationAnalysis analysis = new OperationAnalysis(diagnostics, cache, documents, options);
    RoundPlan plan = new RoundPlan(diagnostics);
    bindClients(clients, snapshots, options, documents, analysis, plan);
    guarded(
        clients.get(0).element(),
        () -> {
          new UnboundDocuments(diagnostics).validate(clients, documents, snapshots, analysis);
          return null;
        });
    // Stages 5 and 6: generate and write every clean unit; a failure stays with its unit.
    SourceWriter writer =
        new SourceWriter(env.getFiler(), diagnostics, this::internalFailure, written, cache);
    plan.generate(writer, clients.get(0).element(), options.testBuilders());
    writer.flush();
    cache.trim();
    if (options.stats()) {
      printStats(analysis, writer, snapshots, documents, cache);
    }
  }

  /** The names rule ({@link Reach#names}), or {@code null} when a file cannot be read. */
  private static Reach names(Path root, Set<Path> schemaFiles) {
    Set<String> names = OperationNames.under(root, schemaFiles);
    return names == null ? null : Reach.names(names);
  }

  /** The snapshot files the clients name, absolute (those under the root). */
  private static Set<Path> schemaFiles(Path root, List<ClientDeclaration> clients) {
    Set<Path> schemaFiles = new HashSet<>();
    for (ClientDeclaration client : clients) {
      Path schemaFile = SchemaLoader.underRoot(root, client.schemaPath());
      if (schemaFile != null) {
        schemaFiles.add(schemaFile.toAbsolutePath().normalize());
      }
    }
    return schemaFiles;
  }

  /** Stages 3 and 4, per client: validate, lower (each through the cache), bind. */
  private void bindClients(
      List<ClientDeclaration> clients,
      Map<ClientDeclaration, SchemaSnapshot> snapshots,
      ProcessorOptions options,
      DocumentIndex documents,
      OperationAnalysis analysis,
      RoundPlan plan) {
    Map<Path, String> typesPackages = typesPackages(options, snapshots);
    for (ClientDeclaration client : clients) {
      SchemaSnapshot snapshot = snapshots.get(client);
      if (snapshot == null) {
        continue; // its schema's problem is reported
      }
      guarded(
          client.element(),
          () -> {
            failForTesting(options, client);
            String typesPackage = typesPackages.get(snapshot.file());
            new ClientBinding(
                    diagnostics,
                    env.getElementUtils(),
                    client,
                    snapshot,
                    typesPackage,
                    documents,
                    analysis,
                    plan)
                .bind();
            return null;
          });
    }
  }

  /** The cache's directory, or {@code null} for none: also none, with a warning, if untrusted. */
  private Path cacheDirectory(ProcessorOptions options) {
    Path directory = CacheDirectory.choose(options, rootLocator.classOutput());
    String untrusted = directory == null ? null : CacheDirectory.untrusted(directory);
    if (untrusted == null) {
      return directory;
    }
    diagnostics.report(
        DiagnosticKind.UNTRUSTED_CACHE_DIRECTORY,
        null,
        null,
        "The cache directory "
            + directory
            + " is not used: "
            + untrusted
            + ". An entry there decides what the processor generates, so another user could"
            + " change this build's classes. This compilation keeps no cache: give"
            + " -Aoptixgql.cacheDir a directory only you can write (or chmod go-w), or set"
            + " -Aoptixgql.cache=false.");
    return null;
  }

  /** The {@code -Aoptixgql.stats} note: what this round computed and what it read. */
  private void printStats(
      OperationAnalysis analysis,
      SourceWriter writer,
      Map<ClientDeclaration, SchemaSnapshot> snapshots,
      DocumentIndex documents,
      BuildCache cache) {
    Set<GraphQLFile> files = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    documents.operations().values().forEach(operation -> files.add(operation.file()));
    documents.fragments().values().forEach(fragment -> files.add(fragment.file()));
    long parsed = files.stream().filter(GraphQLFile::parsed).count();
    List<String> built = new ArrayList<>();
    for (SchemaSnapshot snapshot : UnboundDocuments.distinct(snapshots)) {
      if (snapshot.built()) {
        built.add(snapshot.displayPath() + " (" + snapshot.howBuilt() + ")");
      }
    }
    env.getMessager()
        .printMessage(
            javax.tools.Diagnostic.Kind.NOTE,
            String.format(
                java.util.Locale.ROOT,
                "optixgql: .graphql files parsed %d of %d; operations lowered %d, from the cache"
                    + " %d; files generated %d, from the cache %d; schemas built: %s; cache: %s",
                parsed,
                files.size(),
                analysis.computed(),
                analysis.fromCache(),
                writer.generatedCount(),
                writer.cachedCount(),
                built.isEmpty() ? "none" : String.join(", ", built),
                cache.enabled() ? cache.directory() : "off"));
  }

  private List<ClientDeclaration> readClients(List<Element> annotated) {
    ClientReader reader = new ClientReader(env.getElementUtils(), diagnostics);
    List<ClientDeclaration> clients = new ArrayList<>();
    for (Element element : annotated) {
      ClientDeclaration client = guarded(element, () -> reader.read(element));
      if (client != null) {
        clients.add(client);
      }
    }
    return clients;
  }

  /**
   * What the operations reach, for the lean schema builds: their selections when every operation
   * file was parsed (a clean build), else the names their files hold (some came from the cache, and
   * parsing them only for this would cost more than it saves); {@code null} (built whole) if
   * neither can be had. Never throws: a snapshot's build waits for it.
   */
  private static Reach reachOf(DocumentIndex documents, Path root, Set<Path> schemaFiles) {
    try {
      if (documents == null) {
        return null;
      }
      boolean parsed =
          documents.operations().values().stream().allMatch(o -> o.file().parsed())
              && documents.fragments().values().stream().allMatch(f -> f.file().parsed());
      if (parsed) {
        Map<String, graphql.language.FragmentDefinition> fragments = new LinkedHashMap<>();
        documents
            .fragments()
            .forEach((name, fragment) -> fragments.put(name, fragment.definition()));
        return Reach.selections(
            documents.operations().values().stream().map(o -> o.definition()).toList(), fragments);
      }
      return names(root, schemaFiles);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private Map<ClientDeclaration, SchemaSnapshot> loadSnapshots(
      SchemaLoader schemas, List<ClientDeclaration> clients) {
    Map<ClientDeclaration, SchemaSnapshot> snapshots = new LinkedHashMap<>();
    for (ClientDeclaration client : clients) {
      Optional<SchemaSnapshot> snapshot =
          guarded(client.element(), () -> schemas.load(client.schemaPath(), client.schemaSite()));
      if (snapshot != null && snapshot.isPresent()) {
        snapshots.put(client, snapshot.get());
      }
    }
    return snapshots;
  }

  /**
   * The tests' way to make optixgql fail inside one client's work: {@code -Aoptixgql.failFor=Name}
   * throws there, as a bug would, so that the failure's report and isolation can be checked.
   */
  private static void failForTesting(ProcessorOptions options, ClientDeclaration client) {
    String name = options.raw().getOrDefault(ProcessorOptions.FAIL_FOR, "");
    if (client.element().getSimpleName().contentEquals(name)) {
      throw new IllegalStateException("injected by -A" + ProcessorOptions.FAIL_FOR);
    }
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
                .add(ClientBinding.packageOf(env.getElementUtils(), client.element())));
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
