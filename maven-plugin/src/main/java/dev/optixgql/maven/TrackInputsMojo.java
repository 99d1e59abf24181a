package dev.optixgql.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
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
@Mojo(name = "track-inputs", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class TrackInputsMojo extends AbstractMojo {
  /** The GraphQL root: operations and schema snapshots. */
  @Parameter(defaultValue = "${project.basedir}/src/main/graphql", required = true)
  private File graphqlDir;

  /** Where the digest of the last compiled inputs is kept. */
  @Parameter(
      defaultValue = "${project.build.directory}/optixgql/graphql-inputs.sha256",
      required = true)
  private File digestFile;

  /** maven-compiler-plugin's status directory for the compile execution to re-run. */
  @Parameter(
      defaultValue =
          "${project.build.directory}/maven-status/maven-compiler-plugin/compile/default-compile",
      required = true)
  private File compilerStatusDir;

  @Parameter(property = "optixgql.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      return;
    }
    try {
      Path digestPath = digestFile.toPath();
      String digest = InputDigest.of(graphqlDir.toPath());
      String previous =
          Files.isRegularFile(digestPath)
              ? Files.readString(digestPath, StandardCharsets.UTF_8).strip()
              : null;
      if (digest.equals(previous)) {
        getLog().debug("optixgql: GraphQL inputs unchanged");
        return;
      }
      Path inputs = compilerStatusDir.toPath().resolve("inputFiles.lst");
      if (previous != null && Files.deleteIfExists(inputs)) {
        getLog().info("optixgql: GraphQL inputs changed under " + graphqlDir + "; recompiling");
      }
      Files.createDirectories(digestPath.getParent());
      Files.writeString(digestPath, digest + "\n", StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("optixgql: cannot track " + graphqlDir + ": " + e, e);
    }
  }
}
