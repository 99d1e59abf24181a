package com.acme.rooms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The application's service: what it knows of rooms comes from the generated client. */
public final class RoomDirectory {
  private final Rooms rooms;

  public RoomDirectory(Rooms rooms) {
    this.rooms = rooms;
  }

  /** Every room's name, in the order Optix lists them. */
  public List<String> names() {
    return rooms.everyRoom(50, false).stream()
        .map(RoomsQuery.Data.Locations.Location::name)
        .filter(Objects::nonNull)
        .toList();
  }

  /** How many rooms there are, from the first page's total. */
  public int count() {
    return rooms.rooms(1, null, false).locations().total();
  }

  /** Each room's time zone (asked for only here), by name. */
  public Map<String, String> timezones() {
    Map<String, String> zones = new LinkedHashMap<>();
    for (RoomsQuery.Data.Locations.Location location : rooms.everyRoom(50, true)) {
      zones.put(location.name(), location.timezone());
    }
    return zones;
  }
}
