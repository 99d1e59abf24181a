package dev.optixgql.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The excerpt of a refused body is cut from a bounded prefix before it is redacted: a 32 MiB body
 * costs the redactor a few kilobytes. Proved by what the redactor is given, not by timing.
 */
class ErrorExcerptTest {
  private static final String TOKEN = "excerpt-s3cret-t0ken-o";
  private static final int MIB = 1024 * 1024;

  @Test
  void a32MibBodyIsCutBeforeItIsRedacted() {
    byte[] body = new byte[32 * MIB];
    Arrays.fill(body, (byte) 'x');
    AtomicInteger longest = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();

    String excerpt =
        CallState.excerpt(
            body,
            text -> {
              calls.incrementAndGet();
              longest.accumulateAndGet(text.length(), Math::max);
              return text;
            });

    assertEquals(1, calls.get());
    assertTrue(
        longest.get() <= CallState.EXCERPT_PREFIX_BYTES,
        "the redactor was given " + longest.get() + " characters");
    assertEquals(CallState.EXCERPT_CHARS + 1, excerpt.length());
    assertTrue(excerpt.endsWith("…"));
  }

  @Test
  void theExcerptIsStillRedactedWhereverTheTokenIsCut() {
    Redactor redactor = Redactor.of(List.of(TOKEN));
    for (int offset : new int[] {0, 100, 295, CallState.EXCERPT_PREFIX_BYTES - 10}) {
      byte[] body = new byte[2 * MIB];
      Arrays.fill(body, (byte) ' ');
      body[0] = '!';
      byte[] token = TOKEN.getBytes(StandardCharsets.UTF_8);
      System.arraycopy(token, 0, body, offset + 1, token.length);

      String excerpt = CallState.excerpt(body, redactor::text);

      assertFalse(excerpt.contains("t0ken"), excerpt);
      assertFalse(excerpt.contains("s3cret"), excerpt);
    }
  }

  @Test
  void aShortBodyIsWholeAndStripped() {
    byte[] body = "  Internal error, request id 42 \n".getBytes(StandardCharsets.UTF_8);

    assertEquals("Internal error, request id 42", CallState.excerpt(body, text -> text));
  }
}
