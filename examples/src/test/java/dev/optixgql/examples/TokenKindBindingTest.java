package dev.optixgql.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenKindMismatchException;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.sandbox.OptixSandbox;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each generated client refuses, before any request, a token of the other kind. */
class TokenKindBindingTest {
  private static OptixSandbox sandbox;

  @BeforeAll
  static void startSandbox() {
    sandbox = OptixSandbox.start();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @Test
  void personalTokenForOrganizationApiFailsBeforeAnyRequest() {
    String token = sandbox.personalToken();
    OrganizationApi api = client(token).create(OrganizationApi.class);
    int before = sandbox.requestCount();

    TokenKindMismatchException e = assertThrows(TokenKindMismatchException.class, api::whoAmI);

    assertEquals(before, sandbox.requestCount());
    assertEquals(TokenKind.ORGANIZATION, e.required());
    assertEquals(TokenKind.PERSONAL, e.actual());
    assertTrue(e.getMessage().startsWith("OrganizationApi is bound to the organization schema"));
    assertFalse(e.getMessage().contains(token), e::getMessage);
    assertFalse(e.toString().contains(token), e::toString);
  }

  @Test
  void organizationTokenForPersonalApiFailsBeforeAnyRequest() {
    String token = sandbox.organizationToken();
    PersonalApi api = client(token).create(PersonalApi.class);
    int before = sandbox.requestCount();

    TokenKindMismatchException e =
        assertThrows(TokenKindMismatchException.class, () -> api.upcomingBookings(0, 5));

    assertEquals(before, sandbox.requestCount());
    assertEquals(TokenKind.PERSONAL, e.required());
    assertEquals(TokenKind.ORGANIZATION, e.actual());
    assertTrue(e.getMessage().startsWith("PersonalApi is bound to the personal schema"));
    assertFalse(e.getMessage().contains(token), e::getMessage);
    assertFalse(e.toString().contains(token), e::toString);
  }

  @Test
  void asynchronousMethodsFailTheSameWayWithoutARequest() {
    String token = sandbox.personalToken();
    OrganizationApi api = client(token).create(OrganizationApi.class);
    int before = sandbox.requestCount();

    CompletionException e =
        assertThrows(CompletionException.class, () -> api.bookableResources(10).join());

    assertEquals(before, sandbox.requestCount());
    TokenKindMismatchException cause =
        assertInstanceOf(TokenKindMismatchException.class, e.getCause());
    assertFalse(cause.getMessage().contains(token), cause::getMessage);
    assertFalse(e.toString().contains(token), e::toString);
  }

  @Test
  void theMatchingTokenIsSentAndCounted() {
    PersonalApi api = client(sandbox.personalToken()).create(PersonalApi.class);
    int before = sandbox.requestCount();

    api.whoAmI();

    assertEquals(before + 1, sandbox.requestCount());
  }

  private static OptixClient client(String token) {
    return OptixClient.builder()
        .endpoint(sandbox.endpoint())
        .tokenProvider(TokenProvider.fixed(token))
        .build();
  }

  @Test
  void operationsKnowTheKindEveryBinderRequires() {
    // Bound only by OrganizationApi: a batch checks the token for it.
    assertEquals(TokenKind.ORGANIZATION, new AutomationStepsQuery().tokenKind());
    // Bound by both interfaces: any kind.
    assertEquals(TokenKind.ANY, new WhoAmIQuery().tokenKind());
  }

  @Test
  void aBatchOfOrganizationOperationsRefusesAPersonalToken() {
    try (OptixSandbox sandbox = OptixSandbox.start()) {
      OptixClient personal =
          OptixClient.builder()
              .endpoint(sandbox.endpoint())
              .tokenProvider(TokenProvider.fixed(sandbox.personalToken()))
              .build();
      var batch = personal.batch();
      batch.add(new WhoAmIQuery());
      batch.add(new AutomationStepsQuery());
      int before = sandbox.requestCount();

      assertThrows(TokenKindMismatchException.class, batch::send);
      assertEquals(before, sandbox.requestCount());
    }
  }
}
