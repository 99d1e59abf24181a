package dev.optixgql.sandbox;

import java.util.Map;

/**
 * One operation the sandbox received and ran ({@link OptixSandbox#receivedOperations()}): what a
 * test asserts its code sent.
 *
 * @param operationName the operation's name as sent, or {@code null} when none was
 * @param query the document sent
 * @param variables the variables as the server read them from JSON: maps, lists, strings, numbers
 *     ({@code Long}, {@code Double} or {@code BigDecimal}), booleans and nulls; unmodifiable
 * @param personalToken whether it was sent with the personal token (else the organization's)
 */
public record ReceivedOperation(
    String operationName, String query, Map<String, Object> variables, boolean personalToken) {}
