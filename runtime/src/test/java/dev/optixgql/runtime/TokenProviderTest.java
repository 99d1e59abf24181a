package dev.optixgql.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The built-in token providers: fixed tokens are checked and hidden; env variables are named. */
class TokenProviderTest {
  private static final String ORGANIZATION_TOKEN = "f00dcafe0123456789abcdef0123456789abco";

  @Test
  void fixedReturnsItsToken() {
    assertEquals(ORGANIZATION_TOKEN, TokenProvider.fixed(ORGANIZATION_TOKEN).token());
  }

  @Test
  void fixedRejectsEmptyAndBlankTokens() {
    assertThrows(IllegalArgumentException.class, () -> TokenProvider.fixed(""));
    assertThrows(IllegalArgumentException.class, () -> TokenProvider.fixed("   "));
    assertThrows(IllegalArgumentException.class, () -> TokenProvider.fixed("\t\n"));
  }

  @Test
  void fixedRejectsNull() {
    assertThrows(NullPointerException.class, () -> TokenProvider.fixed(null));
  }

  @Test
  void fixedToStringNeverShowsTheToken() {
    String text = TokenProvider.fixed(ORGANIZATION_TOKEN).toString();

    assertFalse(text.contains(ORGANIZATION_TOKEN), text);
    assertFalse(text.contains(ORGANIZATION_TOKEN.substring(0, 8)), text);
    assertTrue(text.contains("organization"), text);
  }

  @Test
  void fixedToStringHidesTokensOfUnknownKind() {
    String token = "s3cr3t-value-without-a-kind";

    String text = TokenProvider.fixed(token).toString();

    assertFalse(text.contains(token), text);
    assertFalse(text.contains("s3cr3t"), text);
  }

  @Test
  void environmentErrorNamesTheUnsetVariable() {
    String name = unsetVariable();
    TokenProvider provider = TokenProvider.environment(name);

    OptixGqlException e = assertThrows(OptixGqlException.class, provider::token);

    assertTrue(e.getMessage().contains(name), e.getMessage());
  }

  @Test
  void environmentIsReadOnEachCallNotWhenCreated() {
    // Creating the provider for an unset variable must not fail: the token is read lazily.
    TokenProvider provider = TokenProvider.environment(unsetVariable());

    assertTrue(provider.toString().startsWith("TokenProvider.environment("), provider::toString);
  }

  @Test
  void environmentReturnsTheVariableStripped() {
    // PATH is set wherever the build runs; it stands in for a token here.
    String path = System.getenv("PATH");
    assumeTrue(path != null, "PATH is not set");

    assertEquals(path.strip(), TokenProvider.environment("PATH").token());
  }

  @Test
  void environmentToStringNamesTheVariable() {
    assertEquals(
        "TokenProvider.environment(OPTIX_TOKEN)",
        TokenProvider.environment("OPTIX_TOKEN").toString());
  }

  private static String unsetVariable() {
    String name = "OPTIXGQL_TEST_UNSET_" + UUID.randomUUID().toString().replace('-', '_');
    assertNull(System.getenv(name));
    return name;
  }
}
