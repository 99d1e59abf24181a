package dev.optixgql.sandbox;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code main}'s command line ({@link SandboxOptions}) and what a started sandbox prints. */
class SandboxOptionsTest {
  @Test
  void mainsOptionsAndWhatItPrints() {
    try (OptixSandbox started =
        SandboxOptions.parse("--console-mutations", "--rate-limit", "5").build()) {
      String printed = started.describe();
      assertTrue(printed.contains("Console:            " + started.consoleUri()), printed);
      assertTrue(printed.contains(started.playgroundUri(true).toString()), printed);
      assertTrue(started.playgroundUri(true).toString().endsWith("/playground?kind=personal"));
      assertTrue(printed.contains(started.voyagerUri(false).toString()), printed);
    }
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--port"));
    assertTrue(missing.getMessage().startsWith("--port needs a value."), missing.getMessage());
    IllegalArgumentException notNumber =
        assertThrows(
            IllegalArgumentException.class, () -> SandboxOptions.parse("--port", "eighty"));
    assertTrue(notNumber.getMessage().contains("\"eighty\""), notNumber.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--colour", "red"));
  }
}
