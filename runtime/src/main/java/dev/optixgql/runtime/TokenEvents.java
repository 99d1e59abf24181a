package dev.optixgql.runtime;

import dev.optixgql.runtime.OptixWebhooks.Result;
import dev.optixgql.runtime.OptixWebhooks.Status;
import dev.optixgql.runtime.store.TokenStoreException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link OptixWebhooks} does with a webhook whose signature and timestamp it accepted: stores
 * a token-bearing event's token once the API says it acts for the organization named, and forgets
 * an organization's token once the API refuses the stored one ({@link TokenOwnership}); an event
 * not newer than the organization's last applied change is acknowledged and not applied.
 */
final class TokenEvents {
  /** How long an uninstall the API contradicted is refused again without asking. */
  private static final long RECHECK_MILLIS = 60_000;

  /** The most contradicted uninstalls remembered; beyond, the memory starts afresh. */
  private static final int MAX_REMEMBERED = 10_000;

  private final OrganizationTokens tokens;

  /** Asks the API whose a token is; {@code null} after {@code withoutTokenVerification()}. */
  private final TokenOwnership ownership;

  private final Clock clock;

  /**
   * Uninstalls the API contradicted (the stored token still worked), by organization and {@code
   * created_timestamp}, with when: a replayed signature can name any organization, and each check
   * spends a request of that organization's budget, so the same replay is refused for a minute
   * without another request (a genuine re-delivery after that is checked again).
   */
  private final ConcurrentHashMap<String, Long> contradicted = new ConcurrentHashMap<>();

  TokenEvents(OrganizationTokens tokens, TokenOwnership ownership, Clock clock) {
    this.tokens = tokens;
    this.ownership = ownership;
    this.clock = clock;
  }

  /**
   * Stores the event's token if no change at or after {@code timestamp} is stored and the API says
   * the token acts for {@code organization}.
   */
  Result install(String event, String organization, String token, long timestamp) {
    if (token == null || token.isBlank()) {
      return OptixWebhooks.malformed(
          event, organization, "organization_token is required for " + event);
    }
    try {
      InvalidTokenException.requireSendable(token, "organization_token");
    } catch (InvalidTokenException e) {
      return OptixWebhooks.malformed(
          event, organization, e.getMessage().replace(" Nothing was sent.", ""));
    }
    if (TokenKind.of(token) != TokenKind.ORGANIZATION) {
      return OptixWebhooks.malformed(
          event, organization, "organization_token is not an organization token (ends in 'o')");
    }
    try {
      if (!tokens.isNewer(organization, timestamp)) {
        return olderThanLast(event, organization, timestamp); // no request for a re-delivery
      }
    } catch (RuntimeException e) {
      return storeFailed(event, organization, e);
    }
    if (ownership != null) {
      TokenOwnership.Answer answer = ownership.check(token, organization);
      switch (answer.verdict()) {
        case BELONGS:
          break;
        case UNKNOWN:
          return unverifiable(event, organization, answer);
        default:
          return new Result(
              Status.REJECTED_UNVERIFIED,
              event,
              organization,
              "not stored: " + answer.detail() + " (a replayed signature?)");
      }
    }
    try {
      if (!tokens.putIfNewer(organization, token, timestamp)) {
        return olderThanLast(event, organization, timestamp);
      }
    } catch (RuntimeException e) {
      return storeFailed(event, organization, e);
    }
    return new Result(
        Status.TOKEN_STORED,
        event,
        organization,
        ownership == null ? "token stored (not verified)" : "token stored");
  }

  /**
   * Forgets the organization's token if no change at or after {@code timestamp} is stored and the
   * API refuses the stored token.
   */
  Result uninstall(String event, String organization, long timestamp) {
    Optional<String> stored;
    try {
      if (!tokens.isNewer(organization, timestamp)) {
        return olderThanLast(event, organization, timestamp);
      }
      stored = tokens.get(organization);
    } catch (RuntimeException e) {
      return storeFailed(event, organization, e);
    }
    if (ownership != null) {
      if (stored.isEmpty()) {
        // Nothing to forget, and nothing recorded: a forged uninstall must not block an install.
        return new Result(Status.ACCEPTED, event, organization, "no token stored, nothing removed");
      }
      String key = organization + '\n' + timestamp;
      Long checkedAt = contradicted.get(key);
      long now = clock.millis();
      if (checkedAt != null && now - checkedAt < RECHECK_MILLIS) {
        return stillWorks(event, organization, " (checked less than a minute ago)");
      }
      TokenOwnership.Answer answer = ownership.check(stored.get(), organization);
      switch (answer.verdict()) {
        case REFUSED:
          contradicted.remove(key);
          break;
        case UNKNOWN:
          return unverifiable(event, organization, answer);
        default:
          if (contradicted.size() >= MAX_REMEMBERED) {
            contradicted.clear();
          }
          contradicted.put(key, now);
          return stillWorks(event, organization, "");
      }
    }
    try {
      if (!tokens.removeIfNewer(organization, timestamp)) {
        return olderThanLast(event, organization, timestamp);
      }
    } catch (RuntimeException e) {
      return storeFailed(event, organization, e);
    }
    return new Result(Status.TOKEN_REMOVED, event, organization, "token removed");
  }

  private static Result stillWorks(String event, String organization, String when) {
    return new Result(
        Status.REJECTED_UNVERIFIED,
        event,
        organization,
        "not removed: the organization's stored token still works"
            + when
            + " (a replayed signature?)");
  }

  private static Result unverifiable(
      String event, String organization, TokenOwnership.Answer answer) {
    return new Result(
        Status.VERIFICATION_UNAVAILABLE,
        event,
        organization,
        "nothing changed, Optix will resend: " + answer.detail());
  }

  private static Result storeFailed(String event, String organization, RuntimeException e) {
    return new Result(
        Status.STORE_FAILED,
        event,
        organization,
        "not stored durably, Optix will resend: "
            + (e instanceof TokenStoreException ? e.getMessage() : e.getClass().getSimpleName()));
  }

  private static Result olderThanLast(String event, String organization, long timestamp) {
    return new Result(
        Status.IGNORED_OLDER,
        event,
        organization,
        "created_timestamp "
            + timestamp
            + " is not newer than the organization's last applied change; acknowledged, not"
            + " applied");
  }

  /** What {@link OptixWebhooks#toString} shows of it: the tokens, and whether they are verified. */
  @Override
  public String toString() {
    return ", tokens="
        + tokens
        + (ownership == null ? ", tokens not verified" : ", tokens verified");
  }
}
