package dev.optixgql.processor.options;

import java.nio.file.Path;

/**
 * Where the processor's cache lives: {@code -Aoptixgql.cacheDir}, else {@code optixgql-cache} in
 * the build directory that holds the class output ({@code target/} for Maven's {@code
 * target/classes}, {@code build/} for Gradle's {@code build/classes/java/main}). A class output in
 * no {@code target} or {@code build} directory (Eclipse's {@code bin/} in the project itself) gets
 * no cache unless the option names one: the processor never writes into a project's own tree.
 */
public final class CacheDirectory {
  /** How far above the class output the build directory may be (Gradle's is three up). */
  private static final int MAX_DEPTH = 4;

  private CacheDirectory() {}

  /** The directory, or {@code null} for no cache. */
  public static Path choose(ProcessorOptions options, Path classOutput) {
    if (!options.cacheEnabled()) {
      return null;
    }
    if (options.cacheDir() != null) {
      return options.cacheDir();
    }
    Path dir = classOutput;
    for (int depth = 0; dir != null && depth < MAX_DEPTH; depth++, dir = dir.getParent()) {
      Path name = dir.getFileName();
      if (name != null && (name.toString().equals("target") || name.toString().equals("build"))) {
        return dir.resolve("optixgql-cache");
      }
    }
    return null;
  }
}
