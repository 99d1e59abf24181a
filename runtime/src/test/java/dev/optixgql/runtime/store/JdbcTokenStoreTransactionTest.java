package dev.optixgql.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.store.TokenStore.StoredToken;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcTokenStore} on H2 behind a pool that hands out connections with auto-commit off (as
 * beside JPA) and holds one connection at most: every write is committed and read back by another
 * connection, no method takes a second connection, and concurrent writers leave the newest token.
 */
class JdbcTokenStoreTransactionTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final String url =
      "jdbc:h2:mem:tokens" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
  private final List<StrictPool> pools = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (StrictPool pool : pools) {
      pool.closeAll();
    }
    try (Connection c = DriverManager.getConnection(url)) {
      c.createStatement().execute("SHUTDOWN");
    }
  }

  private StrictPool pool(int size, boolean autoCommit) throws Exception {
    StrictPool pool = new StrictPool(url, size, autoCommit);
    pools.add(pool);
    return pool;
  }

  /** What another connection (auto-commit, outside the pool) reads: only what was committed. */
  private Optional<StoredToken> committed(String organization) throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement select =
            c.prepareStatement(
                "SELECT token, changed_at FROM optixgql_tokens WHERE organization_id = ?")) {
      select.setString(1, organization);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new StoredToken(row.getString(1), row.getLong(2)))
            : Optional.empty();
      }
    }
  }

  @Test
  void anOlderRowCommittedBetweenTheUpdateAndTheSelectIsReplaced() throws Exception {
    StrictPool pool = pool(1, false);
    JdbcTokenStore store = new JdbcTokenStore(pool);
    // The UPDATE found no row; before the SELECT, another instance commits an older token.
    pool.interruptOnceBefore(
        "SELECT token, changed_at",
        () -> {
          try (Connection other = DriverManager.getConnection(url);
              PreparedStatement insert =
                  other.prepareStatement(
                      "INSERT INTO optixgql_tokens (organization_id, token, changed_at)"
                          + " VALUES ('42', 'older-o', 1013)")) {
            insert.executeUpdate();
          }
        });

    assertTrue(store.saveIfNewer("42", new StoredToken("newer-o", 1015)));

    assertEquals(Optional.of(new StoredToken("newer-o", 1015)), committed("42"));
  }

  @Test
  void saveIfNewerCommitsOnAPoolOfOneWithoutAutoCommit() throws Exception {
    JdbcTokenStore store = new JdbcTokenStore(pool(1, false));

    assertTrue(store.saveIfNewer("42", new StoredToken("first-o", 100)));
    assertEquals(Optional.of(new StoredToken("first-o", 100)), committed("42"));
    assertTrue(store.saveIfNewer("42", new StoredToken("second-o", 200)));
    assertFalse(store.saveIfNewer("42", new StoredToken("older-o", 150)));
    assertFalse(store.saveIfNewer("42", new StoredToken("same-time-o", 200)), "equal replaced");
    store.save("7", new StoredToken("seven-o", 1));

    assertEquals(Optional.of(new StoredToken("second-o", 200)), committed("42"));
    assertEquals(Optional.of(new StoredToken("seven-o", 1)), committed("7"));
    assertEquals(2, store.loadAll().size());
    assertEquals(Optional.of(new StoredToken("second-o", 200)), store.load("42"));
  }

  @Test
  void theConnectionsAutoCommitIsRestoredAfterEachCall() throws Exception {
    StrictPool pool = pool(1, true);
    JdbcTokenStore store = new JdbcTokenStore(pool);

    store.saveIfNewer("42", new StoredToken("t-o", 100));
    store.save("42", new StoredToken("u-o", 101));
    store.load("42");

    try (Connection c = pool.getConnection()) {
      assertTrue(c.getAutoCommit());
    }
    assertEquals(Optional.of(new StoredToken("u-o", 101)), committed("42"));
  }

  @Test
  void sixteenConcurrentWritersLeaveTheNewestToken() throws Exception {
    int writers = 16;
    for (int round = 0; round < 5; round++) {
      JdbcTokenStore store = new JdbcTokenStore(pool(writers, false));
      String organization = "org-" + round;
      ExecutorService threads = Executors.newFixedThreadPool(writers);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        // Distinct timestamps, the newest in the middle of the start order.
        long timestamp = 1_000 + (i * 7L) % writers;
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  return store.saveIfNewer(
                      organization, new StoredToken("token-" + timestamp + "-o", timestamp));
                }));
      }
      start.countDown();
      int stored = 0;
      for (Future<Boolean> result : results) {
        stored += result.get() ? 1 : 0;
      }
      threads.shutdown();

      long newest = 1_000 + writers - 1;
      assertEquals(
          Optional.of(new StoredToken("token-" + newest + "-o", newest)), committed(organization));
      assertTrue(stored >= 1, "at least the newest writer stored");
    }
  }
}
