package dev.optixgql.sandbox.http;

import dev.optixgql.sandbox.engine.GraphQlRequest;
import java.util.List;

/**
 * A request body read by {@link RequestBodyParser}.
 *
 * @param requests the operations, in the order sent
 * @param batch whether the body was a JSON array (answered with an array)
 * @param accessToken the body's {@code access_token} parameter, or null
 */
record ParsedBody(List<GraphQlRequest> requests, boolean batch, String accessToken) {}
