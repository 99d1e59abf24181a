package dev.optixgql.runtime.store;

import java.util.Map;
import java.util.Optional;

/**
 * Where {@link dev.optixgql.runtime.OrganizationTokens} keeps each organization's token so it
 * survives a restart: Optix sends an organization's token only on install and rotation, so a token
 * held in memory alone is lost with the process. Implementations: {@link FileTokenStore}, {@link
 * JdbcTokenStore}, or your own (a secrets manager, say).
 *
 * <p>{@link #save} returns only once the entry is durable: a webhook is acknowledged after it, so a
 * failed write makes Optix deliver the webhook again. Implementations must be thread-safe.
 */
public interface TokenStore {
  /**
   * Every stored entry, by organization id (uninstalled organizations included).
   *
   * @return the stored entries, keyed by organization id
   * @throws TokenStoreException if the storage cannot be read
   */
  Map<String, StoredToken> loadAll();

  /**
   * Stores {@code entry} for {@code organizationId} durably, replacing what was there.
   *
   * @param organizationId the organization the token belongs to
   * @param entry the token and its timestamp to keep
   * @throws TokenStoreException if the entry could not be written durably
   */
  void save(String organizationId, StoredToken entry);

  /**
   * The entry of one organization as stored now. Stores shared by several app instances answer from
   * the shared storage, so a token another instance stored is seen at once. The default reads
   * {@link #loadAll}.
   *
   * @param organizationId the organization to look up
   * @return the organization's stored entry, or empty if none was ever stored
   * @throws TokenStoreException if the storage cannot be read
   */
  default Optional<StoredToken> load(String organizationId) {
    return Optional.ofNullable(loadAll().get(organizationId));
  }

  /**
   * Stores {@code entry} only if it is strictly newer than the stored entry (a greater timestamp;
   * an equal one is kept, so an event delivered twice is applied once), and says whether it stored
   * it: the newest by Optix's timestamp wins, whatever order the writes arrive in. The default
   * reads, then saves, which is atomic only within one process; {@link JdbcTokenStore} decides in
   * one conditional statement.
   *
   * @param organizationId the organization the token belongs to
   * @param entry the token and its timestamp to keep
   * @return {@code true} if {@code entry} was stored, {@code false} if an entry as new or newer was
   *     kept
   * @throws TokenStoreException if the storage cannot be read or written
   */
  default boolean saveIfNewer(String organizationId, StoredToken entry) {
    Optional<StoredToken> stored = load(organizationId);
    if (stored.isPresent() && stored.get().timestamp() >= entry.timestamp()) {
      return false;
    }
    save(organizationId, entry);
    return true;
  }

  /**
   * An organization's token as of {@code timestamp} (unix seconds, the webhook's {@code
   * created_timestamp} or the time it was put); {@code token} is {@code null} once the app was
   * uninstalled there. Its {@code toString} never shows the token.
   *
   * @param token the organization's token, or {@code null} once the app was uninstalled there
   * @param timestamp the entry's time in unix seconds: the webhook's {@code created_timestamp}, or
   *     when the token was put
   */
  record StoredToken(String token, long timestamp) {
    @Override
    public String toString() {
      return "StoredToken[" + (token == null ? "uninstalled" : "token") + ", " + timestamp + "]";
    }
  }
}
