package org.wardflow.analysis;

import org.wardflow.disclosure.Interval;
import org.wardflow.disclosure.PublishedTable;

/**
 * {@link HiddenCellBounds} from the publication's own feasible intervals ({@link
 * PublishedTable#cellInterval(int)}): exact linear-programming bounds of every suppressed cell
 * given every published cell and total (an outer bound when figures are rounded), and for published
 * cells the counts a rounded figure stands for. Narrower than {@link HiddenCellBounds#fromPolicy},
 * which uses row and column totals one at a time. Where nothing limits a cell from above, the
 * policy's bound is used instead. Intervals are computed when first asked for (the first call may
 * take a moment on a large table: run it off the UI thread).
 */
public final class PublishedHiddenCellBounds implements HiddenCellBounds {
  private final PublishedTable table;
  private volatile HiddenCellBounds fallback;

  private PublishedHiddenCellBounds(PublishedTable table) {
    this.table = table;
  }

  /**
   * Bounds for a published table.
   *
   * @param table the published table
   * @return its bounds
   */
  public static PublishedHiddenCellBounds of(PublishedTable table) {
    return new PublishedHiddenCellBounds(java.util.Objects.requireNonNull(table, "table"));
  }

  @Override
  public int lower(int cell) {
    return table.cellInterval(cell).lower();
  }

  @Override
  public int upper(int cell) {
    Interval i = table.cellInterval(cell);
    if (i.bounded()) {
      return i.upper();
    }
    return Math.max(i.lower(), policyBounds().upper(cell));
  }

  private HiddenCellBounds policyBounds() {
    HiddenCellBounds f = fallback;
    if (f == null) {
      f = HiddenCellBounds.fromPolicy(table);
      fallback = f;
    }
    return f;
  }

  @Override
  public String source() {
    return "Hidden cells bounded by what the publication itself implies: the least and greatest"
        + " count each suppressed cell can hold given every published cell and total"
        + (table.policy().roundingBase() > 0
            ? " (an outer bound, because figures are rounded); rounded figures stand for the"
                + " values that round to them"
            : "")
        + ".";
  }
}
