package dev.optixgql.runtime;

/**
 * What a {@link CallListener} is told when a call starts. Every field comes from the operation's
 * definition, never from its variables, so a metric tagged with them has as many series as the
 * application has operations, however many organizations it serves.
 *
 * @param operationName the operation's name ({@code BookingsWindow}); {@code batch} for a batch
 * @param operationType {@code query} or {@code mutation} (a batch holding any mutation is a {@code
 *     mutation}), as OpenTelemetry's {@code graphql.operation.type} spells it
 * @param client the generated interface's simple name ({@code Batch} for a batch, {@code
 *     OptixClient} for an operation run on the client directly)
 * @param operations how many operations the request carries: 1, or a batch's size
 */
public record CallStart(
    String operationName, String operationType, String client, int operations) {}
