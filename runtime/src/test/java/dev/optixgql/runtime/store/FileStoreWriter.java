package dev.optixgql.runtime.store;

import dev.optixgql.runtime.store.TokenStore.StoredToken;
import java.nio.file.Path;

/**
 * A second process for {@link FileTokenStoreTest}: opens the store at {@code args[0]} and saves
 * {@code args[2]} entries named {@code args[1]-N}, one change at a time.
 */
public final class FileStoreWriter {
  private FileStoreWriter() {}

  public static void main(String[] args) {
    FileTokenStore store = FileTokenStore.at(Path.of(args[0]));
    int count = Integer.parseInt(args[2]);
    for (int i = 0; i < count; i++) {
      store.save(args[1] + "-" + i, new StoredToken("t0ken-" + args[1] + "-" + i + "-o", i));
    }
  }
}
