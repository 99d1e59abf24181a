package dev.optixgql.spring;

import java.net.URI;

/**
 * Where the client sends its calls and with which token, when something other than the {@code
 * optixgql.endpoint} and {@code optixgql.token} properties says so: the embedded sandbox, with
 * {@code optixgql.sandbox.enabled}.
 *
 * @param endpoint the GraphQL endpoint
 * @param token the token of every call
 */
public record OptixEndpoint(URI endpoint, String token) {}
