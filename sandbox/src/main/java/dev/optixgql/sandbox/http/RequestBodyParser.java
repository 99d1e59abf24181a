package dev.optixgql.sandbox.http;

import dev.optixgql.sandbox.engine.GraphQlRequest;
import dev.optixgql.sandbox.json.JsonReader;
import dev.optixgql.sandbox.json.MalformedRequestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a POST body, JSON (one operation or a Lighthouse batch array) or an HTML form. */
final class RequestBodyParser {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String TOKEN_FIELD = "access_token";

  private RequestBodyParser() {}

  static ParsedBody parse(byte[] body, String contentType) throws MalformedRequestException {
    boolean form = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM);
    // `curl -d '{...}'` labels JSON as a form; no real form field name starts with { or [.
    if (form && !startsLikeJson(body)) {
      return parseForm(new String(body, StandardCharsets.UTF_8));
    }
    Object root = JsonReader.read(body);
    if (root instanceof Map<?, ?> object) {
      return new ParsedBody(List.of(operation(object)), false, token(object.get(TOKEN_FIELD)));
    }
    if (root instanceof List<?> array) {
      if (array.isEmpty()) {
        throw new MalformedRequestException("The batch is empty.");
      }
      List<GraphQlRequest> requests = new ArrayList<>();
      String accessToken = null;
      for (Object element : array) {
        if (!(element instanceof Map<?, ?> object)) {
          throw new MalformedRequestException("Each element of a batch must be a JSON object.");
        }
        requests.add(operation(object));
        if (accessToken == null) {
          accessToken = token(object.get(TOKEN_FIELD));
        }
      }
      return new ParsedBody(List.copyOf(requests), true, accessToken);
    }
    throw new MalformedRequestException("The request body must be a JSON object or array.");
  }

  private static boolean startsLikeJson(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return b == '{' || b == '[';
      }
    }
    return false;
  }

  private static ParsedBody parseForm(String body) throws MalformedRequestException {
    Map<String, String> fields;
    try {
      fields = FormDecoder.decode(body);
    } catch (IllegalArgumentException e) {
      throw new MalformedRequestException("The form body has a malformed percent escape.");
    }
    String variables = fields.get("variables");
    Object parsedVariables =
        variables == null || variables.isBlank() ? null : JsonReader.read(variables);
    GraphQlRequest request =
        new GraphQlRequest(
            query(fields.get("query")),
            emptyToNull(fields.get("operationName")),
            variables(parsedVariables));
    return new ParsedBody(List.of(request), false, emptyToNull(fields.get(TOKEN_FIELD)));
  }

  private static GraphQlRequest operation(Map<?, ?> object) throws MalformedRequestException {
    Object operationName = object.get("operationName");
    if (operationName != null && !(operationName instanceof String)) {
      throw new MalformedRequestException("\"operationName\" must be a string.");
    }
    Object variables = object.get("variables");
    if (variables instanceof String text) {
      // Some clients send the variables as a JSON string, as a form body must.
      variables = text.isBlank() ? null : JsonReader.read(text);
    }
    return new GraphQlRequest(
        query(object.get("query")), emptyToNull((String) operationName), variables(variables));
  }

  private static String query(Object query) throws MalformedRequestException {
    if (!(query instanceof String text) || text.isBlank()) {
      throw new MalformedRequestException("The request has no \"query\" string.");
    }
    return text;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variables(Object variables) throws MalformedRequestException {
    if (variables == null) {
      return Map.of();
    }
    if (!(variables instanceof Map<?, ?>)) {
      throw new MalformedRequestException("\"variables\" must be a JSON object.");
    }
    return (Map<String, Object>) variables;
  }

  private static String token(Object value) {
    return value instanceof String text ? emptyToNull(text) : null;
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
