package dev.optixgql.processor.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The processor's on-disk cache: entries by {@link CacheKey}, one file each, in a directory beside
 * the build output ({@code target/optixgql-cache}). A compile whose GraphQL inputs did not change
 * reads what an earlier compile computed instead of loading the schema, validating, lowering and
 * generating again.
 *
 * <p>The cache can never fail a build: an entry that cannot be read, or whose checksum (CRC-32C of
 * its key and content) does not match, is a miss; a directory that cannot be written is a cache
 * that stores nothing. Entries are written to a temporary file and moved into place, so a reader
 * never sees half an entry, and two compilations sharing the directory can only write the same
 * bytes under one key. When the directory holds more than {@link #MAX_ENTRIES} entries, the oldest
 * are removed.
 */
public final class BuildCache {
  /** Enough for every entry of a few thousand operations and their recent edits. */
  static final int MAX_ENTRIES = 8_192;

  private static final String SUFFIX = ".entry";

  private final Path directory;
  private boolean writable = true;
  private int written;

  private BuildCache(Path directory) {
    this.directory = directory;
  }

  /** A cache in {@code directory}, or none ({@code null}): every lookup misses, nothing is kept. */
  public static BuildCache in(Path directory) {
    return directory == null ? new BuildCache(null) : new BuildCache(directory);
  }

  /** The cache's directory, or {@code null} when there is none. */
  public Path directory() {
    return directory;
  }

  /**
   * Whether entries are read and kept at all. Without a cache, callers skip computing keys and
   * digests (and {@code get} and {@code put} take {@code null} keys): nothing is hashed for
   * nothing.
   */
  public boolean enabled() {
    return directory != null;
  }

  /** The entry under {@code key}, or {@code null} ({@code key} is {@code null} without a cache). */
  public byte[] get(CacheKey key) {
    return key == null ? null : get(key.hex());
  }

  byte[] get(String key) {
    if (directory == null) {
      return null;
    }
    try {
      return unsealed(key, Files.readAllBytes(file(key)));
    } catch (IOException | RuntimeException e) {
      return null; // absent or unreadable: a miss
    }
  }

  /** Keeps {@code bytes} under {@code key}; any failure leaves the cache as it was. */
  public void put(CacheKey key, byte[] bytes) {
    if (key != null) {
      put(key.hex(), bytes);
    }
  }

  synchronized void put(String key, byte[] bytes) {
    if (directory == null || !writable) {
      return;
    }
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, "tmp-", ".part");
      Files.write(temporary, sealed(key, bytes));
      try {
        Files.move(temporary, file(key), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file(key), StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
      written++;
    } catch (IOException | RuntimeException e) {
      writable = false; // a read-only or full disk: stop trying for this compilation
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException | RuntimeException ignored) {
          // nothing more to do
        }
      }
    }
  }

  /**
   * After a compilation that wrote entries: removes the oldest when there are more than {@link
   * #MAX_ENTRIES}, down to three quarters of that.
   */
  public void trim() {
    trim(MAX_ENTRIES);
  }

  void trim(int maxEntries) {
    if (directory == null || written == 0) {
      return;
    }
    try {
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
        files.forEach(entries::add);
      }
      if (entries.size() <= maxEntries) {
        return;
      }
      List<Aged> aged = new ArrayList<>();
      for (Path entry : entries) {
        aged.add(new Aged(entry, Files.getLastModifiedTime(entry)));
      }
      aged.sort(Comparator.comparing(Aged::modified));
      for (Aged entry : aged.subList(0, entries.size() - maxEntries * 3 / 4)) {
        Files.deleteIfExists(entry.file());
      }
    } catch (IOException | RuntimeException e) {
      // Trimming is housekeeping: a failure leaves more entries, nothing worse.
    }
  }

  private record Aged(Path file, FileTime modified) {}

  /** An entry's file: a checksum of its key and payload, then the payload. */
  private static byte[] sealed(String key, byte[] payload) {
    ByteBuffer out = ByteBuffer.allocate(Long.BYTES + payload.length);
    out.putLong(checksum(key, payload, 0));
    out.put(payload);
    return out.array();
  }

  /** The payload of an entry's file, or {@code null} if the file was changed or cut short. */
  private static byte[] unsealed(String key, byte[] file) {
    if (file.length < Long.BYTES) {
      return null;
    }
    long expected = ByteBuffer.wrap(file).getLong();
    if (checksum(key, file, Long.BYTES) != expected) {
      return null;
    }
    return Arrays.copyOfRange(file, Long.BYTES, file.length);
  }

  private static long checksum(String key, byte[] bytes, int offset) {
    CRC32C crc = new CRC32C();
    crc.update(key.getBytes(StandardCharsets.US_ASCII));
    crc.update(bytes, offset, bytes.length - offset);
    return crc.getValue() ^ ((long) bytes.length - offset) << 32;
  }

  private Path file(String key) {
    return directory.resolve(key + SUFFIX);
  }
}
