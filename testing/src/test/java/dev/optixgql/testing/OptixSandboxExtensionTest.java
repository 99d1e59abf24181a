package dev.optixgql.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.optixgql.runtime.OptixClient;
import dev.optixgql.sandbox.OptixSandbox;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One sandbox for the class, injected into the constructor and every test with its clients. */
class OptixSandboxExtensionTest {
  private static final Set<OptixSandbox> SEEN = ConcurrentHashMap.newKeySet();

  @RegisterExtension
  static final OptixSandboxExtension OPTIX =
      OptixSandboxExtension.configured(
          sandbox -> sandbox.fixture("Query.invoices", Map.of("total", 0, "data", List.of())));

  private final OptixSandbox constructed;

  OptixSandboxExtensionTest(OptixSandbox sandbox) {
    this.constructed = sandbox;
  }

  @Test
  void theClientPointsAtTheClassSandbox(OptixSandbox sandbox, OptixClient client) {
    SEEN.add(sandbox);
    assertSame(constructed, sandbox);
    assertEquals(sandbox.endpoint(), client.endpoint());
  }

  @Test
  void thePersonalClientIsAnotherClient(
      OptixSandbox sandbox, OptixClient organization, @PersonalToken OptixClient personal) {
    SEEN.add(sandbox);
    assertNotSame(organization, personal);
    assertEquals(sandbox.endpoint(), personal.endpoint());
  }

  @AfterAll
  static void oneSandboxForTheClass() {
    assertEquals(1, SEEN.size());
  }
}
