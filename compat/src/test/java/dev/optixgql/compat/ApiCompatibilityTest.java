package dev.optixgql.compat;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The runtime's API check (japicmp in {@code runtime/pom.xml}, against {@code runtime/api/}) fails
 * {@code verify} when a public method goes: the runtime module, copied with the repository's root
 * POM and baseline, loses {@code OptixClient.lastRateLimit()} and is verified as this repository
 * verifies it. That the unchanged runtime passes, every build of this repository shows.
 */
class ApiCompatibilityTest {
  @Test
  void removingAPublicMethodOfTheRuntimeFailsVerify() throws Exception {
    MavenProject copy =
        MavenProject.ofRepository(
            "api-break", "runtime/pom.xml", "runtime/src/main", "runtime/api");
    Path client = copy.resolve("runtime/src/main/java/dev/optixgql/runtime/OptixClient.java");
    String source = Files.readString(client);
    int start = source.indexOf("  public RateLimitInfo lastRateLimit() {");
    int end = source.indexOf("\n  }\n", start) + "\n  }\n".length();
    assertTrue(start > 0, "OptixClient.lastRateLimit() was not found: update this test");
    Files.writeString(client, source.substring(0, start) + source.substring(end));

    MavenProject.Run verify =
        copy.mavenIn("runtime", "verify", "-Dmaven.test.skip=true", "-Dfmt.skip=true");

    assertNotEquals(0, verify.status(), verify.output());
    assertTrue(
        verify.output().contains("dev.optixgql.runtime.OptixClient.lastRateLimit():METHOD_REMOVED"),
        verify.output());
  }
}
