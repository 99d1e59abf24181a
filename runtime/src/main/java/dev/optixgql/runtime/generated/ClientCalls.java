package dev.optixgql.runtime.generated;

import dev.optixgql.runtime.GraphQLErrorsException;
import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.PagedOperation;
import dev.optixgql.runtime.Pages;
import dev.optixgql.runtime.Response;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenKindMismatchException;
import dev.optixgql.runtime.internal.ClientEngine;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The calls a generated {@code @GraphQLClient} implementation makes: an operation sent for a client
 * bound to one token kind, under that client's name (which failures and the {@code User-Agent}
 * mention). Your code calls the interface, or {@link OptixClient#execute(Operation)} and {@link
 * OptixClient#call(Operation)} for an operation of its own.
 *
 * <p>Each call runs on the client's {@link ClientEngine}, read from its private field through a
 * {@link VarHandle}: the runtime is one module, so no accessor has to be public on {@code
 * OptixClient}, and the engine never calls back into it.
 */
public final class ClientCalls {
  private static final VarHandle ENGINE;

  static {
    try {
      ENGINE =
          MethodHandles.privateLookupIn(OptixClient.class, MethodHandles.lookup())
              .findVarHandle(OptixClient.class, "engine", ClientEngine.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ClientCalls() {}

  private static ClientEngine engine(OptixClient client) {
    return (ClientEngine) ENGINE.get(Objects.requireNonNull(client, "client"));
  }

  /**
   * Executes {@code operation} and returns its data, or throws: {@link TokenKindMismatchException}
   * before sending, {@link GraphQLErrorsException}, or the other failures {@link
   * OptixClient#execute(Operation)} names. A mutation is sent at most once.
   *
   * @param client the client to send with
   * @param required the token kind the interface is bound to
   * @param clientName the interface's name
   * @param operation the operation, with its variables
   * @param <D> the operation's data
   * @return the data
   */
  public static <D> D execute(
      OptixClient client, TokenKind required, String clientName, Operation<D> operation) {
    return call(client, required, clientName, operation, false).dataOrThrow();
  }

  /**
   * As {@link #execute(OptixClient, TokenKind, String, Operation)}; an idempotent mutation may be
   * retried.
   *
   * @param client the client to send with
   * @param required the token kind the interface is bound to
   * @param clientName the interface's name
   * @param operation the operation, with its variables
   * @param idempotent whether a mutation may be sent again after a failure
   * @param <D> the operation's data
   * @return the data
   */
  public static <D> D execute(
      OptixClient client,
      TokenKind required,
      String clientName,
      Operation<D> operation,
      boolean idempotent) {
    return call(client, required, clientName, operation, idempotent).dataOrThrow();
  }

  /**
   * Executes {@code operation} and returns the whole response: data (possibly partial), errors and
   * the server's rate-limit counters; throws only when there is no GraphQL response to return.
   *
   * @param client the client to send with
   * @param required the token kind the interface is bound to
   * @param clientName the interface's name
   * @param operation the operation, with its variables
   * @param idempotent whether a mutation may be sent again after a failure
   * @param <D> the operation's data
   * @return the response
   */
  public static <D> Response<D> call(
      OptixClient client,
      TokenKind required,
      String clientName,
      Operation<D> operation,
      boolean idempotent) {
    return engine(client).call(required, clientName, operation, idempotent);
  }

  /**
   * Executes {@code operation} asynchronously: the future has its data or fails with what {@link
   * #execute(OptixClient, TokenKind, String, Operation)} throws. Cancelling it aborts the exchange
   * or wait under way.
   *
   * @param client the client to send with
   * @param required the token kind the interface is bound to
   * @param clientName the interface's name
   * @param operation the operation, with its variables
   * @param <D> the operation's data
   * @return the data, when it arrives
   */
  public static <D> CompletableFuture<D> executeAsync(
      OptixClient client, TokenKind required, String clientName, Operation<D> operation) {
    return executeAsync(client, required, clientName, operation, false);
  }

  /**
   * As {@link #executeAsync(OptixClient, TokenKind, String, Operation)}; an idempotent mutation may
   * be retried.
   *
   * @param client the client to send with
   * @param required the token kind the interface is bound to
   * @param clientName the interface's name
   * @param operation the operation, with its variables
   * @param idempotent whether a mutation may be sent again after a failure
   * @param <D> the operation's data
   * @return the data, when it arrives
   */
  public static <D> CompletableFuture<D> executeAsync(
      OptixClient client,
      TokenKind required,
      String clientName,
      Operation<D> operation,
      boolean idempotent) {
    return engine(client).executeAsync(required, clientName, operation, idempotent);
  }

  /**
   * Reads every page of a list, lazily, each page sent as {@link #execute(OptixClient, TokenKind,
   * String, Operation)} sends a call. See {@link Pages}.
   *
   * @param client the client to send with
   * @param required the token kind the interface is bound to
   * @param clientName the interface's name
   * @param first the operation asking for the first page to read
   * @param <D> the operation's data
   * @param <T> the list's items
   * @return the read; nothing is sent until its first page is asked for
   */
  public static <D, T> Pages<T> pages(
      OptixClient client, TokenKind required, String clientName, PagedOperation<D, T> first) {
    return Pages.of(
        first,
        operation -> execute(client, required, clientName, operation),
        operation -> executeAsync(client, required, clientName, operation));
  }
}
