package dev.optixgql.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code track-inputs}: recompiles main sources when {@code src/main/graphql} changed. */
@Mojo(name = "track-inputs", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class TrackInputsMojo extends AbstractTrackInputsMojo {
  @Parameter(defaultValue = "${project.basedir}/src/main/graphql", required = true)
  private File graphqlDir;

  @Parameter(
      defaultValue = "${project.build.directory}/optixgql/graphql-inputs.sha256",
      required = true)
  private File digestFile;

  @Parameter(
      defaultValue =
          "${project.build.directory}/maven-status/maven-compiler-plugin/compile/default-compile",
      required = true)
  private File compilerStatusDir;

  @Override
  File graphqlDir() {
    return graphqlDir;
  }

  @Override
  File digestFile() {
    return digestFile;
  }

  @Override
  File compilerStatusDir() {
    return compilerStatusDir;
  }
}
