package dev.optixgql.sandbox.engine;

import java.util.Map;

/**
 * One GraphQL operation as sent over HTTP.
 *
 * @param query the GraphQL document
 * @param operationName the operation to run, or null when the document has only one
 * @param variables the variable values, never null
 */
public record GraphQlRequest(String query, String operationName, Map<String, Object> variables) {}
