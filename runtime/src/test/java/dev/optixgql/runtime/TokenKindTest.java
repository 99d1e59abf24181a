package dev.optixgql.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a token's last character tells its kind, and which kinds a client bound to one accepts. */
class TokenKindTest {
  @Test
  void suffixOIsAnOrganizationToken() {
    assertEquals(TokenKind.ORGANIZATION, TokenKind.of("a1b2c3o"));
    assertEquals(TokenKind.ORGANIZATION, TokenKind.of("o"));
  }

  @Test
  void suffixPIsAPersonalToken() {
    assertEquals(TokenKind.PERSONAL, TokenKind.of("a1b2c3p"));
    assertEquals(TokenKind.PERSONAL, TokenKind.of("p"));
  }

  @Test
  void anyOtherSuffixTellsNoKind() {
    assertNull(TokenKind.of("a1b2c3x"));
    assertNull(TokenKind.of("a1b2c3"));
    assertNull(TokenKind.of("opo "), "a trailing space is not stripped");
    assertNull(TokenKind.of("tokenO"), "the suffix is case-sensitive");
    assertNull(TokenKind.of("tokenP"), "the suffix is case-sensitive");
  }

  @Test
  void emptyTokenTellsNoKind() {
    assertNull(TokenKind.of(""));
  }

  @Test
  void boundKindsAcceptOnlyTheirOwnKind() {
    assertTrue(TokenKind.ORGANIZATION.accepts(TokenKind.ORGANIZATION));
    assertFalse(TokenKind.ORGANIZATION.accepts(TokenKind.PERSONAL));
    assertFalse(TokenKind.ORGANIZATION.accepts(null));
    assertTrue(TokenKind.PERSONAL.accepts(TokenKind.PERSONAL));
    assertFalse(TokenKind.PERSONAL.accepts(TokenKind.ORGANIZATION));
    assertFalse(TokenKind.PERSONAL.accepts(null));
  }

  @Test
  void anyAcceptsEveryKindAndUnknownOnes() {
    assertTrue(TokenKind.ANY.accepts(TokenKind.ORGANIZATION));
    assertTrue(TokenKind.ANY.accepts(TokenKind.PERSONAL));
    assertTrue(TokenKind.ANY.accepts(TokenKind.ANY));
    assertTrue(TokenKind.ANY.accepts(null));
  }
}
