package dev.optixgql.runtime.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Keeps every organization's token in one file, rewritten whole on each change: written to a
 * sibling temporary file of a unique name, readable by its owner only, through one channel that
 * forces it to disk, then moved over the old one atomically, and the directory forced too (where
 * the platform allows), so a crash leaves the old file or the new one, never half of either. Each
 * change reads the file afresh under a lock on a sibling {@code .lock} file ({@link FileLock},
 * between processes, and within this JVM), so stores opened on one file by several processes lose
 * none of each other's changes. Optionally encrypted with AES-GCM under a key the application
 * supplies (256-bit recommended), bound by its associated data to the format version and the file's
 * name: a file written with one key is refused with another, and a ciphertext moved from another
 * store's file is refused too. Files the first encrypted format wrote (no associated data) are
 * still read, and rewritten in the new one on the next change.
 */
public final class FileTokenStore implements TokenStore {
  private static final String HEADER = "optixgql-tokens v1";

  /** The first encrypted format: no associated data; read, never written. */
  private static final byte[] MAGIC_V1 = "OGQLENC1".getBytes(StandardCharsets.US_ASCII);

  /** The encrypted format written: associated data binds it to its version and file name. */
  private static final byte[] MAGIC = "OGQLENC2".getBytes(StandardCharsets.US_ASCII);

  /** This JVM's holders of each lock file: a {@link FileLock} is held per process, not thread. */
  private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL_LOCKS =
      new ConcurrentHashMap<>();

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final SecretKey key;
  private final Map<String, StoredToken> entries;

  private FileTokenStore(Path file, SecretKey key) {
    this.file = file.toAbsolutePath();
    this.key = key;
    this.entries = read();
  }

  /**
   * A plain-text store at {@code file}, created on the first save.
   *
   * @param file the file holding the tokens; its directory is created on the first save if missing
   * @return the store, holding the entries {@code file} already has
   * @throws TokenStoreException if {@code file} exists but cannot be read or is not a token store
   */
  public static FileTokenStore at(Path file) {
    return new FileTokenStore(Objects.requireNonNull(file, "file"), null);
  }

  /**
   * A store at {@code file} encrypted with {@code key} (AES).
   *
   * @param file the file holding the tokens; its directory is created on the first save if missing
   * @param key the AES key; an existing file must have been written with the same key
   * @return the store, holding the entries {@code file} already has
   * @throws IllegalArgumentException if {@code key} is not an AES key
   * @throws TokenStoreException if {@code file} exists but cannot be read or decrypted with {@code
   *     key}
   */
  public static FileTokenStore encrypted(Path file, SecretKey key) {
    Objects.requireNonNull(key, "key");
    if (!"AES".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException("The key must be an AES key, not " + key.getAlgorithm());
    }
    return new FileTokenStore(Objects.requireNonNull(file, "file"), key);
  }

  @Override
  public synchronized Map<String, StoredToken> loadAll() {
    return Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  @Override
  public void save(String organizationId, StoredToken entry) {
    change(organizationId, entry, false);
  }

  /** Decided under the lock against the file as it is now, so atomic between processes too. */
  @Override
  public boolean saveIfNewer(String organizationId, StoredToken entry) {
    return change(organizationId, entry, true);
  }

  /**
   * Under the lock: reads the file afresh (another process may have changed it), applies the entry
   * (only if strictly newer when {@code ifNewer}), writes the file back.
   */
  private synchronized boolean change(String organizationId, StoredToken entry, boolean ifNewer) {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(entry, "entry");
    if (organizationId.indexOf('\t') >= 0
        || organizationId.indexOf('\n') >= 0
        || organizationId.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("An organization id cannot hold a tab or a line break.");
    }
    return locked(
        () -> {
          Map<String, StoredToken> next = read();
          StoredToken stored = next.get(organizationId);
          if (ifNewer && stored != null && stored.timestamp() >= entry.timestamp()) {
            entries.clear();
            entries.putAll(next);
            return false;
          }
          next.put(organizationId, entry);
          write(next);
          entries.clear();
          entries.putAll(next);
          return true;
        });
  }

  /** Runs {@code work} holding this JVM's lock and the file lock on {@code <file>.lock}. */
  private boolean locked(java.util.function.BooleanSupplier work) {
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    ReentrantLock local = LOCAL_LOCKS.computeIfAbsent(lockFile, path -> new ReentrantLock());
    local.lock();
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        return work.getAsBoolean();
      }
    } catch (IOException e) {
      throw new TokenStoreException(
          "Cannot lock the token store " + file + ": " + e.getClass().getSimpleName(), e);
    } finally {
      local.unlock();
    }
  }

  private Map<String, StoredToken> read() {
    Map<String, StoredToken> out = new TreeMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = new String(key == null ? bytes : decrypt(bytes), StandardCharsets.UTF_8);
    } catch (IOException | GeneralSecurityException e) {
      throw new TokenStoreException(
          "Cannot read the token store " + file + ": " + e.getClass().getSimpleName(), e);
    }
    String[] lines = text.split("\n");
    if (lines.length == 0 || !lines[0].equals(HEADER)) {
      throw new TokenStoreException(
          "The token store " + file + " is not one (its first line is not '" + HEADER + "')", null);
    }
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] fields = lines[i].split("\t", -1);
      if (fields.length != 3) {
        throw new TokenStoreException(
            "The token store " + file + " is damaged at line " + (i + 1), null);
      }
      long changedAt;
      try {
        changedAt = Long.parseLong(fields[1]);
      } catch (NumberFormatException e) {
        throw new TokenStoreException(
            "The token store " + file + " is damaged at line " + (i + 1) + " (not a timestamp)",
            null);
      }
      out.put(fields[0], new StoredToken(fields[2].isEmpty() ? null : fields[2], changedAt));
    }
    return out;
  }

  private void write(Map<String, StoredToken> all) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    all.forEach(
        (organization, entry) ->
            text.append(organization)
                .append('\t')
                .append(entry.timestamp())
                .append('\t')
                .append(entry.token() == null ? "" : entry.token())
                .append('\n'));
    byte[] plain = text.toString().getBytes(StandardCharsets.UTF_8);
    Path directory = file.getParent();
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      byte[] bytes = key == null ? plain : encrypt(plain);
      if (bytes != plain) {
        Arrays.fill(plain, (byte) 0); // the clear text does not outlive its encryption
      }
      // A unique name, created here (never an existing file), written and forced through the one
      // channel that created it.
      temporary = directory.resolve(file.getFileName() + "." + uniqueSuffix() + ".tmp");
      try (FileChannel channel = createOwnerOnly(temporary)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
      forceDirectory(directory);
    } catch (IOException | GeneralSecurityException e) {
      throw new TokenStoreException(
          "Cannot write the token store " + file + ": " + e.getClass().getSimpleName(), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // Left behind under a name no one reuses.
        }
      }
    }
  }

  private static String uniqueSuffix() {
    byte[] random = new byte[8];
    RANDOM.nextBytes(random);
    return java.util.HexFormat.of().formatHex(random);
  }

  /**
   * Forces the directory, so the rename itself survives a crash; some platforms (Windows) cannot
   * open a directory as a channel, and there the rename is as durable as they make it.
   */
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not supported here.
    }
  }

  /** Creates {@code path} (failing if anything is there), owner-only where POSIX, for writing. */
  private static FileChannel createOwnerOnly(Path path) throws IOException {
    Set<StandardOpenOption> options =
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      return FileChannel.open(path, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      return FileChannel.open(path, options); // not a POSIX file system: its own rules apply
    }
  }

  private byte[] encrypt(byte[] plain) throws GeneralSecurityException {
    byte[] iv = new byte[12];
    RANDOM.nextBytes(iv);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
    cipher.updateAAD(associatedData());
    byte[] sealed = cipher.doFinal(plain);
    ByteBuffer out = ByteBuffer.allocate(MAGIC.length + iv.length + sealed.length);
    return out.put(MAGIC).put(iv).put(sealed).array();
  }

  private byte[] decrypt(byte[] bytes) throws GeneralSecurityException {
    byte[] magic = bytes.length < MAGIC.length + 12 ? null : Arrays.copyOf(bytes, MAGIC.length);
    boolean current = Arrays.equals(magic, MAGIC);
    if (!current && !Arrays.equals(magic, MAGIC_V1)) {
      throw new GeneralSecurityException("not an encrypted token store");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE,
        key,
        new GCMParameterSpec(128, Arrays.copyOfRange(bytes, MAGIC.length, MAGIC.length + 12)));
    if (current) {
      cipher.updateAAD(associatedData());
    }
    return cipher.doFinal(Arrays.copyOfRange(bytes, MAGIC.length + 12, bytes.length));
  }

  /**
   * What the ciphertext is bound to besides the key: the format and this file's name, so a
   * ciphertext written for another store file (or format) fails authentication here.
   */
  private byte[] associatedData() {
    return ("optixgql-tokens\u0000"
            + new String(MAGIC, StandardCharsets.US_ASCII)
            + "\u0000"
            + file.getFileName())
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "FileTokenStore[" + file + (key == null ? "" : ", encrypted") + "]";
  }
}
