package dev.optixgql.maven;

import dev.optixgql.maven.schema.Snapshot;
import dev.optixgql.maven.schema.SnapshotException;
import dev.optixgql.maven.schema.SnapshotFiles;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Converts a snapshot between introspection JSON and SDL, descriptions and deprecations kept:
 * {@code mvn optixgql:convert-schema -Doptixgql.input=a.json -Doptixgql.output=a.graphqls}. The
 * formats follow the extensions; the output is sorted like a download's.
 */
@Mojo(name = "convert-schema", requiresProject = false, threadSafe = true)
public final class ConvertSchemaMojo extends AbstractMojo {
  /** The snapshot to read. */
  @Parameter(property = "optixgql.input", required = true)
  private File input;

  /** The snapshot to write. */
  @Parameter(property = "optixgql.output", required = true)
  private File output;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Snapshot snapshot;
    try {
      snapshot = SnapshotFiles.read(input.toPath());
    } catch (SnapshotException e) {
      throw new MojoFailureException("optixgql: cannot read " + input + ": " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("optixgql: cannot read " + input + ": " + e, e);
    }
    try {
      boolean changed = SnapshotFiles.write(snapshot, output.toPath());
      getLog().info("optixgql: " + (changed ? "wrote " : "unchanged: ") + output);
    } catch (SnapshotException e) {
      throw new MojoFailureException("optixgql: cannot write " + output + ": " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("optixgql: cannot write " + output + ": " + e, e);
    }
  }
}
