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
 * BIGINT}, created if missing. Each save is one transaction, committed before it returns. Tokens
 * are stored as given: protect the database (or wrap this store to encrypt).
 */
public final class JdbcTokenStore implements TokenStore {
  private final DataSource dataSource;
  private final String table;

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
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS "
              + table
              + " (organization_id VARCHAR(128) PRIMARY KEY, token VARCHAR(4096),"
              + " changed_at BIGINT NOT NULL)");
    } catch (SQLException e) {
      throw failure("create table " + table, e);
    }
  }

  @Override
  public Map<String, StoredToken> loadAll() {
    Map<String, StoredToken> out = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT organization_id, token, changed_at FROM " + table)) {
      while (rows.next()) {
        out.put(rows.getString(1), new StoredToken(rows.getString(2), rows.getLong(3)));
      }
    } catch (SQLException e) {
      throw failure("read " + table, e);
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public void save(String organizationId, StoredToken entry) {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(entry, "entry");
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        if (update(connection, organizationId, entry) == 0) {
          try {
            insert(connection, organizationId, entry);
          } catch (SQLException raced) {
            // Another writer inserted the row first: update it instead.
            if (update(connection, organizationId, entry) == 0) {
              throw raced;
            }
          }
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failure("save organization " + organizationId + " to " + table, e);
    }
  }

  @Override
  public Optional<StoredToken> load(String organizationId) {
    Objects.requireNonNull(organizationId, "organizationId");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT token, changed_at FROM " + table + " WHERE organization_id = ?")) {
      select.setString(1, organizationId);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new StoredToken(row.getString(1), row.getLong(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read organization " + organizationId + " from " + table, e);
    }
  }

  /**
   * One conditional update ({@code WHERE changed_at <= ?}), else an insert; an insert that loses a
   * race to another writer decides again against what that writer stored.
   */
  @Override
  public boolean saveIfNewer(String organizationId, StoredToken entry) {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(entry, "entry");
    try (Connection connection = dataSource.getConnection()) {
      for (int attempt = 0; ; attempt++) {
        if (updateIfNotNewer(connection, organizationId, entry) > 0) {
          return true;
        }
        if (load(organizationId).isPresent()) {
          return false; // a newer entry is stored
        }
        try {
          insert(connection, organizationId, entry);
          return true;
        } catch (SQLException raced) {
          if (attempt > 0) {
            throw raced;
          }
          // Another writer inserted the row first: decide against its entry.
        }
      }
    } catch (SQLException e) {
      throw failure("save organization " + organizationId + " to " + table, e);
    }
  }

  private int updateIfNotNewer(Connection connection, String organizationId, StoredToken entry)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE "
                + table
                + " SET token = ?, changed_at = ? WHERE organization_id = ? AND changed_at <= ?")) {
      update.setString(1, entry.token());
      update.setLong(2, entry.timestamp());
      update.setString(3, organizationId);
      update.setLong(4, entry.timestamp());
      return update.executeUpdate();
    }
  }

  private int update(Connection connection, String organizationId, StoredToken entry)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE " + table + " SET token = ?, changed_at = ? WHERE organization_id = ?")) {
      update.setString(1, entry.token());
      update.setLong(2, entry.timestamp());
      update.setString(3, organizationId);
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
