package dev.optixgql.runtime;

import static dev.optixgql.runtime.TestClients.PONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.FaultServer.Reply;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Operations batched into one POST are answered in order, and fail together when it is refused. */
class BatchTest {
  private FaultServer server;
  private Batch batch;
  private Batch.Item<PingOperation.Data> first;
  private Batch.Item<CommitBookingOperation.Data> second;
  private Batch.Item<PingOperation.Data> third;

  @AfterEach
  void stopServer() {
    server.close();
  }

  private static String pong(String status) {
    return "{\"data\":{\"ping\":{\"status\":\"" + status + "\",\"time\":1}}}";
  }

  /** A batch of a query, a mutation and a query, to a server answering with {@code replies}. */
  private void prepare(Reply... replies) {
    server = FaultServer.script(replies);
    batch = TestClients.client(server).batch();
    first = batch.add(new PingOperation("a"));
    second = batch.add(new CommitBookingOperation("r-1"));
    third = batch.add(new PingOperation("c"));
  }

  @Test
  void threeOperationsTravelInOnePostAndAreAnsweredInOrder() {
    String answers =
        "["
            + pong("first")
            + ","
            + CommitBookingOperation.answer("b-9")
            + ","
            + pong("third")
            + "]";
    prepare(Reply.json(200, answers).header("X-RateLimit-Remaining", "17"));

    batch.send();

    assertEquals("first", first.get().ping().status());
    assertEquals("b-9", second.get().bookingsCommit().id());
    assertEquals("third", third.get().ping().status());
    assertEquals(OptionalInt.of(17), third.response().rateLimit().remaining());
    List<FaultServer.Request> received = server.received();
    assertEquals(1, received.size());
    List<?> operations = (List<?>) received.get(0).json();
    assertEquals(
        List.of("Ping", "CommitBooking", "Ping"),
        operations.stream().map(o -> ((Map<?, ?>) o).get("operationName")).toList());
    assertEquals(Map.of("echo", "c"), ((Map<?, ?>) operations.get(2)).get("variables"));
  }

  @Test
  void oneItemsErrorsFailOnlyThatItem() {
    String answers =
        "["
            + pong("first")
            + ",{\"data\":null,\"errors\":[{\"message\":\"The resource is not available\"}]},"
            + pong("third")
            + "]";
    prepare(Reply.json(200, answers));

    batch.send();

    assertEquals("first", first.get().ping().status());
    GraphQLErrorsException e = assertThrows(GraphQLErrorsException.class, second::get);
    assertEquals("The resource is not available", e.errors().get(0).message());
    assertEquals("third", third.get().ping().status());
  }

  @Test
  void aBatchRefusedWithHttp400FailsEveryItemWithThatError() {
    prepare(Reply.json(400, "{\"errors\":[{\"message\":\"Query is too complex\"}]}"));

    GraphQLErrorsException e = assertThrows(GraphQLErrorsException.class, batch::send);

    assertEquals("Query is too complex", e.errors().get(0).message());
    assertSame(e, assertThrows(GraphQLErrorsException.class, first::get));
    assertSame(e, assertThrows(GraphQLErrorsException.class, second::response));
    assertSame(e, assertThrows(GraphQLErrorsException.class, third::get));
  }

  @Test
  void aSingleErrorObjectInsteadOfAnArrayFailsEveryItem() {
    prepare(Reply.json(200, "{\"errors\":[{\"message\":\"Batching is disabled\"}]}"));

    GraphQLErrorsException e = assertThrows(GraphQLErrorsException.class, batch::send);

    assertEquals("Batching is disabled", e.errors().get(0).message());
    assertSame(e, assertThrows(GraphQLErrorsException.class, first::get));
    assertSame(e, assertThrows(GraphQLErrorsException.class, third::get));
  }

  @Test
  void tooFewAnswersThrowResponseDecodingException() {
    prepare(Reply.json(200, "[" + pong("first") + "]"));

    assertThrows(ResponseDecodingException.class, batch::send);
    assertThrows(ResponseDecodingException.class, third::get);
  }

  @Test
  void aBatchWithAMutationIsNotResentAfter503() {
    prepare(Reply.json(503, "{\"message\":\"busy\"}"), Reply.json(200, "[]"));

    HttpStatusException e = assertThrows(HttpStatusException.class, batch::send);

    assertEquals(503, e.statusCode());
    assertEquals(1, server.received().size());
  }

  @Test
  void aBatchOfQueriesIsResentAfter503() {
    server =
        FaultServer.script(
            Reply.json(503, "{\"message\":\"busy\"}"),
            Reply.json(200, "[" + PONG + "," + PONG + "]"));
    Batch queries = TestClients.client(server).batch();
    queries.add(new PingOperation("a"));
    Batch.Item<PingOperation.Data> last = queries.add(new PingOperation("b"));

    queries.send();

    assertEquals(TestClients.PONG_DATA, last.get());
    assertEquals(2, server.received().size());
  }

  @Test
  void aFormPlacedClientRefusesABatchWithoutSending() {
    server = FaultServer.script(Reply.json(200, "[]"));
    Batch formBatch =
        TestClients.builder(server).tokenPlacement(TokenPlacement.FORM_BODY).build().batch();
    formBatch.add(new PingOperation("a"));

    OptixGqlException e = assertThrows(OptixGqlException.class, formBatch::send);
    assertTrue(e.getMessage().contains("TokenPlacement.FORM_BODY"), e::getMessage);
    assertEquals(0, server.received().size());
  }

  @Test
  void aBatchOfOrganizationOperationsRefusesAPersonalTokenWithoutSending() {
    server = FaultServer.script(Reply.json(200, "[]"));
    Batch batch =
        TestClients.builder(server.endpoint(), TokenProvider.fixed("someone-p")).build().batch();
    batch.add(new PingOperation("any kind"));
    batch.add(new BoundPingOperation(TokenKind.ORGANIZATION));

    TokenKindMismatchException e = assertThrows(TokenKindMismatchException.class, batch::send);

    assertEquals(TokenKind.ORGANIZATION, e.required());
    assertEquals(0, server.received().size());
  }

  @Test
  void aBatchMixingKindsIsRefusedWithoutSending() {
    server = FaultServer.script(Reply.json(200, "[]"));
    Batch batch = TestClients.client(server).batch();
    batch.add(new BoundPingOperation(TokenKind.ORGANIZATION));
    batch.add(new BoundPingOperation(TokenKind.PERSONAL));

    OptixGqlException e = assertThrows(OptixGqlException.class, batch::send);

    assertTrue(e.getMessage().contains("cannot mix"), e::getMessage);
    assertEquals(0, server.received().size());
  }

  @Test
  void aJsonBodyPlacedClientRefusesABatchWithoutSending() {
    server = FaultServer.script(Reply.json(200, "[]"));
    Batch batch =
        TestClients.builder(server).tokenPlacement(TokenPlacement.JSON_BODY).build().batch();
    batch.add(new PingOperation("a"));

    OptixGqlException e = assertThrows(OptixGqlException.class, batch::send);

    assertTrue(e.getMessage().contains("TokenPlacement.JSON_BODY"), e::getMessage);
    assertEquals(0, server.received().size());
  }
}
