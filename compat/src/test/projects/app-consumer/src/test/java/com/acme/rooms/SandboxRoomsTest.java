package com.acme.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.optixgql.sandbox.OptixSandbox;
import dev.optixgql.testing.OptixSandboxExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated client over HTTP against the sandbox serving this project's own snapshot. */
class SandboxRoomsTest {
  @RegisterExtension
  static OptixSandboxExtension optix =
      OptixSandboxExtension.configured(
          sandbox ->
              sandbox
                  .organizationSchema(Path.of("src/main/graphql/optix/organization.graphqls"))
                  .fixture(
                      "Query.locations",
                      Map.of(
                          "data",
                          List.of(
                              Map.of("location_id", "1", "name", "Harbour", "timezone", "UTC"),
                              Map.of("location_id", "2", "name", "Loft"),
                              Map.of("location_id", "3", "name", "Annex")))));

  @Test
  void everyRoomIsReadPageByPage(Rooms rooms, OptixSandbox sandbox) {
    int before = sandbox.receivedOperations().size();
    assertEquals(
        List.of("Harbour", "Loft", "Annex"),
        rooms.everyRoom(2, false).stream().map(RoomsQuery.Data.Locations.Location::name).toList());
    assertEquals(2, sandbox.receivedOperations().size() - before);
  }

  @Test
  void theDirectiveInTheFragmentAsksForTheTimezoneOnlyWhenTold(Rooms rooms) {
    assertEquals("UTC", new RoomDirectory(rooms).timezones().get("Harbour"));
    // Left out of the response when not asked for: the record's component is null.
    assertNull(rooms.rooms(3, null, false).locations().data().get(0).timezone());
  }
}
