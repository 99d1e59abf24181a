package dev.optixgql.sandbox.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.sandbox.engine.TokenKind;
import dev.optixgql.sandbox.seed.Fields;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON reader and writer over jackson-core's streaming API. */
class JsonCodecTest {
  @Test
  void readsEveryKindOfValue() throws Exception {
    Object value =
        JsonReader.read(
            "{\"s\":\"x\",\"i\":1,\"l\":3000000000,\"b\":123456789012345678901234567890,"
                + "\"d\":1.5,\"t\":true,\"n\":null,\"a\":[1,\"two\"],\"o\":{}}");
    Map<?, ?> map = (Map<?, ?>) value;
    assertEquals("x", map.get("s"));
    assertEquals(1, map.get("i"));
    assertEquals(3_000_000_000L, map.get("l"));
    assertEquals(new BigInteger("123456789012345678901234567890"), map.get("b"));
    assertEquals(1.5, map.get("d"));
    assertEquals(true, map.get("t"));
    assertTrue(map.containsKey("n"));
    assertEquals(List.of(1, "two"), map.get("a"));
    assertEquals(Map.of(), map.get("o"));
    assertEquals(List.of("s", "i", "l", "b", "d", "t", "n", "a", "o"), List.copyOf(map.keySet()));
  }

  @Test
  void refusesMalformedEmptyAndTrailingInput() {
    MalformedRequestException bad =
        assertThrows(MalformedRequestException.class, () -> JsonReader.read("{\"a\": secret}"));
    assertFalse(bad.getMessage().contains("secret"), "never echo the input: it may hold a token");
    assertThrows(MalformedRequestException.class, () -> JsonReader.read(""));
    assertThrows(MalformedRequestException.class, () -> JsonReader.read("{} {}"));
  }

  @Test
  void writesMapsListsAndScalars() {
    Map<String, Object> value = Fields.of("a", List.of(1, 2.5, "x\"y"), "b", null, "c", true);
    assertEquals(
        "{\"a\":[1,2.5,\"x\\\"y\"],\"b\":null,\"c\":true}",
        new String(JsonWriter.write(value), StandardCharsets.UTF_8));
    assertEquals(
        "\"ORGANIZATION\"",
        new String(JsonWriter.write(TokenKind.ORGANIZATION), StandardCharsets.UTF_8));
    assertEquals("[]", new String(JsonWriter.write(Arrays.asList()), StandardCharsets.UTF_8));
  }
}
