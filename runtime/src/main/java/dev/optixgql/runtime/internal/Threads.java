package dev.optixgql.runtime.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads one client owns, a fixed number whatever the number of calls or tokens: one timer
 * (throttle wake-ups, backoffs, body timeouts), the async steps' pool unless the user supplies an
 * executor, and the HTTP client's pool unless the user supplies the client. Pool threads end after
 * a minute idle; {@link #close()} ends them all.
 */
final class Threads implements AutoCloseable {
  /** Threads per pool: enough to keep the cores busy, never one per call. */
  public static final int POOL_SIZE = Math.max(2, Runtime.getRuntime().availableProcessors());

  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final int client = CLIENTS.incrementAndGet();
  private final ScheduledThreadPoolExecutor timer;
  private final ExecutorService async;
  private final ExecutorService http;
  private HttpClient ownedHttpClient;

  /**
   * @param httpPool whether the client builds its own {@code HttpClient} (and so its pool)
   * @param asyncPool whether the client runs async steps on its own pool
   */
  public Threads(boolean httpPool, boolean asyncPool) {
    timer = new ScheduledThreadPoolExecutor(1, factory("timer"));
    timer.setRemoveOnCancelPolicy(true);
    async = asyncPool ? pool("async") : null;
    http = httpPool ? pool("http") : null;
  }

  public ScheduledExecutorService timer() {
    return timer;
  }

  /** The client's own pool for async steps ({@code null} when the user supplied one). */
  public ExecutorService async() {
    return async;
  }

  /** The pool for the client's own {@code HttpClient} ({@code null} when the user supplied one). */
  public ExecutorService http() {
    return http;
  }

  /** Records the {@code HttpClient} the client built, to shut down with the rest. */
  public void owns(HttpClient client) {
    this.ownedHttpClient = client;
  }

  /** Ends every thread the client owns; idempotent. */
  @Override
  public void close() {
    timer.shutdownNow();
    if (async != null) {
      async.shutdownNow();
    }
    if (ownedHttpClient != null) {
      shutdownNow(ownedHttpClient);
    }
    if (http != null) {
      http.shutdownNow();
    }
  }

  /**
   * {@code HttpClient.shutdownNow()} where the JDK has it (21 and later: its selector thread ends
   * now); on 17 that thread ends once the client is unreachable. Looked up when closing only.
   */
  private static void shutdownNow(HttpClient client) {
    MethodHandle shutdownNow;
    try {
      shutdownNow =
          MethodHandles.publicLookup()
              .findVirtual(HttpClient.class, "shutdownNow", MethodType.methodType(void.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return; // JDK 17 to 20
    }
    try {
      shutdownNow.invoke(client);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private ThreadPoolExecutor pool(String role) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            POOL_SIZE, POOL_SIZE, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), factory(role));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private ThreadFactory factory(String role) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread =
          new Thread(runnable, "optixgql-" + client + "-" + role + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
