package dev.optixgql.processor.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the SHA-256 key of a cache entry from everything the entry's content depends on. Every
 * part is written with its length, so {@code ("ab", "c")} and {@code ("a", "bc")} differ; a key
 * starts with what the entry is (its purpose) and the {@link ProcessorBuild}.
 */
public final class CacheKey {
  private final MessageDigest digest;
  private String hex;

  private CacheKey(String purpose) {
    this.digest = sha256();
    add(purpose);
  }

  /** A key for an entry of {@code purpose}, e.g. {@code lowering}, made by this processor build. */
  public static CacheKey of(String purpose) {
    return new CacheKey(purpose).add(ProcessorBuild.id());
  }

  /** A key that does not include the processor build (the build's own digest). */
  static CacheKey unkeyed(String purpose) {
    return new CacheKey(purpose);
  }

  /** The SHA-256 of {@code bytes}, in hex: a file's content digest. */
  public static String digest(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  public CacheKey add(String part) {
    open();
    if (part == null) {
      return add(-1);
    }
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    add(bytes.length);
    digest.update(bytes);
    return this;
  }

  public CacheKey add(byte[] part) {
    open();
    add(part.length);
    digest.update(part);
    return this;
  }

  public CacheKey add(boolean part) {
    open();
    digest.update((byte) (part ? 1 : 0));
    return this;
  }

  public CacheKey add(int part) {
    open();
    digest.update(
        new byte[] {(byte) (part >>> 24), (byte) (part >>> 16), (byte) (part >>> 8), (byte) part});
    return this;
  }

  /** Every entry of {@code map}, in key order, each value through {@code parts}. */
  public <V> CacheKey add(Map<String, V> map, java.util.function.Function<V, String> parts) {
    add(map.size());
    for (Map.Entry<String, V> entry : new TreeMap<>(map).entrySet()) {
      add(entry.getKey()).add(parts.apply(entry.getValue()));
    }
    return this;
  }

  /** The key, in hex: also the entry's file name. Nothing may be added once it is asked for. */
  public String hex() {
    if (hex == null) {
      hex = HexFormat.of().formatHex(digest.digest());
    }
    return hex;
  }

  private void open() {
    if (hex != null) {
      throw new IllegalStateException("The key is complete: " + hex);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
