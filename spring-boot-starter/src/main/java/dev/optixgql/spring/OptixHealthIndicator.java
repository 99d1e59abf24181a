package dev.optixgql.spring;

import dev.optixgql.runtime.AuthenticationException;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.OptixGqlException;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code optixgql} health component: whether Optix accepts the configured token ({@code UP},
 * with whom it acts as), refuses it ({@code DOWN}) or cannot be asked ({@code UNKNOWN}, with why).
 * The answer is kept for {@code optixgql.health.cache-for} (5 minutes by default), so health checks
 * spend one request of the token's budget per period at most.
 */
public class OptixHealthIndicator implements HealthIndicator {
  private final OptixClient client;
  private final long cacheNanos;
  private final LongSupplier clock;
  private Health last;
  private long lastAt;

  OptixHealthIndicator(OptixClient client, Duration cacheFor, LongSupplier clock) {
    this.client = client;
    this.cacheNanos = cacheFor.toNanos();
    this.clock = clock;
  }

  @Override
  public synchronized Health health() {
    long now = clock.getAsLong();
    if (last != null && now - lastAt < cacheNanos) {
      return last;
    }
    last = ask();
    lastAt = now;
    return last;
  }

  private Health ask() {
    try {
      HealthQuery.Data data = client.execute(new HealthQuery());
      return Health.up().withDetail("authType", String.valueOf(data.authType())).build();
    } catch (AuthenticationException e) {
      return Health.down().withDetail("reason", "Optix refused the token").build();
    } catch (OptixGqlException | IllegalStateException e) {
      return Health.unknown()
          .withDetail("reason", e.getClass().getSimpleName() + ": " + e.getMessage())
          .build();
    }
  }
}
