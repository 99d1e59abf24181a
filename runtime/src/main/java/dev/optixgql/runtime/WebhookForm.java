package dev.optixgql.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A webhook's {@code application/x-www-form-urlencoded} body, as {@link OptixWebhooks} reads it:
 * measured before it is decoded (a flood is refused unparsed), then decoded into fields.
 */
final class WebhookForm {
  private WebhookForm() {}

  /**
   * Why {@code body} is refused unparsed, or {@code null}: more than {@code maxChars} characters or
   * more than {@code maxFields} fields.
   */
  static String tooLarge(String body, int maxChars, int maxFields) {
    if (body.length() > maxChars) {
      return "a body of " + body.length() + " characters (at most " + maxChars + ")";
    }
    int fields = 1;
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) == '&' && ++fields > maxFields) {
        return "more than " + maxFields + " fields";
      }
    }
    return null;
  }

  /** Decodes a form body; repeated fields keep the first value, a malformed escape is skipped. */
  static Map<String, String> parse(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (body == null || body.isEmpty()) {
      return fields;
    }
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        fields.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // A malformed escape: skip the field; the checks after it report what is missing.
      }
    }
    return fields;
  }
}
