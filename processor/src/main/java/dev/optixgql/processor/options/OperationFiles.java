package dev.optixgql.processor.options;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The operation files of a build: every {@code *.graphql} file under the GraphQL root (any case of
 * the extension, at any depth, a link to a file included), but the schema snapshots the clients
 * name. Stage 2 parses them ({@code document.DocumentParser}); the names rule of the lean schema
 * reads their names ({@code schema.OperationNames}).
 */
public final class OperationFiles {
  private OperationFiles() {}

  /**
   * The files, absolute and normalized, in path order.
   *
   * @param root the GraphQL root, an existing directory
   * @param schemaFiles the snapshots, absolute and normalized, left out
   * @throws IOException when a directory under the root cannot be read
   */
  public static List<Path> under(Path root, Set<Path> schemaFiles) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            Path name = file.getFileName();
            if (name != null
                && name.toString().toLowerCase(Locale.ROOT).endsWith(".graphql")
                && Files.isRegularFile(file)) {
              Path absolute = file.toAbsolutePath().normalize();
              if (!schemaFiles.contains(absolute)) {
                files.add(absolute);
              }
            }
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    return files;
  }
}
