package dev.optixgql.processor.options;

import java.nio.file.Path;

/**
 * Turns absolute paths into the project-relative form every diagnostic starts with ({@code
 * src/main/graphql/bookings.graphql}), with forward slashes on every platform.
 */
public final class ProjectPaths {
  private final Path projectDir;

  public ProjectPaths(Path projectDir) {
    this.projectDir = projectDir;
  }

  /**
   * The project is the option's value, else the directory holding {@code src} when the root follows
   * the {@code src/<set>/graphql} convention, else the root's parent.
   */
  public static ProjectPaths forRoot(Path graphqlRoot, Path projectDirOption) {
    if (projectDirOption != null) {
      return new ProjectPaths(projectDirOption);
    }
    Path set = graphqlRoot.getParent();
    Path src = set == null ? null : set.getParent();
    if (src != null && src.getFileName() != null && src.getFileName().toString().equals("src")) {
      return new ProjectPaths(src.getParent());
    }
    return new ProjectPaths(
        graphqlRoot.getParent() == null ? graphqlRoot : graphqlRoot.getParent());
  }

  public String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown =
        projectDir != null && absolute.startsWith(projectDir)
            ? projectDir.relativize(absolute)
            : absolute;
    return shown.toString().replace('\\', '/');
  }
}
