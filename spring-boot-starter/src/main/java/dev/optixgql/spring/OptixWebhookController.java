package dev.optixgql.spring;

import dev.optixgql.runtime.OptixWebhooks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Optix's webhooks at {@code optixgql.webhooks.path} ({@code /optix/webhooks} by default): each
 * form goes to {@link OptixWebhooks#handle(String)}, which checks its signature and keeps the
 * organization's token current in {@code OrganizationTokens}; the answer is its status code (2xx
 * once handled, so Optix stops re-sending) and status name. Exists only when {@code
 * optixgql.webhooks.secret} is set.
 */
@RestController
public class OptixWebhookController {
  private final OptixWebhooks webhooks;

  OptixWebhookController(OptixWebhooks webhooks) {
    this.webhooks = webhooks;
  }

  /**
   * Handles one webhook.
   *
   * @param form the form as posted
   * @return its status and status name
   */
  @PostMapping(
      path = "${optixgql.webhooks.path:/optix/webhooks}",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = MediaType.TEXT_PLAIN_VALUE)
  public ResponseEntity<String> receive(@RequestBody(required = false) String form) {
    OptixWebhooks.Result result = webhooks.handle(form == null ? "" : form);
    return ResponseEntity.status(result.httpStatus()).body(result.status().name());
  }
}
