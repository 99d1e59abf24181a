package dev.optixgql.runtime;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The organization tokens of an app installed in many organizations, by organization id; kept
 * current by {@link OptixWebhooks} ({@code app_install}, {@code organization_token_updated}) or by
 * your own storage. Thread-safe; {@code toString} never shows a token.
 *
 * <pre>{@code
 * OrganizationTokens tokens = new OrganizationTokens();
 * Bookings forAcme = client.withTokens(tokens.provider("42")).create(Bookings.class);
 * }</pre>
 */
public final class OrganizationTokens {
  private final ConcurrentHashMap<String, String> tokens = new ConcurrentHashMap<>();

  /** Stores (or replaces) the token of {@code organizationId}. */
  public void put(String organizationId, String token) {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("The token is empty.");
    }
    tokens.put(organizationId, token);
  }

  public Optional<String> get(String organizationId) {
    return Optional.ofNullable(tokens.get(organizationId));
  }

  /** Forgets an organization, e.g. on {@code app_uninstall}. */
  public void remove(String organizationId) {
    tokens.remove(organizationId);
  }

  /** The organizations with a token, sorted. */
  public Set<String> organizations() {
    return new TreeSet<>(tokens.keySet());
  }

  /**
   * A provider for one organization: it reads the store on each call, so a token replaced by a
   * webhook is used by the next request, and a 401 retries with it.
   */
  public TokenProvider provider(String organizationId) {
    Objects.requireNonNull(organizationId, "organizationId");
    return new TokenProvider() {
      @Override
      public String token() {
        String token = tokens.get(organizationId);
        if (token == null) {
          throw new OptixGqlException(
              "No token stored for organization "
                  + organizationId
                  + ": install the app there, or store its token with OrganizationTokens.put.");
        }
        return token;
      }

      @Override
      public String toString() {
        return "OrganizationTokens.provider(" + organizationId + ")";
      }
    };
  }

  @Override
  public String toString() {
    return "OrganizationTokens[" + tokens.size() + " organizations]";
  }
}
