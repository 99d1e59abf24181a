package dev.optixgql.runtime;

/**
 * An operation that reads one page of an Optix list: its root field takes {@code page} (and usually
 * {@code limit}) and returns a pagination wrapper, {@code XxxPagination { total, data }}. The
 * processor generates it for an operation that passes its root field's {@code page} argument a
 * variable ({@code bookings(page: $page, limit: $limit)}); {@link OptixClient#pages} and the
 * interface methods returning {@link Pages} read every page with it.
 *
 * @param <D> the operation's data
 * @param <T> the list's items
 */
public interface PagedOperation<D, T> extends Operation<D> {
  /**
   * The page this operation asks for: its page variable, or the default the server applies when the
   * variable is unset (Optix's is 1).
   *
   * @return the page number, counted from 1
   */
  int pageNumber();

  /**
   * How many items a full page holds: the {@code limit} this operation sends, or the default the
   * server applies (the variable's default, else the argument's, else Optix's 100).
   *
   * @return the page size
   */
  int pageSize();

  /**
   * This operation, with every other variable kept, asking for another page.
   *
   * @param page the page number, counted from 1
   * @return a new operation
   */
  PagedOperation<D, T> withPage(int page);

  /**
   * The page in {@code data}, as this operation asked for it.
   *
   * @param data the data a call of this operation returned
   * @return the page: its items, how many entries arrived and the list's total if selected
   */
  Page<T> pageOf(D data);
}
