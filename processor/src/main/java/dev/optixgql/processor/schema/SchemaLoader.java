package dev.optixgql.processor.schema;

import dev.optixgql.processor.cache.BuildCache;
import dev.optixgql.processor.cache.CacheKey;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.GraphQLLocation;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.diagnostic.Utf8Text;
import dev.optixgql.processor.options.ProjectPaths;
import graphql.schema.GraphQLSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Stage 1: loads a schema snapshot, an introspection result ({@code .json}: {@code
 * {"data":{"__schema":…}}} or {@code {"__schema":…}}) or SDL, once per file per run. Every problem
 * becomes one located diagnostic; the snapshot is then absent.
 */
public final class SchemaLoader {
  private final Path graphqlRoot;
  private final ProjectPaths paths;
  private final Diagnostics diagnostics;
  private final BuildCache cache;
  private final Supplier<Reach> reach;
  private final Map<Path, Optional<SchemaSnapshot>> loaded = new HashMap<>();
  private final Map<SchemaSnapshot, CacheKey> pending = new IdentityHashMap<>();

  /**
   * @param cache remembers which snapshot contents this processor build loaded without errors: such
   *     a snapshot is built only when something needs its schema
   */
  public SchemaLoader(
      Path graphqlRoot, ProjectPaths paths, Diagnostics diagnostics, BuildCache cache) {
    this(graphqlRoot, paths, diagnostics, cache, null);
  }

  /**
   * @param reach what the build's operations reach ({@link Reach}), asked for when a snapshot is
   *     built, on the thread that builds it (which may wait for it): the schema is then built from
   *     that ({@link LeanSchema}, {@link LeanIntrospection}); {@code null}, or a {@code null}
   *     answer, builds it whole
   */
  public SchemaLoader(
      Path graphqlRoot,
      ProjectPaths paths,
      Diagnostics diagnostics,
      BuildCache cache,
      Supplier<Reach> reach) {
    this.graphqlRoot = graphqlRoot;
    this.paths = paths;
    this.diagnostics = diagnostics;
    this.cache = cache;
    this.reach = reach;
  }

  /**
   * Loads {@code relativePath} (relative to the GraphQL root). Problems are reported at {@code
   * site} only the first time; later calls for the same file return the same result.
   */
  public Optional<SchemaSnapshot> load(String relativePath, JavaSite site) {
    Path file = underRoot(graphqlRoot, relativePath);
    if (file == null) {
      return Optional.ofNullable(
          problem(
              DiagnosticKind.SCHEMA_OUTSIDE_ROOT,
              null,
              site,
              "Schema snapshot '"
                  + relativePath
                  + "' is not a path under the GraphQL root "
                  + paths.display(graphqlRoot)
                  + ": name it relative to the root, without leaving it, so that no annotation"
                  + " can make the build read (and print) a file elsewhere. Move or copy the"
                  + " snapshot under the root, or set -Aoptixgql.graphqlDir to a directory that"
                  + " holds it."));
    }
    Optional<SchemaSnapshot> cached = loaded.get(file);
    if (cached != null) {
      return cached;
    }
    Optional<SchemaSnapshot> result = Optional.ofNullable(read(file, relativePath, site));
    loaded.put(file, result);
    return result;
  }

  /**
   * {@code relativePath} resolved against {@code root}, or {@code null} when it is absolute, not a
   * path, or leaves the root (through {@code ..}): a snapshot is always a file under the root.
   */
  public static Path underRoot(Path root, String relativePath) {
    try {
      Path relative = Path.of(relativePath);
      Path normalRoot = root.normalize();
      Path file = normalRoot.resolve(relative).normalize();
      boolean inside =
          !relative.isAbsolute() && relative.getRoot() == null && file.startsWith(normalRoot);
      return inside ? file : null;
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  private SchemaSnapshot read(Path file, String relativePath, JavaSite site) {
    String shown = paths.display(file);
    byte[] bytes = bytes(file, relativePath, shown, site);
    if (bytes == null) {
      return null;
    }
    Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
    if (!decoded.ok()) {
      return problem(
          DiagnosticKind.SCHEMA_UNREADABLE,
          new GraphQLLocation(shown, decoded.line(), decoded.column()),
          site,
          decoded.problem());
    }
    boolean json = relativePath.toLowerCase(Locale.ROOT).endsWith(".json");
    String text = decoded.text();
    String digest = cache.enabled() ? CacheKey.digest(bytes) : null;
    CacheKey loadedBefore =
        digest == null ? null : CacheKey.of("snapshot-loads").add(json).add(digest);
    SchemaSnapshot[] built = new SchemaSnapshot[1];
    if (cache.get(loadedBefore) != null) {
      return built[0] =
          new SchemaSnapshot(
              file,
              shown,
              digest,
              () -> DeepStack.call(() -> leanOrWhole(json, text, shown, site, built[0])));
    }
    Callable<Lean> lean = lean(json, text, shown);
    if (lean != null) {
      built[0] = besideStage2(lean, file, shown, digest, json, text, site);
      pending.put(built[0], loadedBefore);
      return built[0];
    }
    built[0] =
        new SchemaSnapshot(
            file, shown, digest, () -> DeepStack.call(() -> whole(json, text, shown, site)));
    if (built[0].schema() == null) {
      return null;
    }
    cache.put(loadedBefore, new byte[] {1});
    return built[0];
  }

  /** The snapshot's bytes, or {@code null} once the problem reading them is reported. */
  private byte[] bytes(Path file, String relativePath, String shown, JavaSite site) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return problem(
          DiagnosticKind.SCHEMA_NOT_FOUND,
          null,
          site,
          "Schema snapshot '"
              + relativePath
              + "' not found: looked for "
              + shown
              + " (the GraphQL root is "
              + paths.display(graphqlRoot)
              + "; set it with -Aoptixgql.graphqlDir). See docs/maven-plugin.md, \"Refreshing a schema"
              + " snapshot\", to create one.");
    } catch (IOException | RuntimeException e) {
      return problem(
          DiagnosticKind.SCHEMA_UNREADABLE,
          new GraphQLLocation(shown, 0, 0),
          site,
          "Cannot read the schema snapshot: " + e.getMessage());
    }
  }

  /**
   * A snapshot whose lean build runs beside stage 2 on another core (waiting there for what the
   * operations reach), joined by {@link #settle}; on one core, run when settle asks for it.
   */
  private SchemaSnapshot besideStage2(
      Callable<Lean> lean,
      Path file,
      String shown,
      String digest,
      boolean json,
      String text,
      JavaSite site) {
    FutureTask<Lean> beside = new FutureTask<>(lean);
    boolean threaded = Runtime.getRuntime().availableProcessors() > 1;
    if (threaded) {
      Thread thread = new Thread(null, beside, "optixgql-schema", DeepStack.STACK_BYTES);
      thread.setDaemon(true);
      thread.start();
    }
    SchemaSnapshot[] built = new SchemaSnapshot[1];
    built[0] =
        new SchemaSnapshot(
            file, shown, digest, () -> joined(beside, threaded, json, text, shown, site, built[0]));
    return built[0];
  }

  /**
   * A schema built from what the operations reach, the names of the types it left out, and the
   * {@link Reach#rule} that said what they reach.
   */
  private record Lean(GraphQLSchema schema, List<String> leftOut, String rule) {}

  /**
   * The work of building the snapshot from what the operations reach ({@link LeanSchema}, {@link
   * LeanIntrospection}), reporting nothing: it answers {@code null}, or throws, when the snapshot
   * is to be built whole (which reports its problems): nothing known of the operations, an SDL
   * outline that declines, nearly everything reached. {@code null} when there is no reach to ask.
   */
  private Callable<Lean> lean(boolean json, String text, String shown) {
    if (reach == null) {
      return null;
    }
    if (json) {
      return () -> {
        Map<String, Object> introspection = WholeSchema.unwrap(IntrospectionJson.parse(text));
        if (introspection == null) {
          return null;
        }
        LeanIntrospection.Lean lean =
            byReach(r -> LeanIntrospection.of(introspection, r, LeanSchema.WORTH_IT));
        return lean == null
            ? null
            : new Lean(LeanIntrospection.build(lean), lean.leftOut(), reach.get().rule());
      };
    }
    return () -> {
      LeanSchema.Outlined outlined = LeanSchema.outline(text);
      if (outlined == null) {
        return null;
      }
      LeanSchema.Lean lean = byReach(r -> LeanSchema.text(text, outlined, r, LeanSchema.WORTH_IT));
      return lean == null
          ? null
          : new Lean(LeanSchema.build(lean, shown), lean.leftOut(), reach.get().rule());
    };
  }

  /** {@code lean} of what the operations reach; null when nothing is known of them. */
  private <T> T byReach(java.util.function.Function<Reach, T> lean) {
    Reach operations = reach.get();
    return operations == null ? null : lean.apply(operations);
  }

  /** Builds the snapshot from what the operations reach if it can, else whole. */
  private GraphQLSchema leanOrWhole(
      boolean json, String text, String shown, JavaSite site, SchemaSnapshot snapshot) {
    Callable<Lean> lean = lean(json, text, shown);
    if (lean != null) {
      try {
        Lean built = lean.call();
        if (built != null) {
          snapshot.leftOut(built.leftOut(), built.rule());
          return built.schema();
        }
      } catch (Exception e) {
        // built whole below, which reports the problem
      }
    }
    return whole(json, text, shown, site);
  }

  /** Builds the whole snapshot, reporting its problems. */
  private GraphQLSchema whole(boolean json, String text, String shown, JavaSite site) {
    WholeSchema whole = new WholeSchema(diagnostics);
    return json
        ? whole.fromIntrospection(text, shown, site)
        : whole.fromWholeSdl(text, shown, site);
  }

  /** Whether a snapshot is being built beside stage 2 (a clean build: not loaded before). */
  public boolean buildingBeside() {
    return !pending.isEmpty();
  }

  /**
   * The end of stage 1 for snapshots built beside stage 2: waits for them, and removes from {@code
   * snapshots} those that failed (their problems now reported), as if they had failed to load.
   */
  public <K> void settle(Map<K, SchemaSnapshot> snapshots) {
    Set<SchemaSnapshot> failed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    pending.forEach(
        (snapshot, loadedBefore) -> {
          if (snapshot.schema() == null) {
            failed.add(snapshot);
            loaded.put(snapshot.file(), Optional.empty());
          } else {
            cache.put(loadedBefore, new byte[] {1});
          }
        });
    pending.clear();
    snapshots.values().removeIf(failed::contains);
  }

  private GraphQLSchema joined(
      FutureTask<Lean> beside,
      boolean threaded,
      boolean json,
      String text,
      String shown,
      JavaSite site,
      SchemaSnapshot snapshot) {
    if (!threaded) {
      DeepStack.call(
          () -> {
            beside.run();
            return null;
          });
    }
    Lean lean;
    try {
      lean = beside.get();
    } catch (ExecutionException e) {
      lean = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      lean = null;
    }
    if (lean == null) {
      return DeepStack.call(() -> whole(json, text, shown, site));
    }
    snapshot.leftOut(lean.leftOut(), lean.rule());
    return lean.schema();
  }

  /** Reports a snapshot problem; returns {@code null}, the missing schema. */
  private <T> T problem(
      DiagnosticKind kind, GraphQLLocation location, JavaSite site, String message) {
    diagnostics.report(kind, location, site, message);
    return null;
  }
}
