package dev.optixgql.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.optixgql.sandbox.OptixSandbox;
import dev.optixgql.testing.OptixSandboxExtension;
import dev.optixgql.testing.PersonalToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generated interfaces injected by the JUnit 5 extension, against its sandbox. */
@ExtendWith(OptixSandboxExtension.class)
class SandboxExtensionTest {
  @Test
  void injectsTheGeneratedClientsForEachTokenKind(
      OrganizationApi organization, @PersonalToken PersonalApi personal, OptixSandbox sandbox) {
    int before = sandbox.requestCount();

    assertNull(organization.whoAmI().me().user(), "an organization token acts for no user");
    WhoAmIQuery.Data.Me me = personal.whoAmI().me();

    assertNotNull(me.user());
    assertEquals("alex.rivera@example.com", me.user().email());
    assertEquals(2, sandbox.requestCount() - before);
  }
}
