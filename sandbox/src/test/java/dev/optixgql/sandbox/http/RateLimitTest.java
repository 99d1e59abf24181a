package dev.optixgql.sandbox.http;

import static dev.optixgql.sandbox.SandboxClient.at;
import static dev.optixgql.sandbox.SandboxClient.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.sandbox.OptixSandbox;
import dev.optixgql.sandbox.SandboxClient;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Per-token throttling: headers always, HTTP 429 with Retry-After beyond a configured limit. */
class RateLimitTest {
  private static final String PING = "{\"query\":\"{ ping { status } }\"}";

  @Test
  void beyondTheLimitAnswers429() {
    try (OptixSandbox sandbox = OptixSandbox.builder().rateLimitPerMinute(2).build()) {
      SandboxClient client = new SandboxClient(sandbox);
      HttpResponse<String> first = client.post(sandbox.organizationToken(), PING);
      HttpResponse<String> second = client.post(sandbox.organizationToken(), PING);
      HttpResponse<String> third = client.post(sandbox.organizationToken(), PING);
      assertEquals(200, first.statusCode());
      assertEquals("2", header(first, "X-RateLimit-Limit"));
      assertEquals("1", header(first, "X-RateLimit-Remaining"));
      assertEquals(200, second.statusCode());
      assertEquals("0", header(second, "X-RateLimit-Remaining"));
      assertEquals(429, third.statusCode());
      assertEquals("0", header(third, "X-RateLimit-Remaining"));
      long retryAfter = Long.parseLong(header(third, "Retry-After"));
      assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
      assertEquals("Too Many Attempts.", at(parse(third.body()), "errors", "0", "message"));

      HttpResponse<String> otherToken = client.post(sandbox.personalToken(), PING);
      assertEquals(200, otherToken.statusCode(), "the limit is per token");
    }
  }

  @Test
  void theWindowResetsAfterAMinute() {
    AtomicLong now = new AtomicLong();
    RateLimiter limiter = new RateLimiter(1, now::get);
    assertTrue(limiter.acquire("t", true).allowed());
    RateLimiter.Decision refused = limiter.acquire("t", true);
    assertEquals(false, refused.allowed());
    assertEquals(60, refused.retryAfterSeconds());
    now.addAndGet(TimeUnit.SECONDS.toNanos(59) + 1);
    assertEquals(1, limiter.acquire("t", true).retryAfterSeconds());
    now.addAndGet(TimeUnit.SECONDS.toNanos(1));
    assertTrue(limiter.acquire("t", true).allowed());
  }

  @Test
  void withoutALimitHeadersCountDownFromSixty() {
    RateLimiter limiter = new RateLimiter(0, () -> 0L);
    for (int i = 1; i <= 70; i++) {
      RateLimiter.Decision decision = limiter.acquire("t", true);
      assertTrue(decision.allowed());
      assertEquals(60, decision.limit());
      assertEquals(Math.max(0, 60 - i), decision.remaining());
    }
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElseThrow(() -> new AssertionError(name));
  }
}
