package dev.optixgql.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.store.TokenStore.StoredToken;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FileTokenStore}'s file handling: a unique temporary file (whatever sits at the old fixed
 * name), changes read afresh under a lock so stores opened on one file lose none of each other's
 * entries, and an encrypted file bound to its name (a ciphertext moved from another store's file is
 * refused) while files of the first encrypted format are still read.
 */
class FileTokenStoreTest {
  @TempDir Path dir;

  private static SecretKey key() throws Exception {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    return generator.generateKey();
  }

  @Test
  void whatSitsAtTheOldFixedTemporaryNameIsNeitherUsedNorInTheWay() throws Exception {
    Path file = dir.resolve("tokens");
    Path planted = dir.resolve("tokens.tmp");
    Files.createDirectory(planted);
    Files.writeString(planted.resolve("keep"), "not the store's");

    FileTokenStore.at(file).save("42", new StoredToken("t0ken-of-42-o", 1));

    assertEquals(
        Optional.of(new StoredToken("t0ken-of-42-o", 1)), FileTokenStore.at(file).load("42"));
    assertTrue(Files.exists(planted.resolve("keep")));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(
          List.of("tokens", "tokens.lock", "tokens.tmp"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file is left behind");
    }
  }

  @Test
  void twoStoresOnOneFileLoseNoneOfEachOthersEntries() throws Exception {
    Path file = dir.resolve("tokens");
    FileTokenStore first = FileTokenStore.at(file);
    FileTokenStore second = FileTokenStore.at(file);

    first.save("1", new StoredToken("t0ken-of-1-o", 1));
    second.save("2", new StoredToken("t0ken-of-2-o", 2));
    assertFalse(first.saveIfNewer("2", new StoredToken("older-of-2-o", 1)));

    Map<String, StoredToken> all = FileTokenStore.at(file).loadAll();
    assertEquals(
        Map.of("1", new StoredToken("t0ken-of-1-o", 1), "2", new StoredToken("t0ken-of-2-o", 2)),
        all);
  }

  @Test
  void concurrentWritersThroughSeveralStoresKeepEveryEntry() throws Exception {
    Path file = dir.resolve("tokens");
    List<FileTokenStore> stores =
        List.of(
            FileTokenStore.at(file),
            FileTokenStore.at(file),
            FileTokenStore.at(file),
            FileTokenStore.at(file));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<?>> writes = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      int n = i;
      writes.add(
          threads.submit(
              () -> stores.get(n % 4).save("org-" + n, new StoredToken("t0ken-" + n + "-o", n))));
    }
    for (Future<?> write : writes) {
      write.get();
    }
    threads.shutdown();

    assertEquals(80, FileTokenStore.at(file).loadAll().size());
  }

  @Test
  void twoProcessesWritingOneFileAtOnceKeepEveryEntry() throws Exception {
    Path file = dir.resolve("tokens");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      processes.add(
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  FileStoreWriter.class.getName(),
                  file.toString(),
                  name,
                  "40")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve(name + ".log").toFile())
              .start());
    }
    for (Process process : processes) {
      assertEquals(0, process.waitFor(), () -> "a writer failed; see its log in " + dir);
    }

    assertEquals(80, FileTokenStore.at(file).loadAll().size());
  }

  @Test
  void aCiphertextMovedFromAnotherStoresFileIsRefused() throws Exception {
    SecretKey key = key();
    Path acme = dir.resolve("acme.tokens");
    Path other = dir.resolve("other.tokens");
    FileTokenStore.encrypted(acme, key).save("42", new StoredToken("t0ken-of-42-o", 1));
    FileTokenStore.encrypted(other, key).save("7", new StoredToken("t0ken-of-7-o", 1));

    Files.copy(acme, other, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    TokenStoreException e =
        assertThrows(TokenStoreException.class, () -> FileTokenStore.encrypted(other, key));
    assertFalse(e.getMessage().contains("t0ken"), e::getMessage);
    assertEquals(1, FileTokenStore.encrypted(acme, key).loadAll().size());
  }

  @Test
  void aFileOfTheFirstEncryptedFormatIsStillReadAndRewrittenInTheNewOne() throws Exception {
    SecretKey key = key();
    Path file = dir.resolve("tokens.enc");
    byte[] plain = "optixgql-tokens v1\n42\t100\tt0ken-of-42-o\n".getBytes(StandardCharsets.UTF_8);
    byte[] iv = new byte[12];
    new SecureRandom().nextBytes(iv);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
    byte[] sealed = cipher.doFinal(plain);
    byte[] magic = "OGQLENC1".getBytes(StandardCharsets.US_ASCII);
    Files.write(
        file,
        ByteBuffer.allocate(magic.length + iv.length + sealed.length)
            .put(magic)
            .put(iv)
            .put(sealed)
            .array());

    FileTokenStore store = FileTokenStore.encrypted(file, key);
    assertEquals(Optional.of(new StoredToken("t0ken-of-42-o", 100)), store.load("42"));
    store.save("7", new StoredToken("t0ken-of-7-o", 1));

    assertEquals(
        "OGQLENC2",
        new String(Files.readAllBytes(file), 0, 8, StandardCharsets.US_ASCII),
        "rewritten in the current format");
    assertEquals(2, FileTokenStore.encrypted(file, key).loadAll().size());
  }
}
