package dev.optixgql.maven;

import dev.optixgql.maven.schema.Snapshot;
import dev.optixgql.maven.schema.SnapshotException;
import dev.optixgql.maven.schema.SnapshotFiles;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Downloads a schema snapshot by introspection: {@code mvn optixgql:download-schema
 * -Doptixgql.output=src/main/graphql/optix/organization.json}. The token comes from an environment
 * variable ({@code OPTIX_TOKEN} by default) or a {@code settings.xml} server's password; its kind
 * (organization tokens end in {@code o}, personal ones in {@code p}: each sees its own schema) is
 * checked against {@code kind} when given and written into the snapshot. The snapshot is written
 * sorted, as JSON or SDL by the file's extension, and only when the introspection is a complete
 * schema: a failed or partial answer leaves the old file as it was. The token is never printed.
 */
@Mojo(name = "download-schema", requiresProject = false, threadSafe = true)
public final class DownloadSchemaMojo extends AbstractLiveSchemaMojo {
  /** The snapshot to write: {@code .json} (introspection) or {@code .graphqls} (SDL). */
  @Parameter(property = "optixgql.output", required = true)
  private File output;

  /** The token kind the snapshot is for, {@code organization} or {@code personal}. */
  @Parameter(property = "optixgql.kind")
  private String kind;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Snapshot snapshot = introspect(kind, true, output);
    try {
      boolean changed = SnapshotFiles.write(snapshot, output.toPath());
      getLog()
          .info(
              "optixgql: "
                  + (changed ? "wrote " : "unchanged: ")
                  + output
                  + " ("
                  + ((java.util.List<?>) snapshot.schema().get("types")).size()
                  + " types, the schema "
                  + snapshot.provenance().tokenKind().toLowerCase(Locale.ROOT)
                  + " tokens see at "
                  + endpointText()
                  + ")");
    } catch (IOException | SnapshotException e) {
      throw new MojoExecutionException("optixgql: cannot write " + output + ": " + e.getMessage());
    }
  }
}
