package dev.optixgql.runtime;

import dev.optixgql.runtime.internal.ClientEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * Several operations sent in one HTTP request and answered in order (the JSON-array batch format
 * Optix accepts), counting once against the rate limit. A batch with a mutation is never re-sent
 * after a failure; a batch the server refuses fails every item with that error.
 *
 * <pre>{@code
 * Batch batch = client.batch();
 * Batch.Item<WhoAmIQuery.Data> me = batch.add(new WhoAmIQuery());
 * Batch.Item<UpcomingBookingsQuery.Data> next = batch.add(new UpcomingBookingsQuery(now, 5));
 * batch.send();
 * me.get().me().user();
 * }</pre>
 */
public final class Batch {
  private final ClientEngine engine;
  private final List<Operation<?>> operations = new ArrayList<>();
  private final List<Item<?>> items = new ArrayList<>();
  private boolean sent;

  Batch(ClientEngine engine) {
    this.engine = engine;
  }

  /**
   * One operation's place in the batch; its result is there after {@link Batch#send()}.
   *
   * @param <D> the operation's data
   */
  public static final class Item<D> {
    private final Operation<D> operation;
    private Response<D> response;
    private RuntimeException failure;

    private Item(Operation<D> operation) {
      this.operation = operation;
    }

    /**
     * The data, or the typed exception for this item.
     *
     * @return this operation's data, from a response without errors
     * @throws GraphQLErrorsException if the server answered this operation with errors
     * @throws IllegalStateException if the batch has not been sent
     */
    public D get() {
      return response().dataOrThrow();
    }

    /**
     * The whole response (data, errors, counters); throws if the batch itself failed.
     *
     * @return this operation's response, with the counters of the request that carried the batch
     * @throws IllegalStateException if the batch has not been sent
     */
    public Response<D> response() {
      if (failure != null) {
        throw failure;
      }
      if (response == null) {
        throw new IllegalStateException("The batch has not been sent.");
      }
      return response;
    }

    @SuppressWarnings("unchecked") // the engine answers each operation with its own data
    private void complete(Response<?> answer) {
      response = (Response<D>) answer;
    }
  }

  /**
   * Adds an operation; returns where its result will be.
   *
   * @param operation the operation, with its variables
   * @param <D> the operation's data
   * @return the item that holds the operation's result once the batch is sent
   * @throws IllegalStateException if the batch has been sent already
   */
  public <D> Item<D> add(Operation<D> operation) {
    if (sent) {
      throw new IllegalStateException("The batch has been sent.");
    }
    Item<D> item = new Item<>(operation);
    operations.add(operation);
    items.add(item);
    return item;
  }

  /**
   * Sends every added operation in one request. A failure of the whole request is thrown and also
   * recorded on every item.
   */
  public void send() {
    if (sent) {
      throw new IllegalStateException("The batch has been sent.");
    }
    sent = true;
    if (operations.isEmpty()) {
      return;
    }
    boolean repeatable = operations.stream().noneMatch(Operation::isMutation);
    try {
      // Each carries this response's counters, not lastRateLimit(): another call may have landed.
      List<Response<?>> answers = engine.sendBatch(operations, repeatable);
      for (int i = 0; i < items.size(); i++) {
        items.get(i).complete(answers.get(i));
      }
    } catch (RuntimeException e) {
      for (Item<?> item : items) {
        item.failure = e;
      }
      throw e;
    }
  }
}
