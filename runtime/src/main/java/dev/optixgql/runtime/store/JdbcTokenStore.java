package dev.optixgql.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Keeps organization tokens in a table of any JDBC database ({@code java.sql} only, no driver of
 * its own): {@code organization_id VARCHAR(128) PRIMARY KEY, token VARCHAR(4096), changed_at
 * BIGINT}, created if missing. Every write (and read-modify-write), the table's creation included,
 * runs in an explicit transaction on one connection, committed before the method returns and rolled
 * back on failure, whatever the pool's auto-commit setting (which is restored before the connection
 * goes back); a read is one {@code SELECT}, committed too when auto-commit is off: beside JPA a
 * pool often hands out connections with auto-commit off, and an uncommitted save is a lost token.
 * No method holds more than one connection, so a pool of one is enough. Tokens are stored as given:
 * protect the database (or wrap this store to encrypt).
 */
public final class JdbcTokenStore implements TokenStore {
  /**
   * How often one write is tried again after losing a race: an insert refused by another writer's
   * row (unique violation), or a serialization failure or deadlock at a stricter isolation level.
   * Each retry starts a new transaction; with the row in place, the conditional update decides.
   */
  static final int MAX_ATTEMPTS = 16;

  private final DataSource dataSource;
  private final String table;

  /** One transaction's work on its connection. */
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Work of one {@code SELECT}: on a connection in auto-commit it runs as it is (no transaction to
   * open and commit around it, since every request of shared tokens reads here); without
   * auto-commit it is committed like any work, so no transaction is left open.
   */
  private interface Read<T> extends Work<T> {}

  /**
   * A store in table {@code optixgql_tokens}.
   *
   * @param dataSource where connections to the database come from
   * @throws TokenStoreException if the table cannot be created
   */
  public JdbcTokenStore(DataSource dataSource) {
    this(dataSource, "optixgql_tokens");
  }

  /**
   * A store in {@code table} (letters, digits and underscores).
   *
   * @param dataSource where connections to the database come from
   * @param table the table's name: a letter or underscore, then up to 62 letters, digits or
   *     underscores
   * @throws IllegalArgumentException if {@code table} is not such a name
   * @throws TokenStoreException if the table cannot be created
   */
  public JdbcTokenStore(DataSource dataSource, String table) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    if (!table.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("Not a plain table name: " + table);
    }
    this.table = table;
    // DDL is transactional in PostgreSQL: without a commit, a pool without auto-commit rolls the
    // table back when the connection returns.
    transaction(
        "create table " + table,
        connection -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute(
                "CREATE TABLE IF NOT EXISTS "
                    + table
                    + " (organization_id VARCHAR(128) PRIMARY KEY, token VARCHAR(4096),"
                    + " changed_at BIGINT NOT NULL)");
          }
          return null;
        });
  }

  @Override
  public Map<String, StoredToken> loadAll() {
    return transaction(
        "read " + table,
        (Read<Map<String, StoredToken>>)
            connection -> {
              Map<String, StoredToken> out = new TreeMap<>();
              try (Statement statement = connection.createStatement();
                  ResultSet rows =
                      statement.executeQuery(
                          "SELECT organization_id, token, changed_at FROM " + table)) {
                while (rows.next()) {
                  out.put(rows.getString(1), new StoredToken(rows.getString(2), rows.getLong(3)));
                }
              }
              return Collections.unmodifiableMap(out);
            });
  }

  /** An update, else an insert; an insert that loses a race is tried again as an update. */
  @Override
  public void save(String organizationId, StoredToken entry) {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(entry, "entry");
    transaction(
        "save organization " + organizationId + " to " + table,
        connection -> {
          if (update(connection, organizationId, entry, false) == 0) {
            insert(connection, organizationId, entry);
          }
          return null;
        });
  }

  @Override
  public Optional<StoredToken> load(String organizationId) {
    Objects.requireNonNull(organizationId, "organizationId");
    return transaction(
        "read organization " + organizationId + " from " + table,
        (Read<Optional<StoredToken>>) connection -> select(connection, organizationId));
  }

  /**
   * In one transaction on one connection: a conditional update ({@code WHERE changed_at < ?}, so
   * only a strictly newer entry replaces the row: under read committed, a concurrent writer's
   * update is waited for and the condition is checked against what it committed), else, when no row
   * exists, an insert. An insert that loses the race to another writer's (a unique violation) rolls
   * back and decides again against that writer's row, at most {@value #MAX_ATTEMPTS} times in all.
   */
  @Override
  public boolean saveIfNewer(String organizationId, StoredToken entry) {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(entry, "entry");
    return transaction(
        "save organization " + organizationId + " to " + table,
        connection -> {
          // Each statement sees what was committed when it started (READ COMMITTED): a row
          // another writer commits after the UPDATE found none is seen by the SELECT, and may be
          // older than this entry, so the UPDATE runs again. It loops at most once more per row
          // that appears, and a row once there stays there.
          for (int pass = 0; pass < MAX_ATTEMPTS; pass++) {
            if (update(connection, organizationId, entry, true) > 0) {
              return true;
            }
            Optional<StoredToken> stored = select(connection, organizationId);
            if (stored.isEmpty()) {
              insert(connection, organizationId, entry);
              return true;
            }
            if (stored.get().timestamp() >= entry.timestamp()) {
              return false; // an entry as new or newer is stored
            }
          }
          throw new SQLException(
              "The row of organization " + organizationId + " kept changing", "40001");
        });
  }

  /**
   * Runs {@code work} in its own transaction on one connection: auto-commit off for it (and
   * restored after), committed on success, rolled back on failure, tried again in a new transaction
   * when it lost a race ({@link #retryable}).
   */
  private <T> T transaction(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (autoCommit && work instanceof Read<T> read) {
        return read.run(connection); // one statement, committed by the database itself
      }
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      try {
        for (int attempt = 1; ; attempt++) {
          try {
            T result = work.run(connection);
            connection.commit();
            return result;
          } catch (SQLException e) {
            rollback(connection, e);
            if (attempt >= MAX_ATTEMPTS || !retryable(e)) {
              throw e;
            }
          } catch (RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
          }
        }
      } finally {
        if (autoCommit) {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * A race lost to another writer, worth a new transaction: an integrity violation (the row another
   * writer inserted), a serialization failure or deadlock (SQL state class 40), a lock timeout
   * (H2's {@code HYT00}).
   */
  private static boolean retryable(SQLException e) {
    String state = e.getSQLState();
    return state != null
        && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00"));
  }

  private Optional<StoredToken> select(Connection connection, String organizationId)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT token, changed_at FROM " + table + " WHERE organization_id = ?")) {
      select.setString(1, organizationId);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new StoredToken(row.getString(1), row.getLong(2)))
            : Optional.empty();
      }
    }
  }

  /** Updates the row, only if what it holds is older when {@code ifOlder}. */
  private int update(
      Connection connection, String organizationId, StoredToken entry, boolean ifOlder)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE "
                + table
                + " SET token = ?, changed_at = ? WHERE organization_id = ?"
                + (ifOlder ? " AND changed_at < ?" : ""))) {
      update.setString(1, entry.token());
      update.setLong(2, entry.timestamp());
      update.setString(3, organizationId);
      if (ifOlder) {
        update.setLong(4, entry.timestamp());
      }
      return update.executeUpdate();
    }
  }

  private void insert(Connection connection, String organizationId, StoredToken entry)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO " + table + " (organization_id, token, changed_at) VALUES (?, ?, ?)")) {
      insert.setString(1, organizationId);
      insert.setString(2, entry.token());
      insert.setLong(3, entry.timestamp());
      insert.executeUpdate();
    }
  }

  /** A database's messages may quote statements, never parameters: the token is not in them. */
  private static TokenStoreException failure(String what, SQLException e) {
    return new TokenStoreException(
        "Cannot "
            + what
            + ": "
            + e.getClass().getSimpleName()
            + " (SQL state "
            + e.getSQLState()
            + ")",
        null);
  }

  @Override
  public String toString() {
    return "JdbcTokenStore[" + table + "]";
  }
}
