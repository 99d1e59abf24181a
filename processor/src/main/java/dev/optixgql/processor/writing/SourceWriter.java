package dev.optixgql.processor.writing;

import com.palantir.javapoet.JavaFile;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Stages 5 and 6: runs each unit's code generation and writes the result through javac's {@link
 * Filer}, once per type name, so javac compiles it in the next round.
 *
 * <p>Generating a file (building its JavaPoet spec from the IR, then rendering it to text) reads
 * only the immutable IR, so {@link #generate} hands it to spare cores while the pipeline goes on;
 * {@link #flush} then writes the texts in the order queued, on javac's thread (the Filer and
 * javac's diagnostics are not thread-safe), generating itself any unit no spare core has started.
 * The output does not depend on which thread generated it.
 */
public final class SourceWriter {
  /** Spare cores beyond javac's own thread; none on a single-core machine. */
  private static final int GENERATORS = Math.min(3, Runtime.getRuntime().availableProcessors() - 1);

  /** More than a default thread's: deeply nested selections recurse deeply in JavaPoet. */
  private static final long STACK_BYTES = 16L << 20;

  private final Filer filer;
  private final Diagnostics diagnostics;
  private final BiConsumer<Element, Throwable> failure;
  private final Set<String> written = new HashSet<>();
  private final List<Queued> queued = new ArrayList<>();
  private ExecutorService generators;

  /** A unit's file and its text. */
  private record Generated(JavaFile file, String text) {}

  private record Queued(Element blame, FutureTask<Generated> work) {}

  /**
   * @param failure reports a unit whose generation threw, at the element it is blamed on
   */
  public SourceWriter(
      Filer filer, Diagnostics diagnostics, BiConsumer<Element, Throwable> failure) {
    this.filer = filer;
    this.diagnostics = diagnostics;
    this.failure = failure;
  }

  /** Queues a unit's generation and starts it on a spare core if there is one. */
  public void generate(Element blame, Supplier<JavaFile> file) {
    FutureTask<Generated> work =
        new FutureTask<>(
            () -> {
              JavaFile built = file.get();
              return new Generated(built, built.toString());
            });
    if (GENERATORS > 0) {
      if (generators == null) {
        generators = startGenerators();
      }
      generators.execute(work);
    }
    queued.add(new Queued(blame, work));
  }

  /** Writes every queued unit through the Filer, in the order queued; a failure stays with it. */
  public void flush() {
    try {
      for (Queued unit : queued) {
        // Generates here unless a spare core has started it; then waits for that core.
        unit.work().run();
        Generated generated = result(unit);
        if (generated != null) {
          writeOut(generated);
        }
      }
    } finally {
      queued.clear();
      if (generators != null) {
        generators.shutdownNow();
        generators = null;
      }
    }
  }

  private Generated result(Queued unit) {
    try {
      return unit.work().get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException
          || cause instanceof LinkageError
          || cause instanceof StackOverflowError) {
        failure.accept(unit.blame(), cause);
        return null;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while generating sources", e);
    }
  }

  private void writeOut(Generated generated) {
    JavaFile file = generated.file();
    String name = file.packageName() + "." + file.typeSpec().name();
    if (!written.add(name)) {
      return;
    }
    List<Element> origins = file.typeSpec().originatingElements();
    try {
      JavaFileObject out = filer.createSourceFile(name, origins.toArray(new Element[0]));
      // One string: JavaPoet appends many small pieces, which cost more through the Filer's
      // encoding writer.
      try (Writer writer = out.openWriter()) {
        writer.write(generated.text());
      }
    } catch (FilerException e) {
      diagnostics.report(
          DiagnosticKind.CONFLICTING_GENERATED_TYPE,
          null,
          null,
          "Cannot generate "
              + name
              + ": "
              + e.getMessage()
              + ". Is a class of that name already declared?");
    } catch (IOException e) {
      diagnostics.report(
          DiagnosticKind.INTERNAL, null, null, "Cannot write " + name + ": " + e.getMessage());
    }
  }

  private static ExecutorService startGenerators() {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            GENERATORS,
            GENERATORS,
            1,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread =
                  new Thread(
                      null, task, "optixgql-generate-" + count.incrementAndGet(), STACK_BYTES);
              thread.setDaemon(true);
              return thread;
            });
    // Idle threads end even if a flush never comes (a build tool's long-lived JVM keeps nothing).
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
