package dev.optixgql.sandbox.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Orders, pages and wraps lists as Optix does: {@code {total, data}}, limit 100, page 1. */
final class Pagination {
  static final int DEFAULT_LIMIT = 100;

  private Pagination() {}

  /**
   * Returns the {@code XxxPagination} map for one page of items.
   *
   * @param args the field's arguments ({@code limit}, {@code page})
   */
  static <T> Map<String, Object> page(
      List<T> items, Map<String, Object> args, Function<T, Map<String, Object>> view) {
    int limit = Args.integer(args, "limit", DEFAULT_LIMIT);
    int page = Math.max(1, Args.integer(args, "page", 1));
    List<Map<String, Object>> data = new ArrayList<>();
    long from = (long) (page - 1) * Math.max(0, limit);
    for (long i = from; i < Math.min(items.size(), from + Math.max(0, limit)); i++) {
      data.add(view.apply(items.get((int) i)));
    }
    Map<String, Object> pagination = new LinkedHashMap<>();
    pagination.put("total", items.size());
    pagination.put("data", data);
    return pagination;
  }

  /**
   * Sorts by an order enum value such as {@code NAME_DESC}: the part before {@code _ASC} or {@code
   * _DESC} picks a key; unknown keys and ties fall back to the natural order.
   */
  static <T> List<T> sort(
      List<T> items, Object order, Map<String, Comparator<T>> keys, Comparator<T> natural) {
    List<T> sorted = new ArrayList<>(items);
    if (order == null) {
      sorted.sort(natural);
      return sorted;
    }
    String name = order.toString().toUpperCase(Locale.ROOT);
    boolean descending = name.endsWith("_DESC");
    String key = name.replaceFirst("_(ASC|DESC)$", "");
    Comparator<T> primary = keys.getOrDefault(key, natural);
    sorted.sort((descending ? primary.reversed() : primary).thenComparing(natural));
    return sorted;
  }

  /** Compares numeric ids by value (so "99" sorts before "1001"), then as text. */
  static int compareIds(String a, String b) {
    int byLength = Integer.compare(a.length(), b.length());
    return byLength != 0 ? byLength : a.compareTo(b);
  }
}
