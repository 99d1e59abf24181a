package dev.optixgql.processor.schema;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs stage 1's schema building on a thread with a deep stack. graphql-java builds a schema's
 * types recursively, one nested call per type reference it follows, so a schema whose types refer
 * to each other in long chains (large real schemas, generated ones of thousands of types) overflows
 * the stack of javac's thread, a {@code StackOverflowError} the user could do nothing about. The
 * stack is reserved address space, touched only as deep as the build goes.
 */
final class DeepStack {
  /** Enough for chains of tens of thousands of types; only what is used is committed. */
  static final long STACK_BYTES = 512L << 20;

  private DeepStack() {}

  /** {@code work}'s result, computed on a deep-stack thread while this one waits. */
  static <T> T call(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(work.get());
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "optixgql-schema-build",
            STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the build finishes either way; keep the flag for javac
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (thrown instanceof Error error) {
      throw error;
    }
    return result.get();
  }
}
