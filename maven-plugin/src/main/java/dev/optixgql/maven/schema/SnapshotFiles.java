package dev.optixgql.maven.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** Reads and writes snapshot files; the format follows the extension. */
public final class SnapshotFiles {
  private SnapshotFiles() {}

  /** The two formats the processor reads. */
  public enum Format {
    /** The introspection result, {@code .json}. */
    JSON,
    /** Schema definition language, {@code .graphqls}, {@code .graphql} or {@code .sdl}. */
    SDL;

    public static Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        return JSON;
      }
      if (name.endsWith(".graphqls") || name.endsWith(".graphql") || name.endsWith(".sdl")) {
        return SDL;
      }
      throw new SnapshotException(
          file + ": a snapshot file ends in .json (introspection) or .graphqls (SDL)");
    }
  }

  public static Snapshot read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return Format.of(file) == Format.JSON
        ? Snapshot.of(JsonText.readObject(text), Snapshot.Provenance.NONE)
        : Snapshot.ofSdl(text, Snapshot.Provenance.NONE);
  }

  /**
   * Writes {@code snapshot} to {@code file} in the file's format: to a temporary file beside it,
   * then moved over it in one step, so a failure leaves the old snapshot whole. Returns whether the
   * content changed.
   */
  public static boolean write(Snapshot snapshot, Path file) throws IOException {
    String text = Format.of(file) == Format.JSON ? snapshot.toJson() : snapshot.toSdl();
    Path absolute = file.toAbsolutePath();
    if (Files.isRegularFile(absolute)
        && Files.readString(absolute, StandardCharsets.UTF_8).equals(text)) {
      return false;
    }
    Files.createDirectories(absolute.getParent());
    Path temporary = Files.createTempFile(absolute.getParent(), ".optixgql-", ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    return true;
  }
}
