package dev.optixgql.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Redactor#sanitized}: a token in a suppressed exception is redacted like one in a cause,
 * and a cycle of causes ends (the timeout below only guards against a hang; nothing is timed).
 */
class RedactorTest {
  private static final String TOKEN = "s3cret-redactor-t0ken-o";
  private final Redactor redactor = Redactor.of(List.of(TOKEN));

  @Test
  void cutsEveryFormAndFragment() {
    // Six characters of the token or more are a fragment worth cutting; five are not.
    String token = "h0st1le-T0KEN-9f8e7d6c5b4a3o";
    Redactor hostile = Redactor.of(List.of(token));
    String url = URLEncoder.encode(token, StandardCharsets.UTF_8);
    String text =
        "a " + token + " b " + url + " c " + token.substring(3, 12) + " d " + token.substring(0, 5);
    assertEquals(
        "a <redacted token> b <redacted token> c <redacted token> d " + token.substring(0, 5),
        hostile.text(text));
    // Text without the token is left alone, however long.
    String plain = "ordinary text ".repeat(100_000);
    assertEquals(plain, hostile.text(plain));
  }

  private static String printed(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @Test
  void aTokenInASuppressedExceptionIsRedacted() {
    IOException failure = new IOException("connection reset");
    RuntimeException closing = new RuntimeException("close failed for Bearer " + TOKEN);
    closing.addSuppressed(new IllegalStateException("deeper " + TOKEN));
    failure.addSuppressed(closing);

    Throwable safe = redactor.sanitized(failure);

    assertNotSame(failure, safe);
    assertFalse(printed(safe).contains(TOKEN), () -> printed(safe));
    assertFalse(printed(safe).contains("t0ken"), () -> printed(safe));
    assertEquals(1, safe.getSuppressed().length);
    assertEquals(1, safe.getSuppressed()[0].getSuppressed().length);
    assertTrue(safe.getMessage().startsWith("java.io.IOException: connection reset"));
  }

  @Test
  void aCycleOfCausesEndsWhetherOrNotItQuotesTheToken() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          Exception a = new Exception("a " + TOKEN);
          Exception b = new Exception("b", a);
          a.initCause(b);
          Throwable safe = redactor.sanitized(a);
          assertFalse(printed(safe).contains(TOKEN), () -> printed(safe));
          assertTrue(safe.getCause().getMessage().endsWith("b"), safe.getCause()::getMessage);
          assertSame(null, safe.getCause().getCause(), "the link closing the cycle is dropped");

          Exception c = new Exception("clean c");
          Exception d = new Exception("clean d", c);
          c.initCause(d);
          assertSame(c, redactor.sanitized(c), "nothing to redact: the exception itself");

          Exception e = new Exception("clean e");
          Exception f = new Exception("f " + TOKEN);
          e.addSuppressed(f);
          f.addSuppressed(e); // a cycle through suppressed exceptions
          assertFalse(printed(redactor.sanitized(e)).contains(TOKEN));
        });
  }
}
