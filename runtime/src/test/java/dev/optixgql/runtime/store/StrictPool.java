package dev.optixgql.runtime.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A connection pool that behaves as HikariCP does where it matters to a store: at most {@code size}
 * connections, a second request while all are held times out (as Hikari's {@code
 * connectionTimeout}) instead of opening another, every connection is handed out with the pool's
 * auto-commit setting, and on return an uncommitted transaction is rolled back and the setting
 * restored.
 */
final class StrictPool implements DataSource {
  private final BlockingQueue<Connection> idle;
  private final boolean autoCommit;
  private volatile String interruptBefore;
  private volatile SqlAction interruption;

  /** Work another client does between two statements of the store's. */
  interface SqlAction {
    void run() throws SQLException;
  }

  /**
   * Runs {@code action} once, right before the store prepares the next statement whose SQL starts
   * with {@code sqlPrefix}: another client's commit landing between two of the store's statements.
   */
  void interruptOnceBefore(String sqlPrefix, SqlAction action) {
    this.interruption = action;
    this.interruptBefore = sqlPrefix;
  }

  StrictPool(String url, int size, boolean autoCommit) throws SQLException {
    this.idle = new ArrayBlockingQueue<>(size);
    this.autoCommit = autoCommit;
    for (int i = 0; i < size; i++) {
      idle.add(DriverManager.getConnection(url));
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real;
    try {
      real = idle.poll(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException(e);
    }
    if (real == null) {
      throw new SQLTransientConnectionException(
          "pool exhausted: every connection is held", "08001");
    }
    real.setAutoCommit(autoCommit);
    boolean[] returned = {false};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                if (!returned[0]) {
                  returned[0] = true;
                  if (!real.getAutoCommit()) {
                    real.rollback(); // what was not committed is lost, as in Hikari
                  }
                  real.setAutoCommit(autoCommit);
                  idle.add(real);
                }
                return null;
              }
              if (method.getName().equals("isClosed")) {
                return returned[0];
              }
              if (returned[0]) {
                throw new SQLException("connection returned to the pool");
              }
              String prefix = interruptBefore;
              if (prefix != null
                  && method.getName().equals("prepareStatement")
                  && ((String) args[0]).startsWith(prefix)) {
                interruptBefore = null;
                interruption.run();
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  void closeAll() throws SQLException {
    for (Connection c : idle) {
      c.close();
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
