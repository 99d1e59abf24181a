package com.acme.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.optixgql.caffeine.CaffeineResponseCache;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.testing.InMemoryOptix;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service with the generated test builders and the in-memory client: no server, no JSON. */
class RoomDirectoryTest {
  private static String twoRooms() {
    return RoomsQueryFakes.json(
        RoomsQueryFakes.data()
            .locations(
                page ->
                    page.total(2)
                        .data(
                            List.of(
                                RoomsQueryFakes.location().name("Harbour").build(),
                                RoomsQueryFakes.location().name("Loft").build())))
            .build());
  }

  @Test
  void namesComeFromEveryPage() {
    InMemoryOptix optix = InMemoryOptix.create().answer(RoomsQuery.OPERATION_NAME, twoRooms());
    try (OptixClient client = optix.client("unit-t0ken-o")) {
      assertEquals(List.of("Harbour", "Loft"), new RoomDirectory(client.create(Rooms.class)).names());
    }
    assertEquals(1, optix.requests().size());
    InMemoryOptix.Request sent = optix.requests().get(0);
    assertEquals("Rooms", sent.operationName());
    assertEquals(TokenKind.ORGANIZATION, sent.tokenKind());
    assertEquals("{\"limit\":50,\"page\":1,\"withTimezone\":false}", sent.variables());
  }

  @Test
  void theCaffeineCacheAnswersARepeatedQuery() {
    InMemoryOptix optix = InMemoryOptix.create().answer(RoomsQuery.OPERATION_NAME, twoRooms());
    OptixClient.Builder builder =
        OptixClient.builder()
            .tokenProvider(TokenProvider.fixed("unit-t0ken-o"))
            .responseCache(
                CaffeineResponseCache.builder().cache("Rooms", Duration.ofMinutes(5)).build());
    try (OptixClient client = optix.client(builder)) {
      RoomDirectory directory = new RoomDirectory(client.create(Rooms.class));
      assertEquals(2, directory.count());
      assertEquals(2, directory.count());
    }
    assertEquals(1, optix.requests().size());
  }
}
