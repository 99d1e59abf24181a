package dev.optixgql.runtime;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of an Optix list, as a {@link PagedOperation} read it.
 *
 * @param number the page number, counted from 1
 * @param items the page's items, in the server's order, without null entries
 * @param received how many entries the page held, null entries included (a page holding fewer than
 *     the page size is the last)
 * @param total the list's {@code total} as the server counted it for this page, or {@code null}
 *     when the operation does not select it
 * @param <T> the items' type
 */
public record Page<T>(int number, List<T> items, int received, @Nullable Integer total) {
  /**
   * A page holding a copy of {@code items}.
   *
   * @param number the page number, counted from 1
   * @param items the page's items, copied
   * @param received how many entries the page held, null entries included
   * @param total the list's total, or {@code null} when not selected
   */
  public Page {
    items = List.copyOf(items);
  }

  /**
   * The page of {@code entries}, null entries left out (the schema allows them; Optix sends none).
   *
   * @param number the page number
   * @param total the list's total, or {@code null} when not selected
   * @param entries the wrapper's {@code data}, or {@code null} when the wrapper or list was null
   * @param <T> the items' type
   * @return the page
   */
  public static <T> Page<T> of(
      int number, @Nullable Integer total, @Nullable List<? extends @Nullable T> entries) {
    if (entries == null) {
      return new Page<>(number, List.of(), 0, total);
    }
    List<T> items = new ArrayList<>(entries.size());
    for (T entry : entries) {
      if (entry != null) {
        items.add(entry);
      }
    }
    return new Page<>(number, items, entries.size(), total);
  }
}
