package dev.optixgql.examples.catalog;

import static dev.optixgql.examples.catalog.CatalogJson.variables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.Input;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated input records and operations write exactly the variables JSON they were given. */
class InputEncodingTest {
  private static final TimeWindowInput MORNING =
      TimeWindowInput.builder()
          .start(LocalDateTime.of(2030, 1, 7, 9, 0))
          .end(LocalDateTime.of(2030, 1, 7, 10, 30))
          .build();

  @Test
  void unsetFieldsAreLeftOutAndExplicitNullsAreWritten() {
    ReservationInput input =
        ReservationInput.builder()
            .spaceId("r1")
            .note(null) // sent as null: clears a note
            // attendees left unset: not sent, so the schema's default of 1 applies
            .tags(List.of("quiet", "window seat"))
            .window(MORNING)
            .needs(Amenity.WHITEBOARD)
            .build();

    assertEquals(
        "{\"input\":{\"spaceId\":\"r1\",\"note\":null,\"tags\":[\"quiet\",\"window seat\"],"
            + "\"window\":{\"start\":\"2030-01-07 09:00:00\",\"end\":\"2030-01-07 10:30:00\"},"
            + "\"needs\":\"WHITEBOARD\"}}",
        variables(new ReserveMutation(input)));
    assertEquals(Input.absent(), input.attendees());
    assertEquals(Input.ofNull(), input.note());
  }

  @Test
  void variablesNamedLikeTheWritersOwnNamesAreWritten() {
    WriterNamesQuery query = new WriterNamesQuery(List.of("r1", "d7"), Amenity.PROJECTOR, "quiet");

    assertEquals("quiet", query.out_());
    assertEquals(
        "{\"e0\":[\"r1\",\"d7\"],\"v0\":\"PROJECTOR\",\"out\":\"quiet\"}", variables(query));
  }

  @Test
  void onlyTheRequiredFieldIsWrittenWhenNothingElseIsSet() {
    ReservationInput input = ReservationInput.builder().spaceId("d7").build();

    assertEquals("{\"input\":{\"spaceId\":\"d7\"}}", variables(new ReserveMutation(input)));
  }

  @Test
  void everyOptionalFieldCanBeSentAsAValue() {
    ReservationInput input =
        ReservationInput.builder()
            .spaceId("r1")
            .note("Bring \"the\" projector remote")
            .attendees(6)
            .tags(List.of())
            .needs(Amenity.of("HOLOGRAM_PROJECTOR"))
            .build();

    assertEquals(
        "{\"input\":{\"spaceId\":\"r1\",\"note\":\"Bring \\\"the\\\" projector remote\","
            + "\"attendees\":6,\"tags\":[],\"needs\":\"HOLOGRAM_PROJECTOR\"}}",
        variables(new ReserveMutation(input)));
  }

  @Test
  void aRequiredFieldLeftUnsetFailsTheBuildNamingIt() {
    IllegalStateException reservation =
        assertThrows(IllegalStateException.class, () -> ReservationInput.builder().build());
    IllegalStateException window =
        assertThrows(
            IllegalStateException.class,
            () -> TimeWindowInput.builder().start(LocalDateTime.of(2030, 1, 7, 9, 0)).build());

    assertTrue(reservation.getMessage().contains("'spaceId'"), reservation::getMessage);
    assertTrue(window.getMessage().contains("'end'"), window::getMessage);
  }

  @Test
  void theCanonicalConstructorTreatsNullInputsAsAbsent() {
    ReservationInput built = ReservationInput.builder().spaceId("r1").build();

    assertEquals(built, new ReservationInput("r1", null, null, null, null, null));
  }

  @Test
  void scalarListAndNullableEnumVariablesAreWritten() {
    assertEquals(
        "{\"text\":\"quiet\",\"brief\":true,\"withStanding\":false}",
        variables(new SearchQuery("quiet", true, false)));
    assertEquals("{\"ids\":[\"r1\",\"p1\"]}", variables(new NodesQuery(List.of("r1", "p1"))));
    assertEquals("{\"amenity\":\"PROJECTOR\"}", variables(new RoomsWithQuery(Amenity.PROJECTOR)));
    // A null nullable variable is left unsent, so the field's own default applies.
    assertEquals("{}", variables(new RoomsWithQuery(null)));
  }
}
