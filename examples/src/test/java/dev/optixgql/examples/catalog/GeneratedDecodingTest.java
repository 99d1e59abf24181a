package dev.optixgql.examples.catalog;

import static dev.optixgql.examples.catalog.CatalogJson.data;
import static dev.optixgql.examples.catalog.CatalogJson.variables;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.ResponseDecodingException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written responses decode into the records, sealed types and enums generated for them. */
class GeneratedDecodingTest {
  private static final SearchQuery SEARCH = new SearchQuery("quiet", false, true);
  private static final NodesQuery NODES = new NodesQuery(List.of("r1", "p1", "b1"));

  @Test
  void unionMembersDecodeToTheirOwnRecords() {
    List<SearchQuery.Data.Search> found =
        data(
                SEARCH,
                """
                {"data": {"search": [
                  {"__typename": "Room", "id": "r1", "name": "Quiet Room", "capacity": 4,
                   "floor": 2, "amenities": ["WHITEBOARD"], "openedAt": null},
                  {"__typename": "Desk", "id": "d1", "deskLabel": "D-12", "standing": true},
                  {"__typename": "Person", "id": "p1", "displayName": "Sam Quiet"}
                ]}}
                """)
            .search();

    assertEquals(3, found.size());
    var room = assertInstanceOf(SearchQuery.Data.Search.Room.class, found.get(0));
    assertEquals("Room", room.__typename());
    assertEquals("r1", room.id());
    assertEquals("Quiet Room", room.name());
    assertEquals(4, room.capacity());
    assertEquals(2, room.floor());
    assertEquals(List.of(Amenity.WHITEBOARD), room.amenities());
    assertNull(room.openedAt());
    var desk = assertInstanceOf(SearchQuery.Data.Search.Desk.class, found.get(1));
    assertEquals("Desk", desk.__typename());
    assertEquals("d1", desk.id());
    assertEquals(true, desk.standing());
    // Person is not named by a type condition: Other, keeping the server's typename.
    var person = assertInstanceOf(SearchQuery.Data.Search.Other.class, found.get(2));
    assertEquals("Person", person.__typename());
    assertEquals(List.of("Room", "Desk", "Person"), typenames(found));
  }

  @Test
  void aTypeAddedToTheUnionLaterDecodesAsOther() {
    List<SearchQuery.Data.Search> found =
        data(
                SEARCH,
                """
                {"data": {"search": [{"__typename": "Kiosk", "id": "k1", "screens": [1, 2]}]}}
                """)
            .search();

    var kiosk = assertInstanceOf(SearchQuery.Data.Search.Other.class, found.get(0));
    assertEquals("Kiosk", kiosk.__typename());
  }

  @Test
  void typenameAnywhereInTheObjectStillPicksTheRecord() {
    List<SearchQuery.Data.Search> found =
        data(
                SEARCH,
                """
                {"data": {"search": [
                  {"id": "r2", "name": "Loft", "floor": null, "amenities": [],
                   "openedAt": "2029-03-01 08:30:00", "capacity": 12, "__typename": "Room"},
                  {"id": "d2", "__typename": "Desk", "deskLabel": "D-2", "standing": false}
                ]}}
                """)
            .search();

    var room = assertInstanceOf(SearchQuery.Data.Search.Room.class, found.get(0));
    assertEquals("Loft", room.name());
    assertEquals(12, room.capacity());
    assertNull(room.floor());
    assertEquals(List.of(), room.amenities());
    assertEquals(LocalDateTime.of(2029, 3, 1, 8, 30), room.openedAt());
    var desk = assertInstanceOf(SearchQuery.Data.Search.Desk.class, found.get(1));
    assertEquals("D-2", desk.deskLabel());
    assertEquals(false, desk.standing());
  }

  @Test
  void fieldsLeftOutBySkipOrIncludeDecodeAsNull() {
    // As the server answers Search(brief: true, withStanding: false).
    List<SearchQuery.Data.Search> found =
        data(
                new SearchQuery("quiet", true, false),
                """
                {"data": {"search": [
                  {"__typename": "Room", "id": "r1", "name": "Quiet Room", "floor": 2,
                   "amenities": [], "openedAt": null},
                  {"__typename": "Desk", "id": "d1", "deskLabel": "D-12"}
                ]}}
                """)
            .search();

    assertNull(assertInstanceOf(SearchQuery.Data.Search.Room.class, found.get(0)).capacity());
    assertNull(assertInstanceOf(SearchQuery.Data.Search.Desk.class, found.get(1)).standing());
  }

  @Test
  void anAliasLandsInTheAliasedComponent() {
    var desk =
        data(
                SEARCH,
                """
                {"data": {"search": [
                  {"__typename": "Desk", "id": "d3", "deskLabel": "By the window"}
                ]}}
                """)
            .search()
            .get(0);

    assertEquals("By the window", ((SearchQuery.Data.Search.Desk) desk).deskLabel());
  }

  @Test
  void responseNamesLikeTheReadersOwnVariablesDecode() {
    var room =
        data(
                new ReaderNamesQuery(),
                """
                {"data": {"roomsWith": [{
                  "p0": "Atrium", "field": "r9", "in": 2, "p1": [[1, null], null],
                  "hasCapacity": "Atrium", "capacity": 12, "typename": "r9"
                }]}}
                """)
            .roomsWith()
            .get(0);

    assertAll(
        () -> assertEquals("Atrium", room.p0()),
        () -> assertEquals("r9", room.field()),
        () -> assertEquals(2, room.in()),
        () -> assertEquals(Arrays.asList(Arrays.asList(1, null), null), room.p1()),
        () -> assertEquals("Atrium", room.hasCapacity()),
        () -> assertEquals(12, room.capacity()),
        () -> assertEquals("r9", room.typename()));
  }

  @Test
  void aMissingPrimitiveIsMissingEvenWhenAnAliasTakesItsFlagsName() {
    ResponseDecodingException e =
        assertThrows(
            ResponseDecodingException.class,
            () ->
                data(
                    new ReaderNamesQuery(),
                    """
                    {"data": {"roomsWith": [{
                      "p0": "Atrium", "field": "r9", "in": null, "p1": null,
                      "hasCapacity": "Atrium", "typename": "r9"
                    }]}}
                    """));

    assertEquals("/data/roomsWith/0/capacity", e.jsonPath());
  }

  @Test
  void aMissingNonNullFieldNamesItsPath() {
    ResponseDecodingException e =
        assertThrows(
            ResponseDecodingException.class,
            () ->
                data(
                    SEARCH,
                    """
                    {"data": {"search": [
                      {"__typename": "Desk", "id": "d1", "deskLabel": "D-1"},
                      {"__typename": "Room", "id": "r1", "capacity": 4, "amenities": []}
                    ]}}
                    """));

    assertEquals("/data/search/1/name", e.jsonPath());
    assertTrue(e.getMessage().contains("'name'"), e::getMessage);
  }

  @Test
  void aMissingNonNullFieldAfterALateTypenameNamesItsPath() {
    ResponseDecodingException e =
        assertThrows(
            ResponseDecodingException.class,
            () ->
                data(
                    SEARCH,
                    """
                    {"data": {"search": [
                      {"id": "r1", "amenities": [], "__typename": "Room"}
                    ]}}
                    """));

    ResponseDecodingException nested =
        assertThrows(
            ResponseDecodingException.class,
            () ->
                data(
                    SEARCH,
                    """
                    {"data": {"search": [
                      {"id": "r1", "name": "Loft", "amenities": [], "openedAt": "soon",
                       "__typename": "Room"}
                    ]}}
                    """));

    assertAll(
        () -> assertEquals("/data/search/0/name", e.jsonPath()),
        () -> assertEquals("/data/search/0/openedAt", nested.jsonPath()));
  }

  @Test
  void interfaceRecordsImplementTheNamedFragment() {
    List<NodesQuery.Data.Node> nodes =
        data(
                NODES,
                """
                {"data": {"nodes": [
                  {"__typename": "Room", "id": "r1", "name": "Quiet Room", "occupancy": null},
                  null,
                  {"__typename": "Person", "id": "p1", "displayName": "Sam Quiet",
                   "favouriteRooms": [{"name": "Quiet Room"}, null]},
                  {"__typename": "Building", "id": "b1", "address": "1 Main St"}
                ]}}
                """)
            .nodes();

    assertEquals(4, nodes.size());
    assertNull(nodes.get(1));
    NodeRef room = assertInstanceOf(NodeRef.class, nodes.get(0));
    assertEquals("r1", room.id());
    assertEquals("Quiet Room", ((NodesQuery.Data.Node.Room) room).name());
    assertNull(((NodesQuery.Data.Node.Room) room).occupancy());
    var person = assertInstanceOf(NodesQuery.Data.Node.Person.class, nodes.get(2));
    assertEquals("p1", ((NodeRef) person).id());
    assertEquals("Sam Quiet", person.displayName());
    assertEquals(2, person.favouriteRooms().size());
    assertEquals("Quiet Room", person.favouriteRooms().get(0).name());
    assertNull(person.favouriteRooms().get(1));
    // Building is not named: Other, still a NodeRef with the fragment's id.
    var building = assertInstanceOf(NodesQuery.Data.Node.Other.class, nodes.get(3));
    assertEquals("Building", building.__typename());
    NodeRef buildingRef = building;
    assertEquals("b1", buildingRef.id());
  }

  @Test
  void nestedNullableListsKeepNullItemsAndNullInnerLists() {
    var room =
        (NodesQuery.Data.Node.Room)
            data(
                    NODES,
                    """
                    {"data": {"nodes": [{"__typename": "Room", "id": "r1", "name": "Loft",
                      "occupancy": [[0, 3, null], null, [], [null]]}]}}
                    """)
                .nodes()
                .get(0);

    // [[Int]]: a null item, a null inner list, an empty one and a list holding only null.
    assertEquals(
        Arrays.asList(Arrays.asList(0, 3, null), null, List.of(), Arrays.asList((Integer) null)),
        room.occupancy());
    assertNull(room.occupancy().get(1));
  }

  @Test
  void knownEnumValuesAreTheGeneratedConstants() {
    var rooms =
        data(
                new RoomsWithQuery(null),
                """
                {"data": {"roomsWith": [
                  {"id": "r1", "amenities": ["PROJECTOR", "STANDING_DESK"]}
                ]}}
                """)
            .roomsWith();

    List<Amenity> amenities = rooms.get(0).amenities();
    assertSame(Amenity.PROJECTOR, amenities.get(0));
    assertSame(Amenity.STANDING_DESK, amenities.get(1));
    assertEquals(Amenity.Known.PROJECTOR, amenities.get(0).known());
    assertTrue(amenities.get(0).isKnown());
  }

  @Test
  void anUnknownEnumValueKeepsItsTextAndSendsItBack() {
    Amenity hologram =
        data(
                new RoomsWithQuery(null),
                """
                {"data": {"roomsWith": [{"id": "r9", "amenities": ["HOLOGRAM_PROJECTOR"]}]}}
                """)
            .roomsWith()
            .get(0)
            .amenities()
            .get(0);

    assertEquals(Amenity.Known.UNKNOWN__, hologram.known());
    assertFalse(hologram.isKnown());
    assertEquals("HOLOGRAM_PROJECTOR", hologram.rawValue());
    assertEquals(Amenity.of("HOLOGRAM_PROJECTOR"), hologram);
    assertEquals("{\"amenity\":\"HOLOGRAM_PROJECTOR\"}", variables(new RoomsWithQuery(hologram)));
  }

  @Test
  @SuppressWarnings("deprecation")
  void aDeprecatedEnumValueIsDeprecatedInJavaAndStillDecodes() throws NoSuchFieldException {
    var rooms =
        data(
                new RoomsWithQuery(null),
                """
                {"data": {"roomsWith": [{"id": "r0", "amenities": ["FAX_MACHINE"]}]}}
                """)
            .roomsWith();

    assertSame(Amenity.FAX_MACHINE, rooms.get(0).amenities().get(0));
    assertTrue(Amenity.class.getField("FAX_MACHINE").isAnnotationPresent(Deprecated.class));
    assertTrue(Amenity.Known.class.getField("FAX_MACHINE").isAnnotationPresent(Deprecated.class));
  }

  @Test
  void dateTimesDecodeToLocalDateTimes() {
    var reservation =
        data(
                new ReserveMutation(ReservationInput.builder().spaceId("r1").build()),
                """
                {"data": {"reserve": {"id": "res-1", "startsAt": "2030-01-07 09:00:00",
                  "endsAt": "2030-01-07 17:30:05", "note": null, "needs": "PROJECTOR"}}}
                """)
            .reserve();

    assertEquals(LocalDateTime.of(2030, 1, 7, 9, 0), reservation.startsAt());
    assertEquals(LocalDateTime.of(2030, 1, 7, 17, 30, 5), reservation.endsAt());
    assertNull(reservation.note());
    assertSame(Amenity.PROJECTOR, reservation.needs());
  }

  @Test
  void aMalformedDateTimeNamesItsPath() {
    ResponseDecodingException e =
        assertThrows(
            ResponseDecodingException.class,
            () ->
                data(
                    new ReserveMutation(ReservationInput.builder().spaceId("r1").build()),
                    """
                    {"data": {"reserve": {"id": "res-1", "startsAt": "2030-01-07T09:00:00Z",
                      "endsAt": "2030-01-07 10:00:00"}}}
                    """));

    assertEquals("/data/reserve/startsAt", e.jsonPath());
  }

  private static List<String> typenames(List<SearchQuery.Data.Search> found) {
    return found.stream().map(SearchQuery.Data.Search::__typename).toList();
  }
}
