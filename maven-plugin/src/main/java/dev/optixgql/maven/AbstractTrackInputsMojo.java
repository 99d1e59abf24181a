package dev.optixgql.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes the next {@code compile} run javac (and so the optixgql processor) when a {@code .graphql}
 * file or schema snapshot changed but no {@code .java} file did: maven-compiler-plugin only looks
 * at Java sources and classpath jars, so on its own it would report "Nothing to compile" and keep
 * stale generated code.
 *
 * <p>It keeps a digest of the GraphQL directory; when the digest changes it removes the compiler
 * plugin's record of its last inputs ({@code inputFiles.lst}), which that plugin treats as a
 * changed source set and answers with a full recompilation.
 */
abstract class AbstractTrackInputsMojo extends AbstractMojo {
  @Parameter(property = "optixgql.skip", defaultValue = "false")
  private boolean skip;

  /** The GraphQL root: operations and schema snapshots. */
  abstract File graphqlDir();

  /** Where the digest of the last compiled inputs is kept. */
  abstract File digestFile();

  /** maven-compiler-plugin's status directory for the compile execution to re-run. */
  abstract File compilerStatusDir();

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      return;
    }
    try {
      File graphqlDir = graphqlDir();
      Path digestPath = digestFile().toPath();
      String digest = InputDigest.of(graphqlDir.toPath());
      String previous =
          Files.isRegularFile(digestPath)
              ? Files.readString(digestPath, StandardCharsets.UTF_8).strip()
              : null;
      if (digest.equals(previous)) {
        getLog().debug("optixgql: GraphQL inputs unchanged");
        return;
      }
      Path inputs = compilerStatusDir().toPath().resolve("inputFiles.lst");
      if (previous != null && Files.deleteIfExists(inputs)) {
        getLog().info("optixgql: GraphQL inputs changed under " + graphqlDir + "; recompiling");
      }
      Files.createDirectories(digestPath.getParent());
      Files.writeString(digestPath, digest + "\n", StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("optixgql: cannot track " + graphqlDir() + ": " + e, e);
    }
  }
}
