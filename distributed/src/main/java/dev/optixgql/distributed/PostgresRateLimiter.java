package dev.optixgql.distributed;

import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.RateLimiter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The runtime's {@link RateLimiter} on Bucket4j's PostgreSQL buckets: every app instance opened on
 * one database shares each token's budget, so three instances together send no more than Optix
 * allows one organization.
 *
 * <p>Each token (by its fingerprint, never the token itself) has one bucket: {@code
 * limit.requests()} slots, all refilled together every {@code limit.window()} plus a margin. Optix
 * counts arrivals in a sliding window; two refills' bursts can only meet in one of its windows if a
 * request's trip to the server takes longer than the margin, so the margin is the slowest trip to
 * allow for (default a tenth of the window, at least 100 ms). Bucket states live in a table of
 * their own ({@code optixgql_buckets}, created if missing); Bucket4j locks a bucket's row with
 * {@code SELECT … FOR UPDATE} for each take.
 *
 * <pre>{@code
 * RateLimiter shared = PostgresRateLimiter.create(dataSource, RateLimit.OPTIX);
 * OptixClient client = OptixClient.builder().rateLimiter(shared).build();
 * }</pre>
 */
public final class PostgresRateLimiter implements RateLimiter {
  private static final String TABLE = "optixgql_buckets";

  private final ProxyManager<String> buckets;
  private final BucketConfiguration configuration;

  private PostgresRateLimiter(ProxyManager<String> buckets, BucketConfiguration configuration) {
    this.buckets = buckets;
    this.configuration = configuration;
  }

  /**
   * A limiter for {@code limit} with the default margin, its table created if missing.
   *
   * @param dataSource connections to the PostgreSQL database every app instance shares
   * @param limit each token's budget: {@code limit.requests()} requests per {@code limit.window()}
   * @return the limiter, ready for {@link dev.optixgql.runtime.OptixClient.Builder#rateLimiter}
   * @throws IllegalArgumentException if {@code limit} allows no request
   * @throws IllegalStateException if the table cannot be created
   */
  public static PostgresRateLimiter create(DataSource dataSource, RateLimit limit) {
    return create(dataSource, limit, defaultMargin(limit));
  }

  /**
   * A limiter for {@code limit} whose refills come {@code margin} after each window, its table
   * created if missing.
   *
   * @param dataSource connections to the PostgreSQL database every app instance shares
   * @param limit each token's budget: {@code limit.requests()} requests per {@code limit.window()}
   * @param margin the slowest trip of a request to Optix to allow for, added to each window
   * @return the limiter, ready for {@link dev.optixgql.runtime.OptixClient.Builder#rateLimiter}
   * @throws IllegalArgumentException if {@code limit} allows no request or {@code margin} is
   *     negative
   * @throws IllegalStateException if the table cannot be created
   */
  public static PostgresRateLimiter create(
      DataSource dataSource, RateLimit limit, Duration margin) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(limit, "limit");
    if (limit.requests() <= 0) {
      throw new IllegalArgumentException("A shared limit needs at least one request a window.");
    }
    if (margin.isNegative()) {
      throw new IllegalArgumentException("The margin cannot be negative: " + margin);
    }
    createTable(dataSource);
    ProxyManager<String> buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper.STRING)
            .table(TABLE)
            .idColumn("id")
            .stateColumn("state")
            .build();
    BucketConfiguration configuration =
        BucketConfiguration.builder()
            .addLimit(
                Bandwidth.builder()
                    .capacity(limit.requests())
                    .refillIntervally(limit.requests(), limit.window().plus(margin))
                    .build())
            .build();
    return new PostgresRateLimiter(buckets, configuration);
  }

  /** A tenth of the window, at least 100 ms. */
  static Duration defaultMargin(RateLimit limit) {
    Duration tenth = limit.window().dividedBy(10);
    return tenth.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : tenth;
  }

  @Override
  public long tryTake(String key) {
    ConsumptionProbe probe =
        buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
  }

  @Override
  public void giveBack(String key) {
    buckets.builder().build(key, () -> configuration).addTokens(1);
  }

  private static void createTable(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS " + TABLE + " (id VARCHAR(128) PRIMARY KEY, state BYTEA)");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create table " + TABLE + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "PostgresRateLimiter[" + TABLE + "]";
  }
}
