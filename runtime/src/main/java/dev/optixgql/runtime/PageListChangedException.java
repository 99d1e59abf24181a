package dev.optixgql.runtime;

/**
 * Thrown by a {@link Pages} read that {@link Pages#failIfListChanges() fails on change} when the
 * list's {@code total} moved between two pages: items were added or removed while it read, so an
 * item may have been skipped or read twice (Optix pages by offset).
 */
public final class PageListChangedException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  private final transient Pages.TotalChange change;

  PageListChangedException(Pages.TotalChange change) {
    super(
        "The list changed while it was read: page "
            + change.page()
            + " counts "
            + change.after()
            + " items in all where the first page read counted "
            + change.before()
            + ". An item may have been skipped or read twice; read it again.");
    this.change = change;
  }

  /**
   * What moved.
   *
   * @return the page where the total differed, and both totals
   */
  public Pages.TotalChange change() {
    return change;
  }
}
