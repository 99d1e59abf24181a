package dev.optixgql.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code track-test-inputs}: recompiles test sources when {@code src/test/graphql} changed. */
@Mojo(
    name = "track-test-inputs",
    defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    threadSafe = true)
public final class TrackTestInputsMojo extends AbstractTrackInputsMojo {
  @Parameter(defaultValue = "${project.basedir}/src/test/graphql", required = true)
  private File graphqlDir;

  @Parameter(
      defaultValue = "${project.build.directory}/optixgql/graphql-test-inputs.sha256",
      required = true)
  private File digestFile;

  @Parameter(
      defaultValue =
          "${project.build.directory}/maven-status/maven-compiler-plugin/testCompile/default-testCompile",
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
