package dev.optixgql.runtime.testing;

import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.ResponseCache;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simplest {@link ResponseCache}, for tests of what a client does with one: it keeps every
 * query for a minute (nothing expires within a test) in a map, without bounds.
 */
public final class MapResponseCache implements ResponseCache {
  private final Map<Key, Object> kept = new ConcurrentHashMap<>();

  @Override
  public Duration timeToLive(Operation<?> operation) {
    return Duration.ofMinutes(1);
  }

  @Override
  public Object get(Key key) {
    return kept.get(key);
  }

  @Override
  public void put(Key key, Object data, int bytes, Duration timeToLive) {
    kept.put(key, data);
  }

  /** How many responses are kept. */
  public int size() {
    return kept.size();
  }
}
