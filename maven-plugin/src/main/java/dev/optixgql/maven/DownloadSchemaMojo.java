package dev.optixgql.maven;

import dev.optixgql.maven.schema.IntrospectionClient;
import dev.optixgql.maven.schema.Snapshot;
import dev.optixgql.maven.schema.SnapshotException;
import dev.optixgql.maven.schema.SnapshotFiles;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
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
    URI uri = endpoint();
    String token = token();
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

  private URI endpoint() throws MojoFailureException {
    URI uri;
    try {
      uri = URI.create(endpoint);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("optixgql: the endpoint is not a URL: " + endpoint);
    }
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    if (scheme.equals("https") || (scheme.equals("http") && isLoopback(uri.getHost()))) {
      return uri;
    }
    throw new MojoFailureException(
        "optixgql: refusing "
            + endpoint
            + ": the token would travel unencrypted. Use https (plain http only to loopback).");
  }

  private String token() throws MojoFailureException {
    if (serverId != null && !serverId.isBlank()) {
      Server server = settings == null ? null : settings.getServer(serverId);
      if (server == null || server.getPassword() == null || server.getPassword().isBlank()) {
        throw new MojoFailureException(
            "optixgql: settings.xml has no server '"
                + serverId
                + "' with a password (the token) in it.");
      }
      if (server.getPassword().startsWith("{") && server.getPassword().endsWith("}")) {
        throw new MojoFailureException(
            "optixgql: server '"
                + serverId
                + "' has an encrypted password; give the token through an environment variable"
                + " (optixgql.tokenEnv) instead.");
      }
      return server.getPassword().strip();
    }
    String token = System.getenv(tokenEnv);
    if (token == null || token.isBlank()) {
      throw new MojoFailureException(
          "optixgql: no token: set the environment variable "
              + tokenEnv
              + " (or optixgql.tokenEnv, or optixgql.serverId for a settings.xml server).");
    }
    return token.strip();
  }

  private static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      return host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")
          && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
