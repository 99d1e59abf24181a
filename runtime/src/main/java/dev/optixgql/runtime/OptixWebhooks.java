package dev.optixgql.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Receives Optix webhooks without a framework: give it the raw form body of the POST and answer
 * with {@link Result#httpStatus()}. It verifies {@code request_signature} (hex SHA-1 of {@code
 * client_id + secret + created_timestamp}, compared in constant time), refuses timestamps outside
 * the window (replays), and keeps {@link OrganizationTokens} current on {@code app_install} and
 * {@code organization_token_updated}; {@code app_uninstall} forgets the organization.
 *
 * <p>The signature does not cover {@code organization_id}, the event or the token: anyone who saw
 * one delivery could, for the whole window, replay its signature with another organization's id and
 * a token of their own, or uninstall any organization. So by default the API is asked first, with
 * one request ({@code me { organization { organization_id } }}): a token is stored only if it acts
 * for the organization named, and an uninstall is applied only once the API refuses the stored
 * token. {@link Builder#build()} requires that choice: {@link Builder#verifyTokensWith} or, at your
 * own risk, {@link Builder#withoutTokenVerification()}.
 *
 * <pre>{@code
 * OptixWebhooks webhooks =
 *     OptixWebhooks.builder("app-secret", tokens).clientId("123").verifyTokensWith(client).build();
 * OptixWebhooks.Result result = webhooks.handle(formBody);
 * response.setStatus(result.httpStatus());
 * }</pre>
 */
public final class OptixWebhooks {
  /** The most fields a webhook body may have; Optix sends six. */
  public static final int MAX_FIELDS = 32;

  /** The default of {@link Builder#maxBodyChars}: far above the few hundred bytes Optix sends. */
  public static final int DEFAULT_MAX_BODY_CHARS = 16 * 1024;

  /** The longest {@code client_id}, {@code created_timestamp} or signature hashed. */
  private static final int MAX_SIGNED_CHARS = 256;

  /** The longest event name or organization id a result repeats. */
  private static final int MAX_ECHOED_CHARS = 128;

  private final String secret;
  private final String clientId;
  private final Duration window;
  private final Clock clock;
  private final int maxBodyChars;

  /** Applies verified token events, after asking the API whose a token is (unless opted out). */
  private final TokenEvents events;

  private OptixWebhooks(Builder builder) {
    this.events =
        new TokenEvents(
            builder.tokens,
            builder.verifier == null ? null : new TokenOwnership(builder.verifier),
            builder.clock);
    this.secret = builder.secret;
    this.clientId = builder.clientId;
    this.window = builder.window;
    this.clock = builder.clock;
    this.maxBodyChars = builder.maxBodyChars;
  }

  /**
   * Starts configuring a receiver that verifies webhooks with {@code secret} and keeps {@code
   * tokens} current.
   *
   * @param secret the app secret, from the app's page in the Optix dashboard
   * @param tokens the organization tokens that token-bearing and uninstall events update
   * @return a new builder
   */
  public static Builder builder(String secret, OrganizationTokens tokens) {
    return new Builder(secret, tokens);
  }

  /** What became of a webhook. */
  public enum Status {
    /** Verified; a token-bearing event stored the organization's new token. */
    TOKEN_STORED,
    /** Verified; {@code app_uninstall} removed the organization's token. */
    TOKEN_REMOVED,
    /** Verified; an event this helper has nothing to do for (fetch its data by query). */
    ACCEPTED,
    /**
     * Verified, and acknowledged so Optix stops re-sending it, but not applied: the organization's
     * token changed at or after this event's {@code created_timestamp} (a delayed re-delivery, or
     * the same event delivered again). Only a strictly newer event replaces what is stored.
     */
    IGNORED_OLDER,
    /**
     * Signed, but the API contradicts it: the token it carries does not act for its {@code
     * organization_id} (or is refused), or, for {@code app_uninstall}, the organization's stored
     * token still works. A replayed signature with forged fields, most likely; nothing changed.
     * Answered 403: a genuine event Optix re-sends (an uninstall sent before the token was revoked)
     * is applied when the API agrees.
     */
    REJECTED_UNVERIFIED,
    /**
     * Signed, but the API could not be asked whose the token is (network, timeout, HTTP 5xx, rate
     * limit): answered 503 so Optix sends the webhook again; nothing changed.
     */
    VERIFICATION_UNAVAILABLE,
    /** The signature is missing or wrong, or the client id is not ours. */
    REJECTED_SIGNATURE,
    /**
     * Verified, but the token store could not save the change durably: answered 503 so Optix sends
     * the webhook again; nothing changed.
     */
    STORE_FAILED,
    /** The timestamp is outside the window: a replay, or a badly wrong clock. */
    REJECTED_REPLAY,
    /** A required field is missing or not what it should be. */
    REJECTED_MALFORMED
  }

  /**
   * The outcome; {@code event} and {@code organizationId} are {@code null} when unknown. Its {@code
   * toString} never shows a token.
   *
   * @param status what became of the webhook
   * @param event the {@code event} field, or {@code null} when missing or too long
   * @param organizationId the {@code organization_id} field, or {@code null} when missing or too
   *     long
   * @param detail why, in a few words, for logs
   */
  public record Result(Status status, String event, String organizationId, String detail) {
    /**
     * 200 for a verified webhook (Optix re-sends until it gets a 2xx), 503 when the store failed or
     * the API could not be asked ({@link Status#STORE_FAILED}, {@link
     * Status#VERIFICATION_UNAVAILABLE}), 403 when the API contradicts it ({@link
     * Status#REJECTED_UNVERIFIED}), 401 for a bad signature, else 400.
     *
     * @return the HTTP status to answer the webhook's POST with
     */
    public int httpStatus() {
      switch (status) {
        case TOKEN_STORED:
        case TOKEN_REMOVED:
        case ACCEPTED:
        case IGNORED_OLDER:
          return 200;
        case REJECTED_SIGNATURE:
          return 401;
        case STORE_FAILED:
        case VERIFICATION_UNAVAILABLE:
          return 503;
        case REJECTED_UNVERIFIED:
          return 403;
        default:
          return 400;
      }
    }

    /**
     * Whether the webhook was verified and handled, so Optix need not send it again.
     *
     * @return {@code true} when {@link #httpStatus()} is 200
     */
    public boolean accepted() {
      return httpStatus() == 200;
    }
  }

  /**
   * Verifies and applies a webhook given its raw {@code application/x-www-form-urlencoded} body. A
   * body longer than {@link Builder#maxBodyChars} or with more than {@value #MAX_FIELDS} fields is
   * refused before it is parsed.
   *
   * @param formBody the POST's body, as received; {@code null} is refused as malformed
   * @return the outcome, whose {@link Result#httpStatus()} is the answer to send
   */
  public Result handle(String formBody) {
    if (formBody == null) {
      return malformed(null, null, "no body");
    }
    String tooLarge = WebhookForm.tooLarge(formBody, maxBodyChars, MAX_FIELDS);
    return tooLarge != null ? malformed(null, null, tooLarge) : handle(WebhookForm.parse(formBody));
  }

  /**
   * Verifies and applies a webhook given its decoded form fields. Nothing a field can make costly
   * happens before the signature is checked; then every event must name its organization, and a
   * token-bearing event an organization token that can be sent. Per organization, an event older
   * than the last one applied is acknowledged and ignored ({@link Status#IGNORED_OLDER}).
   *
   * @param form the body's fields by name, decoded; {@code null} is refused as malformed
   * @return the outcome, whose {@link Result#httpStatus()} is the answer to send
   */
  public Result handle(Map<String, String> form) {
    try {
      return decide(form);
    } catch (RuntimeException | StackOverflowError e) {
      // No input may throw out of a webhook endpoint; whatever did is a refusal, not a crash.
      return malformed(null, null, "could not be handled: " + e.getClass().getSimpleName());
    }
  }

  private Result decide(Map<String, String> form) {
    if (form == null) {
      return malformed(null, null, "no fields");
    }
    if (form.size() > MAX_FIELDS) {
      return malformed(null, null, "more than " + MAX_FIELDS + " fields");
    }
    String event = shortOrNull(form.get("event"));
    String organization = shortOrNull(form.get("organization_id"));
    Result refused = refusal(form, event, organization);
    if (refused != null) {
      return refused;
    }
    long timestamp = Long.parseLong(form.get("created_timestamp").trim()); // checked above
    switch (event) {
      case "app_install":
      case "organization_token_updated":
        return events.install(event, organization, form.get("organization_token"), timestamp);
      case "app_uninstall":
        return events.uninstall(event, organization, timestamp);
      default:
        return new Result(Status.ACCEPTED, event, organization, "nothing to do");
    }
  }

  /**
   * Why the webhook is refused before anything is done for it, or {@code null}: the signed fields
   * present and short, the signature and client id ours, the timestamp a number inside the window,
   * an event and an organization named (without control characters).
   */
  private Result refusal(Map<String, String> form, String event, String organization) {
    String sentClientId = form.get("client_id");
    String created = form.get("created_timestamp");
    String signature = form.get("request_signature");
    if (sentClientId == null || created == null || signature == null) {
      return malformed(
          event, organization, "client_id, created_timestamp and request_signature are required");
    }
    if (sentClientId.length() > MAX_SIGNED_CHARS
        || created.length() > MAX_SIGNED_CHARS
        || signature.length() > MAX_SIGNED_CHARS) {
      return malformed(
          event, organization, "client_id, created_timestamp or request_signature is too long");
    }
    if (!MessageDigest.isEqual(
        bytes(signature.toLowerCase(Locale.ROOT)), bytes(sign(sentClientId, secret, created)))) {
      return new Result(Status.REJECTED_SIGNATURE, event, organization, "signature mismatch");
    }
    if (clientId != null && !clientId.equals(sentClientId)) {
      return new Result(Status.REJECTED_SIGNATURE, event, organization, "another app's client_id");
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(created.trim());
    } catch (NumberFormatException e) {
      return malformed(event, organization, "created_timestamp");
    }
    long now = clock.instant().getEpochSecond();
    // Compared without subtracting from the timestamp: now - timestamp overflows for a timestamp
    // near Long.MIN_VALUE, and Math.abs(Long.MIN_VALUE) is negative, which let it pass as fresh.
    if (timestamp < now - window.toSeconds() || timestamp > now + window.toSeconds()) {
      return new Result(
          Status.REJECTED_REPLAY,
          event,
          organization,
          "created_timestamp " + timestamp + " is more than " + window.toSeconds() + " s from now");
    }
    if (event == null || event.isBlank()) {
      return malformed(null, organization, "event is required");
    }
    if (organization == null || organization.isBlank()) {
      return malformed(event, null, "organization_id is required");
    }
    if (organization.chars().anyMatch(Character::isISOControl)) {
      // A tab or line break would break a store's format (FileTokenStore refuses it).
      return malformed(event, null, "organization_id holds a control character");
    }
    return null;
  }

  static Result malformed(String event, String organization, String detail) {
    return new Result(Status.REJECTED_MALFORMED, event, organization, detail);
  }

  /** A field echoed in a {@link Result}: kept only if short, so a result never carries a flood. */
  private static String shortOrNull(String value) {
    return value == null || value.length() > MAX_ECHOED_CHARS ? null : value;
  }

  /**
   * The signature Optix sends: hex SHA-1 of {@code clientId + secret + createdTimestamp}.
   *
   * @param clientId the app's client id, as in the {@code client_id} field
   * @param secret the app secret
   * @param createdTimestamp the {@code created_timestamp} field, as sent
   * @return the signature, 40 lowercase hex digits
   */
  public static String sign(String clientId, String secret, String createdTimestamp) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      byte[] digest =
          sha1.digest((clientId + secret + createdTimestamp).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by every JDK", e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "OptixWebhooks{clientId=" + clientId + ", window=" + window + events + "}";
  }

  /** Configures {@link OptixWebhooks}. */
  public static final class Builder {
    /** The widest replay window: a day. */
    private static final Duration MAX_WINDOW = Duration.ofDays(1);

    private final String secret;
    private final OrganizationTokens tokens;
    private String clientId;
    private Duration window = Duration.ofMinutes(15);
    private Clock clock = Clock.systemUTC();
    private int maxBodyChars = DEFAULT_MAX_BODY_CHARS;
    private OptixClient verifier;
    private boolean unverified;

    private Builder(String secret, OrganizationTokens tokens) {
      this.secret = Objects.requireNonNull(secret, "secret");
      this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /**
     * Accept only this app's webhooks (recommended).
     *
     * @param clientId the app's client id; webhooks with another {@code client_id} are rejected
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * How far {@code created_timestamp} may be from now (default 15 minutes: Optix re-sends a
     * webhook with its original timestamp until it gets a 2xx).
     *
     * @param window the largest distance either way, positive and at most a day
     * @return this builder
     * @throws IllegalArgumentException if {@code window} is not positive or longer than a day
     */
    public Builder window(Duration window) {
      Objects.requireNonNull(window, "window");
      if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
        throw new IllegalArgumentException(
            "The replay window must be positive and at most " + MAX_WINDOW + ": " + window);
      }
      this.window = window;
      return this;
    }

    /**
     * The longest body {@link #handle(String)} parses (default {@value
     * OptixWebhooks#DEFAULT_MAX_BODY_CHARS} characters); a longer one is refused at once.
     *
     * @param maxBodyChars the longest body accepted, in characters; at least 256
     * @return this builder
     * @throws IllegalArgumentException if {@code maxBodyChars} is less than 256
     */
    public Builder maxBodyChars(int maxBodyChars) {
      if (maxBodyChars < 256) {
        throw new IllegalArgumentException("maxBodyChars must be at least 256: " + maxBodyChars);
      }
      this.maxBodyChars = maxBodyChars;
      return this;
    }

    /**
     * The clock replays are judged by (for tests).
     *
     * @param clock the clock that gives the current time; the system UTC clock by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Checks each token with the API before acting on it (the safe choice): {@code app_install} and
     * {@code organization_token_updated} store their token only if one request with it ({@code me {
     * organization { organization_id } }}) shows it acts for the webhook's {@code organization_id};
     * {@code app_uninstall} forgets the organization only once the API refuses its stored token.
     * The request goes through {@code client} (its endpoint, timeouts, retry policy, and the
     * token's rate-limit budget); when it cannot be made, nothing changes and the webhook is
     * answered 503 ({@link Status#VERIFICATION_UNAVAILABLE}) so Optix sends it again.
     *
     * @param client the app's client, on the Optix endpoint; its own token is not used
     * @return this builder
     */
    public Builder verifyTokensWith(OptixClient client) {
      this.verifier = Objects.requireNonNull(client, "client");
      this.unverified = false;
      return this;
    }

    /**
     * Acts on signed webhooks without asking the API (not recommended): anyone who captured one
     * signed delivery can then, until its timestamp leaves the window, store a token of their own
     * for any organization, or uninstall any organization. Only for tests, or when the endpoint is
     * reachable by Optix alone and its traffic cannot be read.
     *
     * @return this builder
     */
    public Builder withoutTokenVerification() {
      this.verifier = null;
      this.unverified = true;
      return this;
    }

    /**
     * Creates the receiver.
     *
     * @return a new receiver with this builder's settings
     * @throws IllegalStateException if neither {@link #verifyTokensWith} nor {@link
     *     #withoutTokenVerification()} was chosen
     */
    public OptixWebhooks build() {
      if (verifier == null && !unverified) {
        throw new IllegalStateException(
            "Choose how OptixWebhooks checks the tokens webhooks carry: verifyTokensWith(client)"
                + " asks the Optix API, with one request per token, whether the token belongs to"
                + " the webhook's organization (recommended: the signature covers neither the"
                + " organization nor the token, so a captured one can be replayed with any);"
                + " withoutTokenVerification() trusts every signed webhook.");
      }
      return new OptixWebhooks(this);
    }
  }
}
