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

  @Test
  void listsInsideListsAreCopiedAndUnmodifiableAtEveryLevel() {
    List<Integer> inner = new ArrayList<>(List.of(1, 2));
    List<List<Integer>> outer = new ArrayList<>(List.of(inner));
    List<List<Integer>> kept = Lists.copyNested(outer, "Schedule.slots ([[Int!]!])", true, true);
    inner.add(3);
    outer.add(List.of());
    assertEquals(List.of(List.of(1, 2)), kept);
    assertThrows(UnsupportedOperationException.class, () -> kept.get(0).add(4));
    assertThrows(UnsupportedOperationException.class, () -> kept.add(List.of()));
  }

  @Test
  void aNullInsideAnInnerListIsRefusedByItsIndexes() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                Lists.copyNested(
                    List.of(List.of(1), Arrays.asList(2, null)),
                    "Schedule.slots ([[Int!]!])",
                    true,
                    true));
    assertEquals(
        "Schedule.slots ([[Int!]!]): element [1][1] is null, and the list's type holds no nulls",
        e.getMessage());
    NullPointerException outer =
        assertThrows(
            NullPointerException.class,
            () -> Lists.copyNested(Arrays.asList(List.of(1), null), "s ([[Int]!])", true, false));
    assertEquals(
        "s ([[Int]!]): element [1] is null, and the list's type holds no nulls",
        outer.getMessage());
  }

  @Test
  void nullsStayAtTheLevelsThatAllowThem() {
    List<List<Integer>> lists = Arrays.asList(null, Arrays.asList(1, null));
    assertEquals(lists, Lists.copyNested(lists, "s ([[Int]])", false, false));
    assertNull(Lists.copyNested((List<List<Integer>>) null, "s", true, true));
  }

  @Test
  void threeLevelsDeep() {
    List<List<List<String>>> cube = List.of(List.of(new ArrayList<>(List.of("a"))));
    List<List<List<String>>> kept = Lists.copyNested(cube, "c ([[[String!]!]!])", true, true, true);
    cube.get(0).get(0).add("b");
    assertEquals(List.of(List.of(List.of("a"))), kept);
    assertThrows(UnsupportedOperationException.class, () -> kept.get(0).get(0).add("c"));
  }

  @Test
  void anOptionalFieldOfListsKeepsAbsentAndNullAndCopiesEveryLevel() {
    assertSame(Input.absent(), Lists.copyNested(Input.<List<List<String>>>absent(), "x", true));
    List<String> inner = new ArrayList<>(List.of("1"));
    Input<List<List<String>>> kept = Lists.copyNested(Input.of(List.of(inner)), "x", true, true);
    inner.clear();
    assertEquals(Input.of(List.of(List.of("1"))), kept);
  }
}
