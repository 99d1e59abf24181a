package dev.optixgql.runtime;

import dev.optixgql.runtime.generated.ClientCalls;
import java.util.concurrent.CompletionException;

/**
 * How a test sends its calls: the synchronous path ({@code execute}, blocking {@code send}) or the
 * asynchronous one ({@code executeAsync}, no thread waiting), joined here so a test asserts the
 * same exception types on both. Fault, mutation-safety and refresh tests run in both modes.
 */
enum CallMode {
  SYNC,
  ASYNC;

  <D> D execute(OptixClient client, Operation<D> operation) {
    return execute(client, TokenKind.ANY, "OptixClient", operation, false);
  }

  <D> D execute(
      OptixClient client,
      TokenKind required,
      String clientName,
      Operation<D> operation,
      boolean idempotent) {
    if (this == SYNC) {
      return ClientCalls.execute(client, required, clientName, operation, idempotent);
    }
    try {
      return ClientCalls.executeAsync(client, required, clientName, operation, idempotent).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
