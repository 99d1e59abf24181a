package dev.optixgql.maven;

import dev.optixgql.maven.schema.IntrospectionClient;
import dev.optixgql.maven.schema.Snapshot;
import dev.optixgql.maven.schema.SnapshotException;
import dev.optixgql.maven.schema.SnapshotFiles;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;

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
public final class DownloadSchemaMojo extends AbstractMojo {
  /** The GraphQL endpoint. */
  @Parameter(property = "optixgql.endpoint", defaultValue = "https://api.optixapp.com/graphql")
  private String endpoint;

  /** The snapshot to write: {@code .json} (introspection) or {@code .graphqls} (SDL). */
  @Parameter(property = "optixgql.output", required = true)
  private File output;

  /** The environment variable holding the token. */
  @Parameter(property = "optixgql.tokenEnv", defaultValue = "OPTIX_TOKEN")
  private String tokenEnv;

  /** A {@code settings.xml} server whose password is the token; wins over {@code tokenEnv}. */
  @Parameter(property = "optixgql.serverId")
  private String serverId;

  /** The token kind the snapshot is for, {@code organization} or {@code personal}. */
  @Parameter(property = "optixgql.kind")
  private String kind;

  /** Seconds to wait for the endpoint. */
  @Parameter(property = "optixgql.timeoutSeconds", defaultValue = "60")
  private int timeoutSeconds;

  @Parameter(defaultValue = "${settings}", readonly = true)
  private Settings settings;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    EndpointAccess access = new EndpointAccess(endpoint, tokenEnv, serverId, settings);
    URI uri = access.endpoint();
    String token = access.token();
    String tokenKind = TokenKinds.check(token, kind);
    Snapshot snapshot;
    try {
      snapshot =
          Snapshot.of(
              new IntrospectionClient(Duration.ofSeconds(timeoutSeconds)).introspect(uri, token),
              new Snapshot.Provenance(tokenKind, uri.toString()));
    } catch (SnapshotException e) {
      throw new MojoFailureException(
          "optixgql: no snapshot from "
              + uri
              + ": "
              + IntrospectionClient.redacted(e.getMessage(), token)
              + " "
              + output
              + " was left as it was.");
    } catch (IOException e) {
      throw new MojoFailureException(
          "optixgql: cannot reach "
              + uri
              + ": "
              + IntrospectionClient.redacted(String.valueOf(e.getMessage()), token)
              + " ("
              + e.getClass().getSimpleName()
              + "). "
              + output
              + " was left as it was.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("optixgql: interrupted; " + output + " was left as it was.");
    }
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
                  + tokenKind.toLowerCase(Locale.ROOT)
                  + " tokens see at "
                  + uri
                  + ")");
    } catch (IOException | SnapshotException e) {
      throw new MojoExecutionException("optixgql: cannot write " + output + ": " + e.getMessage());
    }
  }
}
