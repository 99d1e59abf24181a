package dev.optixgql.runtime;

/**
 * Where the token travels; Optix accepts all four. The header is the default because URLs end up in
 * access logs, proxies and browser histories, and a token in one is a leaked credential.
 */
public enum TokenPlacement {
  /** {@code Authorization: Bearer TOKEN} (default). */
  AUTHORIZATION_HEADER,
  /**
   * The {@code access_token} query parameter. Besides access logs, the JDK's own HttpClient prints
   * request URIs, token included, to its {@code jdk.internal.httpclient.debug} logger whenever FINE
   * logging is enabled for it (or for the root logger).
   */
  QUERY_PARAMETER,
  /** An {@code access_token} field of the JSON body. */
  JSON_BODY,
  /** An {@code application/x-www-form-urlencoded} body with {@code access_token}. */
  FORM_BODY
}
