package dev.optixgql.maven;

import dev.optixgql.maven.schema.IntrospectionClient;
import dev.optixgql.maven.schema.Snapshot;
import dev.optixgql.maven.schema.SnapshotException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The goals that introspect a live schema: the endpoint must be https (plain http only to
 * loopback), the token comes from a {@code settings.xml} server's password (decrypted as Maven does
 * when encrypted) or an environment variable, is refused before sending when an HTTP header cannot
 * carry it, and no message contains it.
 */
abstract class AbstractLiveSchemaMojo extends AbstractMojo {
  /** The GraphQL endpoint. */
  @Parameter(property = "optixgql.endpoint", defaultValue = "https://api.optixapp.com/graphql")
  private String endpoint;

  /** The environment variable holding the token. */
  @Parameter(property = "optixgql.tokenEnv", defaultValue = "OPTIX_TOKEN")
  private String tokenEnv;

  /** A {@code settings.xml} server whose password is the token; wins over {@code tokenEnv}. */
  @Parameter(property = "optixgql.serverId")
  private String serverId;

  /** Seconds to wait for the endpoint. */
  @Parameter(property = "optixgql.timeoutSeconds", defaultValue = "60")
  private int timeoutSeconds;

  /**
   * The largest introspection answer read, in bytes (64 MiB): past it the download fails, having
   * buffered no more than this.
   */
  @Parameter(property = "optixgql.maxSchemaBytes", defaultValue = "67108864")
  private long maxSchemaBytes = IntrospectionClient.DEFAULT_MAX_BYTES;

  @Parameter(defaultValue = "${settings}", readonly = true)
  private Settings settings;

  /** Decrypts {@code {…}} passwords as Maven does (master password in settings-security.xml). */
  @Component private SettingsDecrypter settingsDecrypter;

  /** The endpoint as configured, for messages. */
  final String endpointText() {
    return endpoint;
  }

  /**
   * The live schema. The token's kind is checked against {@code expectedKind} ({@code null}: any)
   * before anything is sent; with {@code recordOrigin} the snapshot records the kind and endpoint.
   * A failure says that {@code kept} (when given) was left as it was.
   */
  final Snapshot introspect(String expectedKind, boolean recordOrigin, Object kept)
      throws MojoExecutionException, MojoFailureException {
    URI uri = endpoint();
    String token = token();
    String tokenKind = TokenKinds.check(token, expectedKind);
    String untouched = kept == null ? "" : " " + kept + " was left as it was.";
    try {
      return Snapshot.of(
          new IntrospectionClient(Duration.ofSeconds(timeoutSeconds), maxSchemaBytes)
              .introspect(uri, token),
          recordOrigin
              ? new Snapshot.Provenance(tokenKind, uri.toString())
              : Snapshot.Provenance.NONE);
    } catch (SnapshotException e) {
      throw new MojoFailureException(
          "optixgql: no schema from "
              + uri
              + ": "
              + IntrospectionClient.redacted(e.getMessage(), token)
              + untouched);
    } catch (IOException e) {
      throw new MojoFailureException(
          "optixgql: cannot reach "
              + uri
              + ": "
              + IntrospectionClient.redacted(String.valueOf(e.getMessage()), token)
              + " ("
              + e.getClass().getSimpleName()
              + ")."
              + untouched);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("optixgql: interrupted." + untouched);
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
    String token;
    String source;
    if (serverId != null && !serverId.isBlank()) {
      Server server = settings == null ? null : settings.getServer(serverId);
      if (server == null || server.getPassword() == null || server.getPassword().isBlank()) {
        throw new MojoFailureException(
            "optixgql: settings.xml has no server '"
                + serverId
                + "' with a password (the token) in it.");
      }
      token = decrypted(server).strip();
      source = "the password of settings.xml server '" + serverId + "'";
    } else {
      token = System.getenv(tokenEnv);
      if (token == null || token.isBlank()) {
        throw new MojoFailureException(
            "optixgql: no token: set the environment variable "
                + tokenEnv
                + " (or optixgql.tokenEnv, or optixgql.serverId for a settings.xml server).");
      }
      token = token.strip();
      source = "the environment variable " + tokenEnv;
    }
    int bad = IntrospectionClient.firstUnsendable(token);
    if (bad >= 0) {
      throw new MojoFailureException(
          "optixgql: the token in "
              + source
              + " cannot be sent: character "
              + (bad + 1)
              + " of "
              + token.length()
              + " is "
              + IntrospectionClient.describe(token.charAt(bad))
              + ", which an HTTP header cannot carry. Nothing was sent; check how the token was"
              + " copied.");
    }
    return token;
  }

  /**
   * The server's password, decrypted by Maven's {@link SettingsDecrypter} when it is {@code {…}}
   * encrypted (a plain password comes back as it is). No message carries either form.
   */
  private String decrypted(Server server) throws MojoFailureException {
    String password = server.getPassword();
    boolean encrypted = password.strip().startsWith("{") && password.strip().endsWith("}");
    if (!encrypted) {
      return password;
    }
    if (settingsDecrypter == null) {
      throw new MojoFailureException(
          "optixgql: server '"
              + serverId
              + "' has an encrypted password and this Maven offers no decrypter; give the token"
              + " through an environment variable (optixgql.tokenEnv) instead.");
    }
    SettingsDecryptionResult result =
        settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    List<String> errors = new ArrayList<>();
    for (SettingsProblem problem : result.getProblems()) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        errors.add(
            IntrospectionClient.redacted(
                IntrospectionClient.redacted(problem.getMessage(), password.strip()), password));
      }
    }
    Server plain = result.getServer();
    if (!errors.isEmpty() || plain == null || plain.getPassword() == null) {
      throw new MojoFailureException(
          "optixgql: cannot decrypt the password of server '"
              + serverId
              + "' (is the master password in ~/.m2/settings-security.xml?): "
              + String.join("; ", errors));
    }
    return plain.getPassword();
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
