package dev.optixgql.sandbox.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.sandbox.engine.TokenKind;
import dev.optixgql.sandbox.json.MalformedRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading request bodies and finding the token: JSON, batches, forms, header, query string. */
class RequestBodyParserTest {
  @Test
  void readsAJsonOperation() throws Exception {
    ParsedBody body =
        parse(
            "{\"query\":\"{ping{status}}\",\"operationName\":\"P\",\"variables\":{\"a\":1},"
                + "\"access_token\":\"tok\"}",
            "application/json; charset=utf-8");
    assertFalse(body.batch());
    assertEquals("tok", body.accessToken());
    assertEquals("P", body.requests().get(0).operationName());
    assertEquals(Map.of("a", 1), body.requests().get(0).variables());
  }

  @Test
  void readsVariablesSentAsAJsonString() throws Exception {
    ParsedBody body = parse("{\"query\":\"{a}\",\"variables\":\"{\\\"a\\\":2}\"}", null);
    assertEquals(Map.of("a", 2), body.requests().get(0).variables());
  }

  @Test
  void readsABatch() throws Exception {
    ParsedBody body =
        parse("[{\"query\":\"{a}\"},{\"query\":\"{b}\",\"access_token\":\"t\"}]", null);
    assertTrue(body.batch());
    assertEquals(2, body.requests().size());
    assertEquals("{b}", body.requests().get(1).query());
    assertEquals("t", body.accessToken());
  }

  @Test
  void readsAForm() throws Exception {
    ParsedBody body =
        parse(
            "query=%7Bme%7BauthType%7D%7D&variables=%7B%22x%22%3A%22y%22%7D&access_token=a%2Bbp",
            "application/x-www-form-urlencoded");
    assertEquals("{me{authType}}", body.requests().get(0).query());
    assertEquals(Map.of("x", "y"), body.requests().get(0).variables());
    assertEquals("a+bp", body.accessToken());
    assertNull(body.requests().get(0).operationName());
  }

  @Test
  void readsJsonLabelledAsAForm() throws Exception {
    ParsedBody body = parse(" {\"query\":\"{a}\"}", "application/x-www-form-urlencoded");
    assertEquals("{a}", body.requests().get(0).query());
  }

  @Test
  void refusesWhatIsNotAnOperation() {
    assertThrows(MalformedRequestException.class, () -> parse("[]", null));
    assertThrows(MalformedRequestException.class, () -> parse("\"query\"", null));
    assertThrows(MalformedRequestException.class, () -> parse("{\"query\":1}", null));
    assertThrows(
        MalformedRequestException.class, () -> parse("{\"query\":\"{a}\",\"variables\":[]}", null));
    assertThrows(MalformedRequestException.class, () -> parse("[1]", null));
  }

  @Test
  void findsTheTokenInOptixOrder() {
    assertEquals("h", TokenAuthenticator.find("Bearer h", "access_token=q", "b"));
    assertEquals("h", TokenAuthenticator.find("bearer  h ", null, null));
    assertEquals("q", TokenAuthenticator.find("Basic x", "a=1&access_token=q", "b"));
    assertEquals("b", TokenAuthenticator.find(null, "access_token=%zz", "b"));
    assertNull(TokenAuthenticator.find(null, null, null));
    assertEquals(TokenKind.PERSONAL, TokenKind.ofToken("anythingp"));
    assertNull(TokenKind.ofToken("anythingx"));
  }

  private static ParsedBody parse(String body, String contentType)
      throws MalformedRequestException {
    return RequestBodyParser.parse(body.getBytes(StandardCharsets.UTF_8), contentType);
  }
}
