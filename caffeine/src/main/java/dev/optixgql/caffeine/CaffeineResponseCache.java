package dev.optixgql.caffeine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.ResponseCache;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ResponseCache} on Caffeine: the queries it names (by operation name, e.g. {@code
 * LocationsQuery.OPERATION_NAME}) are answered from memory for their time to live, per token, so an
 * app serving many organizations stops spending their rate limits on the same locations, resources
 * and plans. Mutations are never cached.
 *
 * <pre>{@code
 * CaffeineResponseCache cache = CaffeineResponseCache.builder()
 *     .cache(LocationsQuery.OPERATION_NAME, Duration.ofMinutes(10))
 *     .maximumBytes(32 << 20)
 *     .build();
 * OptixClient client = OptixClient.builder().tokenProvider(tokens).responseCache(cache).build();
 * }</pre>
 *
 * <p>Bounded twice: at most {@link Builder#maximumEntries} results and {@link Builder#maximumBytes}
 * of them, a result counted as the size of the response body it was decoded from plus its key
 * (every entry weighs at least {@code maximumBytes / maximumEntries}, so both bounds hold). The
 * least used go first. Thread-safe; {@link #stats()} counts hits and misses ({@code
 * CaffeineCacheMetrics.monitor(registry, cache.caffeine(), "optixgql")} puts them in Micrometer).
 */
public final class CaffeineResponseCache implements ResponseCache {
  /** What is kept: the data, the body size it came from, and how long it lives. */
  private record Entry(Object data, int weight, long bytes, Duration timeToLive) {}

  private final Cache<Key, Entry> cache;
  private final Map<String, Duration> byOperation;
  private final @Nullable Duration everyQuery;
  private final int minimumWeight;

  private CaffeineResponseCache(Builder builder) {
    this.byOperation = Map.copyOf(builder.byOperation);
    this.everyQuery = builder.everyQuery;
    this.minimumWeight =
        (int)
            Math.min(Integer.MAX_VALUE, Math.max(1, builder.maximumBytes / builder.maximumEntries));
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(builder.maximumBytes)
            .<Key, Entry>weigher((key, entry) -> entry.weight())
            .expireAfter(
                new Expiry<Key, Entry>() {
                  @Override
                  public long expireAfterCreate(Key key, Entry entry, long now) {
                    return entry.timeToLive().toNanos();
                  }

                  @Override
                  public long expireAfterUpdate(Key key, Entry entry, long now, long current) {
                    return entry.timeToLive().toNanos();
                  }

                  @Override
                  public long expireAfterRead(Key key, Entry entry, long now, long current) {
                    return current;
                  }
                })
            .ticker(builder.ticker)
            .executor(Runnable::run) // eviction on the caller's thread: bounds hold on return
            .recordStats()
            .build();
  }

  /**
   * Starts configuring a cache that keeps nothing until told which operations to keep.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public @Nullable Duration timeToLive(Operation<?> operation) {
    return operation.isMutation()
        ? null
        : byOperation.getOrDefault(operation.operationName(), everyQuery);
  }

  @Override
  public @Nullable Object get(Key key) {
    Entry entry = cache.getIfPresent(key);
    return entry == null ? null : entry.data();
  }

  @Override
  public void put(Key key, Object data, int bytes, Duration timeToLive) {
    long keyBytes =
        2L
            * (key.operationClass().length()
                + key.operationName().length()
                + key.variables().length()
                + key.tokenFingerprint().length());
    long size = bytes + keyBytes + 64;
    int weight = (int) Math.min(Integer.MAX_VALUE, Math.max(minimumWeight, size));
    cache.put(key, new Entry(data, weight, size, timeToLive));
  }

  /**
   * Drops every result of the operation named {@code operationName}, for every token: after a
   * mutation that changes what it reads.
   *
   * @param operationName the operation's name, e.g. {@code LocationsQuery.OPERATION_NAME}
   */
  public void invalidateOperation(String operationName) {
    Objects.requireNonNull(operationName, "operationName");
    cache.asMap().keySet().removeIf(key -> key.operationName().equals(operationName));
  }

  /**
   * Drops every result read with {@code token}: one organization's (its token from {@code
   * OrganizationTokens}), say after its app was reinstalled.
   *
   * @param token the token; only its fingerprint is compared
   */
  public void invalidateToken(String token) {
    String fingerprint = ResponseCache.fingerprint(Objects.requireNonNull(token, "token"));
    cache.asMap().keySet().removeIf(key -> key.tokenFingerprint().equals(fingerprint));
  }

  /** Drops every result. */
  public void invalidateAll() {
    cache.invalidateAll();
  }

  /**
   * Hits, misses and evictions since the cache was built.
   *
   * @return Caffeine's counters
   */
  public CacheStats stats() {
    return cache.stats();
  }

  /**
   * How many results are kept.
   *
   * @return the number of entries, after pending evictions
   */
  public long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  /**
   * How many bytes the kept results count for (response bodies and keys).
   *
   * @return the sum, at most {@link Builder#maximumBytes}
   */
  public long bytes() {
    cache.cleanUp();
    return cache.asMap().values().stream().mapToLong(Entry::bytes).sum();
  }

  /**
   * The Caffeine cache underneath, for metrics ({@code CaffeineCacheMetrics}) or inspection; its
   * values are internal.
   *
   * @return the cache
   */
  public Cache<Key, ?> caffeine() {
    return cache;
  }

  /** Configures a {@link CaffeineResponseCache}. */
  public static final class Builder {
    private final Map<String, Duration> byOperation = new LinkedHashMap<>();
    private @Nullable Duration everyQuery;
    private long maximumEntries = 10_000;
    private long maximumBytes = 64L << 20;
    private Ticker ticker = Ticker.systemTicker();

    private Builder() {}

    /**
     * Keeps the results of the query named {@code operationName} for {@code timeToLive}.
     *
     * @param operationName the operation's name, e.g. {@code LocationsQuery.OPERATION_NAME}
     * @param timeToLive how long a result stays fresh; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code timeToLive} is not positive
     */
    public Builder cache(String operationName, Duration timeToLive) {
      byOperation.put(Objects.requireNonNull(operationName, "operationName"), positive(timeToLive));
      return this;
    }

    /**
     * Keeps the results of every query not named by {@link #cache} for {@code timeToLive}.
     *
     * @param timeToLive how long a result stays fresh; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code timeToLive} is not positive
     */
    public Builder cacheEveryQuery(Duration timeToLive) {
      this.everyQuery = positive(timeToLive);
      return this;
    }

    /**
     * At most this many results (default 10,000).
     *
     * @param maximumEntries positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maximumEntries(long maximumEntries) {
      if (maximumEntries <= 0) {
        throw new IllegalArgumentException("maximumEntries must be positive");
      }
      this.maximumEntries = maximumEntries;
      return this;
    }

    /**
     * At most this many bytes of results (default 64 MiB), counted as the response bodies they were
     * decoded from plus their keys.
     *
     * @param maximumBytes positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maximumBytes(long maximumBytes) {
      if (maximumBytes <= 0) {
        throw new IllegalArgumentException("maximumBytes must be positive");
      }
      this.maximumBytes = maximumBytes;
      return this;
    }

    /**
     * The clock expiry reads (default the system's); for tests.
     *
     * @param ticker the clock
     * @return this builder
     */
    public Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    /**
     * Builds the cache.
     *
     * @return a new, empty cache
     */
    public CaffeineResponseCache build() {
      return new CaffeineResponseCache(this);
    }

    private static Duration positive(Duration timeToLive) {
      Objects.requireNonNull(timeToLive, "timeToLive");
      if (timeToLive.isNegative() || timeToLive.isZero()) {
        throw new IllegalArgumentException("A time to live must be positive: " + timeToLive);
      }
      return timeToLive;
    }
  }
}
