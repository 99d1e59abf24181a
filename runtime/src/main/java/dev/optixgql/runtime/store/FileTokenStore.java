package dev.optixgql.runtime.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
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
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Keeps every organization's token in one file, rewritten whole on each change: written to a
 * sibling temporary file readable by its owner only, forced to disk, then moved over the old one
 * atomically, so a crash leaves the old file or the new one, never half of either. Optionally
 * encrypted with AES-GCM under a key the application supplies (256-bit recommended); a file written
 * with one key is refused with another.
 */
public final class FileTokenStore implements TokenStore {
  private static final String HEADER = "optixgql-tokens v1";
  private static final byte[] MAGIC = "OGQLENC1".getBytes(StandardCharsets.US_ASCII);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

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
  public synchronized void save(String organizationId, StoredToken entry) {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(entry, "entry");
    if (organizationId.indexOf('\t') >= 0 || organizationId.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("An organization id cannot hold a tab or a line break.");
    }
    Map<String, StoredToken> next = new TreeMap<>(entries);
    next.put(organizationId, entry);
    write(next);
    entries.clear();
    entries.putAll(next);
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
    Path temporary = directory.resolve(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(directory);
      byte[] bytes = key == null ? plain : encrypt(plain);
      if (bytes != plain) {
        Arrays.fill(plain, (byte) 0); // the clear text does not outlive its encryption
      }
      Files.deleteIfExists(temporary);
      createOwnerOnly(temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
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
    } catch (IOException | GeneralSecurityException e) {
      throw new TokenStoreException(
          "Cannot write the token store " + file + ": " + e.getClass().getSimpleName(), e);
    }
  }

  private static void createOwnerOnly(Path path) throws IOException {
    try {
      Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      Files.createFile(path); // not a POSIX file system: its own access rules apply
    } catch (FileAlreadyExistsException e) {
      throw e;
    }
  }

  private byte[] encrypt(byte[] plain) throws GeneralSecurityException {
    byte[] iv = new byte[12];
    new SecureRandom().nextBytes(iv);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
    byte[] sealed = cipher.doFinal(plain);
    ByteBuffer out = ByteBuffer.allocate(MAGIC.length + iv.length + sealed.length);
    return out.put(MAGIC).put(iv).put(sealed).array();
  }

  private byte[] decrypt(byte[] bytes) throws GeneralSecurityException {
    if (bytes.length < MAGIC.length + 12
        || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
      throw new GeneralSecurityException("not an encrypted token store");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE,
        key,
        new GCMParameterSpec(128, Arrays.copyOfRange(bytes, MAGIC.length, MAGIC.length + 12)));
    return cipher.doFinal(Arrays.copyOfRange(bytes, MAGIC.length + 12, bytes.length));
  }

  @Override
  public String toString() {
    return "FileTokenStore[" + file + (key == null ? "" : ", encrypted") + "]";
  }
}
