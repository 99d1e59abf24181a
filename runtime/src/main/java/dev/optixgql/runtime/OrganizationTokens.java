package dev.optixgql.runtime;

import dev.optixgql.runtime.store.TokenStore;
import dev.optixgql.runtime.store.TokenStoreException;
import java.time.Instant;
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
 * <p>Each organization remembers when its token last changed (the webhook's {@code
 * created_timestamp}, or now for {@link #put}), also after an uninstall, so an event not newer than
 * that (Optix re-delivers a webhook with its original timestamp) cannot undo a newer one, nor apply
 * the same one twice.
 *
 * <pre>{@code
 * OrganizationTokens tokens = new OrganizationTokens();
 * Bookings forAcme = client.withTokens(tokens.provider("42")).create(Bookings.class);
 * }</pre>
 */
public final class OrganizationTokens {
  /** An organization's token ({@code null} once uninstalled) and when it was set, unix seconds. */
  private record Entry(String token, long timestamp) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final TokenStore store;

  /** Whether every read and write goes to {@link #store} (several instances share it). */
  private final boolean shared;

  /** Tokens held in memory only: lost when the process ends. */
  public OrganizationTokens() {
    this.store = null;
    this.shared = false;
  }

  private OrganizationTokens(TokenStore store, boolean shared) {
    this.store = Objects.requireNonNull(store, "store");
    this.shared = shared;
  }

  /**
   * Tokens that live in {@code store} alone, shared by every app instance opened on it (a {@link
   * dev.optixgql.runtime.store.JdbcTokenStore} on one database): each request reads its
   * organization's token from the store, so a token a webhook delivered to any instance is used by
   * all of them from their next request; each change is stored only if no newer one (by Optix's
   * timestamp) is there. A store that cannot be reached fails the calls that need it with {@link
   * TokenStoreException}, and nothing stored is lost.
   *
   * @param store the store every instance opens, read and written on every use
   * @return tokens that keep nothing in memory
   */
  public static OrganizationTokens shared(TokenStore store) {
    return new OrganizationTokens(store, true);
  }

  /**
   * Tokens kept in {@code store} as well, and loaded from it now: they survive a restart. Every
   * change is saved before it takes effect; a failed save throws {@link TokenStoreException} and
   * changes nothing (a webhook is then answered 503, and Optix sends it again).
   *
   * @param store the store to load the tokens from and save every change to
   * @throws TokenStoreException if the store cannot be read
   */
  public OrganizationTokens(TokenStore store) {
    this.store = Objects.requireNonNull(store, "store");
    this.shared = false;
    store
        .loadAll()
        .forEach(
            (organization, stored) ->
                entries.put(organization, new Entry(stored.token(), stored.timestamp())));
  }

  /**
   * Stores (or replaces) the token of {@code organizationId}, as of now.
   *
   * @param organizationId the organization's id
   * @param token the organization's token
   * @throws IllegalArgumentException if the token is blank
   * @throws InvalidTokenException if the token cannot be sent as it is
   * @throws TokenStoreException if the store cannot save it; nothing changes
   */
  public void put(String organizationId, String token) {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("The token is empty.");
    }
    InvalidTokenException.requireSendable(token, "OrganizationTokens.put");
    if (shared) {
      store.save(organizationId, new TokenStore.StoredToken(token, now())); // as of now: replaces
      return;
    }
    entries.compute(organizationId, (id, last) -> saved(id, new Entry(token, now())));
  }

  /**
   * Stores the token an event stamped {@code timestamp} (unix seconds) carried, unless the
   * organization's token changed at or after that (an install or uninstall, or this same event
   * before); returns whether it was stored.
   *
   * @param organizationId the organization's id
   * @param token the organization's token
   * @param timestamp when the event was created, in unix seconds ({@code created_timestamp})
   * @return {@code true} if the token was stored, {@code false} if a change as new or newer was
   *     kept
   * @throws InvalidTokenException if the token cannot be sent as it is
   * @throws TokenStoreException if the store cannot save it; nothing changes
   */
  public boolean putIfNewer(String organizationId, String token, long timestamp) {
    Objects.requireNonNull(organizationId, "organizationId");
    InvalidTokenException.requireSendable(token, "OrganizationTokens.putIfNewer");
    return apply(organizationId, new Entry(token, timestamp));
  }

  /**
   * The token of {@code organizationId}, read from the store for {@link #shared} tokens.
   *
   * @param organizationId the organization's id
   * @return its token, or empty when none was stored or the app was uninstalled
   */
  public Optional<String> get(String organizationId) {
    Entry entry = entry(organizationId);
    return Optional.ofNullable(entry == null ? null : entry.token());
  }

  /**
   * Forgets an organization's token, as of now.
   *
   * @param organizationId the organization's id
   * @throws TokenStoreException if the store cannot save the removal; nothing changes
   */
  public void remove(String organizationId) {
    if (shared) {
      store.save(organizationId, new TokenStore.StoredToken(null, now())); // as of now: replaces
      return;
    }
    entries.compute(organizationId, (id, last) -> saved(id, new Entry(null, now())));
  }

  /**
   * Forgets an organization's token on an event stamped {@code timestamp} ({@code app_uninstall}),
   * unless its token changed at or after that; returns whether it was forgotten.
   *
   * @param organizationId the organization's id
   * @param timestamp when the event was created, in unix seconds ({@code created_timestamp})
   * @return {@code false} if a change as new or newer was kept, else {@code true}
   * @throws TokenStoreException if the store cannot save the removal; nothing changes
   */
  public boolean removeIfNewer(String organizationId, long timestamp) {
    Objects.requireNonNull(organizationId, "organizationId");
    return apply(organizationId, new Entry(null, timestamp));
  }

  /**
   * Whether an event stamped {@code timestamp} is newer than the organization's last change (or it
   * has none): only such an event can be applied. Read from the store for {@link #shared} tokens.
   */
  boolean isNewer(String organizationId, long timestamp) {
    Entry entry = entry(organizationId);
    return entry == null || entry.timestamp() < timestamp;
  }

  /**
   * Applies {@code change} unless the organization's last change is as new or newer: an equal
   * timestamp is the same event delivered again (or one as old), never applied over what is stored.
   */
  private boolean apply(String organizationId, Entry change) {
    if (shared) {
      return store.saveIfNewer(
          organizationId, new TokenStore.StoredToken(change.token(), change.timestamp()));
    }
    boolean[] applied = {false};
    entries.compute(
        organizationId,
        (id, last) -> {
          if (last != null && last.timestamp() >= change.timestamp()) {
            return last;
          }
          Entry saved = saved(id, change);
          applied[0] = true;
          return saved;
        });
    return applied[0];
  }

  /**
   * The organizations with a token, sorted.
   *
   * @return the organizations' ids, in a new set that later changes do not affect
   */
  public Set<String> organizations() {
    Set<String> out = new TreeSet<>();
    if (shared) {
      store
          .loadAll()
          .forEach(
              (id, stored) -> {
                if (stored.token() != null) {
                  out.add(id);
                }
              });
      return out;
    }
    entries.forEach(
        (id, entry) -> {
          if (entry.token() != null) {
            out.add(id);
          }
        });
    return out;
  }

  /**
   * A provider for one organization: it reads the store on each call, so a token replaced by a
   * webhook is used by the next request, and a 401 retries with it.
   *
   * @param organizationId the organization whose token to send
   * @return a provider whose {@code token()} throws {@link OptixGqlException} while the
   *     organization has no token
   */
  public TokenProvider provider(String organizationId) {
    Objects.requireNonNull(organizationId, "organizationId");
    return new TokenProvider() {
      @Override
      public String token() {
        Entry entry = entry(organizationId);
        if (entry == null || entry.token() == null) {
          throw new OptixGqlException(
              "No token stored for organization "
                  + organizationId
                  + ": install the app there, or store its token with OrganizationTokens.put.");
        }
        return entry.token();
      }

      @Override
      public String toString() {
        return "OrganizationTokens.provider(" + organizationId + ")";
      }
    };
  }

  /** The organization's entry: from the shared store, or this instance's map. */
  private Entry entry(String organizationId) {
    if (!shared) {
      return entries.get(organizationId);
    }
    return store
        .load(organizationId)
        .map(stored -> new Entry(stored.token(), stored.timestamp()))
        .orElse(null);
  }

  /** Saves {@code entry} durably first (inside the map's per-key lock), then returns it. */
  private Entry saved(String organizationId, Entry entry) {
    if (store != null) {
      store.save(organizationId, new TokenStore.StoredToken(entry.token(), entry.timestamp()));
    }
    return entry;
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  @Override
  public String toString() {
    return shared
        ? "OrganizationTokens[shared, " + store + "]"
        : "OrganizationTokens[" + organizations().size() + " organizations]";
  }
}
