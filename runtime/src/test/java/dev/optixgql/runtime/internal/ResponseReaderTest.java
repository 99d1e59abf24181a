package dev.optixgql.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import dev.optixgql.runtime.GraphQLError;
import dev.optixgql.runtime.PingOperation;
import dev.optixgql.runtime.ResponseDecodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The response envelope: data, errors beside it, and every way a body can fail to decode. */
class ResponseReaderTest {
  private static final PingOperation PING = new PingOperation(null);

  private final ResponseReader reader = new ResponseReader(new JsonFactory());

  @Test
  void decodesData() {
    var envelope = read("{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":5}}}");

    assertTrue(envelope.hadData());
    assertEquals(List.of(), envelope.errors());
    assertEquals(new PingOperation.Data(new PingOperation.Ping("ok", 5)), envelope.data());
  }

  @Test
  void skipsUnknownFieldsAndExtensions() {
    var envelope =
        read(
            "{\"extensions\":{\"cost\":[1,{\"a\":2}]},\"data\":{\"other\":{\"x\":[1]},"
                + "\"ping\":{\"extra\":null,\"status\":\"ok\",\"time\":7}}}");

    assertEquals("ok", envelope.data().ping().status());
    assertEquals(7, envelope.data().ping().time());
  }

  @Test
  void parsesErrorsWithMessageLocationsPathAndExtensions() {
    var envelope =
        read(
            "{\"errors\":[{\"message\":\"Cannot query field \\\"status\\\" on type \\\"Pong\\\".\","
                + "\"locations\":[{\"line\":2,\"column\":13}],"
                + "\"path\":[\"bookings\",\"data\",3,\"title\"],"
                + "\"extensions\":{\"category\":\"graphql\",\"codes\":[1,2]}}],\"data\":null}");

    assertFalse(envelope.hadData());
    assertNull(envelope.data());
    GraphQLError error = envelope.errors().get(0);
    assertEquals(1, envelope.errors().size());
    assertEquals("Cannot query field \"status\" on type \"Pong\".", error.message());
    assertEquals(List.of(new GraphQLError.Location(2, 13)), error.locations());
    assertEquals(List.of("bookings", "data", 3, "title"), error.path());
    assertEquals("{\"category\":\"graphql\",\"codes\":[1,2]}", error.extensionsJson());
  }

  @Test
  void errorsWithoutOptionalEntriesHaveEmptyListsAndNoExtensions() {
    var envelope =
        read("{\"errors\":[{\"message\":\"boom\"},{\"message\":\"bang\",\"path\":null}]}");

    assertEquals(2, envelope.errors().size());
    GraphQLError second = envelope.errors().get(1);
    assertEquals("bang", second.message());
    assertEquals(List.of(), second.locations());
    assertEquals(List.of(), second.path());
    assertNull(second.extensionsJson());
  }

  @Test
  void anErrorWithANullMessageStillHasOne() {
    var envelope = read("{\"errors\":[{\"message\":null,\"path\":[\"ping\"]}]}");

    GraphQLError error = envelope.errors().get(0);
    assertEquals("(no message)", error.message());
    assertEquals("(no message) (at ping)", error.toString());
  }

  @Test
  void errorsBesidePartialData() {
    var envelope =
        read(
            "{\"data\":{\"ping\":null},\"errors\":[{\"message\":\"Pong failed\","
                + "\"path\":[\"ping\"]}]}");

    assertTrue(envelope.hadData());
    assertEquals(new PingOperation.Data(null), envelope.data());
    assertEquals("Pong failed", envelope.errors().get(0).message());
    assertEquals(List.of("ping"), envelope.errors().get(0).path());
  }

  @Test
  void errorsBeforeDataAreKeptToo() {
    var envelope =
        read(
            "{\"errors\":[{\"message\":\"late\"}],"
                + "\"data\":{\"ping\":{\"status\":\"ok\",\"time\":1}}}");

    assertEquals("late", envelope.errors().get(0).message());
    assertEquals(1, envelope.data().ping().time());
  }

  @Test
  void wrongTypeNamesTheJsonPointer() {
    ResponseDecodingException e =
        failure("{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":\"5\"}}}");

    assertEquals("/data/ping/time", e.jsonPath());
    assertTrue(e.getMessage().contains("/data/ping/time"), e.getMessage());
    assertTrue(e.getMessage().contains("expected an integer but found a string"), e.getMessage());
  }

  @Test
  void anObjectWhereAScalarBelongsNamesThePointer() {
    ResponseDecodingException e =
        failure("{\"data\":{\"ping\":{\"status\":{\"text\":\"ok\"},\"time\":5}}}");

    assertEquals("/data/ping/status", e.jsonPath());
    assertTrue(e.getMessage().contains("found an object"), e.getMessage());
  }

  @Test
  void missingNonNullFieldNamesItsPath() {
    ResponseDecodingException e = failure("{\"data\":{\"ping\":{\"status\":\"ok\"}}}");

    assertEquals("/data/ping/time", e.jsonPath());
    assertTrue(e.getMessage().contains("'time'"), e.getMessage());
  }

  @Test
  void nullNonNullFieldNamesItsPath() {
    ResponseDecodingException e = failure("{\"data\":{\"ping\":{\"status\":null,\"time\":5}}}");

    assertEquals("/data/ping/status", e.jsonPath());
  }

  @Test
  void malformedJsonNamesWhereItBroke() {
    ResponseDecodingException e = failure("{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":5x}}}");

    assertTrue(e.jsonPath().startsWith("/data/ping"), e.jsonPath());
    assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    assertTrue(e.getMessage().contains(e.jsonPath()), e.getMessage());
  }

  @Test
  void truncatedJsonFails() {
    ResponseDecodingException e = failure("{\"data\":{\"ping\":{\"status\":\"ok\",\"ti");

    assertTrue(e.jsonPath().startsWith("/data/ping"), e.jsonPath());
    assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
  }

  @Test
  void responseCutAfterTheDataFails() {
    ResponseDecodingException e = failure("{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":5}}");

    assertTrue(e.getMessage().startsWith("Cannot decode the response at "), e.getMessage());
  }

  @Test
  void emptyBodyFails() {
    ResponseDecodingException e = failure("");

    assertEquals("/", e.jsonPath());
    assertTrue(e.getMessage().contains("the end of the input"), e.getMessage());
  }

  @Test
  void errorsThatAreNotAListNameTheirPointer() {
    ResponseDecodingException e = failure("{\"errors\":{\"message\":\"boom\"}}");

    assertEquals("/errors", e.jsonPath());
  }

  /** Whatever the body, the reader fails only with its typed exception, never an NPE or worse. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "null",
        "[]",
        "\"data\"",
        "42",
        "{",
        "}",
        "{\"data\"",
        "{\"data\":",
        "{\"data\":{",
        "{\"data\":[]}",
        "{\"data\":\"ping\"}",
        "{\"data\":{\"ping\":[]}}",
        "{\"data\":{\"ping\":{}}}",
        "{\"data\":{\"ping\":{\"time\":5}}}",
        "{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":null}}}",
        "{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":5.5}}}",
        "{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":true}}}",
        "{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":99999999999}}}",
        "{\"errors\":\"boom\"}",
        "{\"errors\":[\"boom\"]}",
        "{\"errors\":[{\"message\":{}}]}",
        "{\"errors\":[{\"message\":\"x\",\"locations\":[{\"line\":\"1\"}]}]}",
        "{\"errors\":[{\"message\":\"x\",\"locations\":7}]}",
        "{\"errors\":[{\"message\":\"x\"}",
        "{\"errors\":[null]}",
        "{\"errors\":[{\"message\":\"x\",\"path\":[[1]]}]}",
        "{\"errors\":[{\"message\":\"x\",\"path\":[[],[]]}]}",
        "\u0000\u0001",
      })
  void malformedBodiesFailWithResponseDecodingException(String body) {
    ResponseDecodingException e = failure(body);

    assertTrue(e.jsonPath().startsWith("/"), e.jsonPath());
    assertTrue(e.getMessage().startsWith("Cannot decode the response at /"), e.getMessage());
  }

  @Test
  void readErrorsOnlyReturnsTheErrorsOfAnErrorBody() {
    List<GraphQLError> errors =
        reader.readErrorsOnly(
            bytes("{\"data\":{\"whatever\":1},\"errors\":[{\"message\":\"Unauthenticated.\"}]}"));

    assertEquals(1, errors.size());
    assertEquals("Unauthenticated.", errors.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Internal Server Error", "<html>502</html>", "{\"errors\":", "[]"})
  void readErrorsOnlyFindsNoneInOtherBodies(String body) {
    assertEquals(List.of(), reader.readErrorsOnly(bytes(body)));
  }

  private ResponseReader.Envelope<PingOperation.Data> read(String body) {
    return reader.read(PING, bytes(body));
  }

  private ResponseDecodingException failure(String body) {
    return assertThrows(ResponseDecodingException.class, () -> read(body));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
