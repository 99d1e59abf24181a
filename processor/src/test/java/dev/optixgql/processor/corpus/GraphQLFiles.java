package dev.optixgql.processor.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The GraphQL files the reading, printing and building tests compare against graphql-java: every
 * file of a suffix in the repository (build output left out) and in {@code ../shared/corpus}
 * (surefire sets {@code optixgql.shared}), sorted.
 */
public final class GraphQLFiles {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  private GraphQLFiles() {}

  /** Every file ending in {@code suffix} ({@code .graphql}, {@code .graphqls}). */
  public static List<Path> withSuffix(String suffix) throws IOException {
    List<Path> roots = new ArrayList<>(List.of(REPOSITORY));
    shared("corpus").ifPresent(roots::add);
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.getFileName().toString().endsWith(suffix))
            .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
            .filter(Files::isRegularFile)
            .sorted()
            .forEach(out::add);
      }
    }
    return out;
  }

  /** A path under the shared directory, if it is set and the path exists. */
  public static Optional<Path> shared(String relative) {
    String shared = System.getProperty("optixgql.shared");
    if (shared == null || shared.isBlank()) {
      return Optional.empty();
    }
    Path path = Path.of(shared).resolve(relative);
    return Files.exists(path) ? Optional.of(path) : Optional.empty();
  }
}
