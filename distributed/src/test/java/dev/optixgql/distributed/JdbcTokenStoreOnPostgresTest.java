package dev.optixgql.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.optixgql.runtime.store.JdbcTokenStore;
import dev.optixgql.runtime.store.TokenStore.StoredToken;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JdbcTokenStore} on PostgreSQL through HikariCP configured as beside JPA (auto-commit off):
 * with a pool of one connection every save is committed and seen by another connection, and sixteen
 * concurrent writers with distinct timestamps leave the newest token.
 */
class JdbcTokenStoreOnPostgresTest {
  @TempDir Path data;
  private EmbeddedPostgres postgres;
  private final List<HikariDataSource> pools = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data.resolve("pgdata"))
            .setCleanDataDirectory(false)
            .start();
  }

  @AfterEach
  void stop() throws Exception {
    pools.forEach(HikariDataSource::close);
    postgres.close();
  }

  private HikariDataSource pool(int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setAutoCommit(false);
    config.setMaximumPoolSize(size);
    config.setConnectionTimeout(2_000);
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  /** What a connection outside the pool, with auto-commit, reads: only what was committed. */
  private Optional<StoredToken> committed(String organization) throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
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
  void everySaveIsCommittedOnAPoolOfOneWithoutAutoCommit() throws Exception {
    JdbcTokenStore store = new JdbcTokenStore(pool(1));

    assertTrue(store.saveIfNewer("42", new StoredToken("first-o", 100)));
    assertEquals(Optional.of(new StoredToken("first-o", 100)), committed("42"));
    assertTrue(store.saveIfNewer("42", new StoredToken("second-o", 200)));
    assertFalse(store.saveIfNewer("42", new StoredToken("older-o", 150)));
    store.save("7", new StoredToken("seven-o", 1));

    assertEquals(Optional.of(new StoredToken("second-o", 200)), committed("42"));
    assertEquals(Optional.of(new StoredToken("seven-o", 1)), committed("7"));
    assertEquals(Optional.of(new StoredToken("second-o", 200)), store.load("42"));
    assertEquals(2, store.loadAll().size());
  }

  @Test
  void sixteenConcurrentWritersLeaveTheNewestToken() throws Exception {
    int writers = 16;
    JdbcTokenStore store = new JdbcTokenStore(pool(writers));
    ExecutorService threads = Executors.newFixedThreadPool(writers);
    try {
      for (int round = 0; round < 5; round++) {
        String organization = "org-" + round;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
          long timestamp = 1_000 + (i * 7L) % writers; // distinct, the newest mid-way
          results.add(
              threads.submit(
                  () -> {
                    start.await();
                    return store.saveIfNewer(
                        organization, new StoredToken("token-" + timestamp + "-o", timestamp));
                  }));
        }
        start.countDown();
        for (Future<Boolean> result : results) {
          result.get();
        }
        long newest = 1_000 + writers - 1;
        assertEquals(
            Optional.of(new StoredToken("token-" + newest + "-o", newest)),
            committed(organization));
      }
    } finally {
      threads.shutdown();
    }
  }
}
