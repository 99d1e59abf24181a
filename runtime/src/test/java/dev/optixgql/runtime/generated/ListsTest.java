package dev.optixgql.runtime.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.optixgql.runtime.Input;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListsTest {
  @Test
  void aCopyIsUnmodifiableAndDoesNotFollowTheCallersList() {
    List<String> ids = new ArrayList<>(List.of("1", "2"));
    List<String> kept = Lists.copy(ids, "$ids of Q ([ID!])");
    ids.add("3");
    assertEquals(List.of("1", "2"), kept);
    assertThrows(UnsupportedOperationException.class, () -> kept.add("4"));
  }

  @Test
  void aNullElementIsRefusedWhereTheTypeHoldsNone() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> Lists.copy(Arrays.asList("1", null), "$ids of Schedule ([ID!])"));
    assertEquals(
        "$ids of Schedule ([ID!]): element 1 is null, and the list's type holds no nulls",
        e.getMessage());
  }

  @Test
  void nullElementsStayWhereTheTypeAllowsThem() {
    assertEquals(Arrays.asList("1", null), Lists.copy(Arrays.asList("1", null), null));
  }

  @Test
  void aNullListStaysNull() {
    assertNull(Lists.copy((List<String>) null, "$ids of Q ([ID!])"));
  }

  @Test
  void anOptionalFieldKeepsAbsentAndNullAndCopiesAList() {
    assertSame(Input.absent(), Lists.copy(Input.<List<String>>absent(), "x"));
    assertSame(Input.ofNull(), Lists.copy(Input.<List<String>>ofNull(), "x"));
    List<String> ids = new ArrayList<>(List.of("1"));
    Input<List<String>> kept = Lists.copy(Input.of(ids), "x");
    ids.clear();
    assertEquals(Input.of(List.of("1")), kept);
    assertThrows(
        NullPointerException.class, () -> Lists.copy(Input.of(Arrays.asList((String) null)), "x"));
  }
}
