package com.acme.rooms;

import java.util.List;
import java.util.Objects;

/** The application's service: what it knows of rooms comes from the generated client. */
public final class RoomDirectory {
  private final Rooms rooms;

  public RoomDirectory(Rooms rooms) {
    this.rooms = rooms;
  }

  /** Every room's name, in the order Optix lists them. */
  public List<String> names() {
    return rooms.everyRoom(50).stream()
        .map(RoomsQuery.Data.Locations.Location::name)
        .filter(Objects::nonNull)
        .toList();
  }

  /** How many rooms there are, from the first page's total. */
  public int count() {
    return rooms.rooms(1, null).locations().total();
  }
}
