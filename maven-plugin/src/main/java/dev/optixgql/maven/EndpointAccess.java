package dev.optixgql.maven;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;

/**
 * The endpoint and token of the goals that introspect a live schema: the endpoint must be https
 * (plain http only to loopback), the token comes from a {@code settings.xml} server's password or
 * an environment variable, and no message here contains it.
 */
final class EndpointAccess {
  private final String endpoint;
  private final String tokenEnv;
  private final String serverId;
  private final Settings settings;

  EndpointAccess(String endpoint, String tokenEnv, String serverId, Settings settings) {
    this.endpoint = endpoint;
    this.tokenEnv = tokenEnv;
    this.serverId = serverId;
    this.settings = settings;
  }

  URI endpoint() throws MojoFailureException {
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

  String token() throws MojoFailureException {
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
