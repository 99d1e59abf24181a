package dev.optixgql.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link OptixClient.Builder#build()} refuses before any request can be made: plain http off
 * loopback (the token would travel unencrypted), other schemes, and a missing token provider.
 */
class OptixClientBuilderTest {
  private static final String ORGANIZATION_TOKEN = "0rg4n1z4t10n-t0k3n-abcdef0123456789o";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://example.com/graphql",
        "http://api.optixapp.com/graphql",
        "http://10.0.0.1/graphql",
        "http://localhost.example.com/graphql",
        "http://127.0.0.1.nip.io/graphql"
      })
  void plainHttpToAnotherHostIsRefusedAtBuildTime(String endpoint) {
    OptixClient.Builder builder =
        OptixClient.builder()
            .endpoint(endpoint)
            .tokenProvider(TokenProvider.fixed(ORGANIZATION_TOKEN));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertTrue(e.getMessage().contains("allowInsecureHttp()"), e::getMessage);
    assertFalse(e.getMessage().contains(ORGANIZATION_TOKEN), e::getMessage);
  }

  @Test
  void plainHttpToAnotherHostIsAllowedWhenAskedFor() {
    OptixClient client =
        OptixClient.builder()
            .endpoint("http://example.com/graphql")
            .tokenProvider(TokenProvider.fixed(ORGANIZATION_TOKEN))
            .allowInsecureHttp()
            .build();

    assertEquals(URI.create("http://example.com/graphql"), client.endpoint());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080/graphql",
        "http://127.0.0.1:8080/graphql",
        "http://127.1.2.3/graphql",
        "http://[::1]:8080/graphql",
        "https://example.com/graphql"
      })
  void httpsAndLoopbackNeedNoPermission(String endpoint) {
    OptixClient client =
        OptixClient.builder()
            .endpoint(endpoint)
            .tokenProvider(TokenProvider.fixed(ORGANIZATION_TOKEN))
            .build();

    assertEquals(URI.create(endpoint), client.endpoint());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/graphql", "file:///tmp/graphql", "ws://localhost/"})
  void otherSchemesAreRefused(String endpoint) {
    OptixClient.Builder builder =
        OptixClient.builder()
            .endpoint(endpoint)
            .tokenProvider(TokenProvider.fixed(ORGANIZATION_TOKEN))
            .allowInsecureHttp();

    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void theDefaultEndpointIsOptix() {
    OptixClient client =
        OptixClient.builder().tokenProvider(TokenProvider.fixed(ORGANIZATION_TOKEN)).build();

    assertEquals(URI.create("https://api.optixapp.com/graphql"), client.endpoint());
  }

  @Test
  void aTokenProviderIsRequired() {
    assertThrows(NullPointerException.class, () -> OptixClient.builder().build());
  }
}
