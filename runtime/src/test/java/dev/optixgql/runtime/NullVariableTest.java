package dev.optixgql.runtime;

import static dev.optixgql.runtime.TestClients.PONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.optixgql.runtime.FaultServer.Reply;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code null} where a variable's type is non-null (an element of {@code [Int!]}, of a nested
 * {@code [[Int!]!]}, of {@code [String!]}) is a typed {@link InvalidVariableException} naming the
 * variable and index, before anything is sent, on every body format.
 */
class NullVariableTest {
  /**
   * Writes its variables as the processor generates them: {@code $ids: [Int!]}, {@code $groups:
   * [[Int!]!]}, {@code $names: [String!]}, each sent when not null.
   */
  record ListsOperation(List<Integer> ids, List<List<Integer>> groups, List<String> names)
      implements Operation<PingOperation.Data> {
    @Override
    public String document() {
      return "query Lists($ids:[Int!],$groups:[[Int!]!],$names:[String!]){ping{status time}}";
    }

    @Override
    public String operationName() {
      return "Lists";
    }

    @Override
    public boolean isMutation() {
      return false;
    }

    @Override
    public Class<PingOperation.Data> dataType() {
      return PingOperation.Data.class;
    }

    @Override
    public void writeVariables(JsonGenerator out) throws IOException {
      if (ids != null) {
        out.writeFieldName("ids");
        out.writeStartArray();
        for (Integer e0 : ids) {
          out.writeNumber(e0);
        }
        out.writeEndArray();
      }
      if (groups != null) {
        out.writeFieldName("groups");
        out.writeStartArray();
        for (List<Integer> e0 : groups) {
          out.writeStartArray();
          for (Integer e1 : e0) {
            out.writeNumber(e1);
          }
          out.writeEndArray();
        }
        out.writeEndArray();
      }
      if (names != null) {
        out.writeFieldName("names");
        out.writeStartArray();
        for (String e0 : names) {
          out.writeString(e0);
        }
        out.writeEndArray();
      }
    }

    @Override
    public PingOperation.Data readData(JsonParser in) throws IOException {
      return new PingOperation(null).readData(in);
    }
  }

  @Test
  void aNullElementIsATypedErrorNamingTheVariableAndIndexAndNothingIsSent() {
    for (TokenPlacement placement : TokenPlacement.values()) {
      try (FaultServer server = FaultServer.start(r -> Reply.json(200, PONG))) {
        OptixClient client = TestClients.builder(server).tokenPlacement(placement).build();

        InvalidVariableException ids =
            assertThrows(
                InvalidVariableException.class,
                () -> client.execute(new ListsOperation(Arrays.asList(1, 2, null), null, null)));
        InvalidVariableException groups =
            assertThrows(
                InvalidVariableException.class,
                () ->
                    client.execute(
                        new ListsOperation(
                            null, List.of(List.of(1), Arrays.asList(2, 3, null)), null)));
        InvalidVariableException group =
            assertThrows(
                InvalidVariableException.class,
                () ->
                    client.execute(
                        new ListsOperation(null, Arrays.asList(List.of(1), null), null)));
        InvalidVariableException names =
            assertThrows(
                InvalidVariableException.class,
                () -> client.execute(new ListsOperation(null, null, Arrays.asList("a", null))));

        assertEquals("ids[2]", ids.path(), placement::name);
        assertEquals("groups[1][2]", groups.path(), placement::name);
        // The generated code opens the inner list before finding it null.
        assertEquals("groups[1][0]", group.path(), placement::name);
        assertTrue(group.getMessage().contains("(or the list holding it)"), group::getMessage);
        assertEquals("names[1]", names.path(), placement::name);
        assertTrue(ids.getMessage().contains("Lists: variable ids[2] is null"), ids::getMessage);
        assertTrue(ids.getMessage().contains("Nothing was sent."), ids::getMessage);
        assertEquals(0, server.received().size(), placement + ": something was sent");
      }
    }
  }

  @Test
  void aNullElementInABatchIsRefusedBeforeTheBatchIsSent() {
    try (FaultServer server = FaultServer.start(r -> Reply.json(200, "[" + PONG + "]"))) {
      Batch batch = TestClients.client(server).batch();
      batch.add(new PingOperation(null));
      batch.add(new ListsOperation(Arrays.asList(null, 1), null, null));

      InvalidVariableException e = assertThrows(InvalidVariableException.class, batch::send);

      assertEquals("ids[0]", e.path());
      assertEquals(0, server.received().size());
    }
  }
}
