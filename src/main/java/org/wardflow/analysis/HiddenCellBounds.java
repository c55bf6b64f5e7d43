package org.wardflow.analysis;

import org.wardflow.disclosure.PublishedTable;

/**
 * The feasible interval of the true count behind each cell of a published table: for a hidden
 * (suppressed) cell, the least and greatest values it can take given what is published; for a
 * published cell, the values that round to it (just the value itself when figures are not rounded).
 * Cells are identified by their index in the {@link PublishedTable} ({@code 0 .. cellCount()-1}).
 *
 * <p>{@link #fromPolicy} gives the bounds a reader of the publication can work out (the table's
 * public feasible intervals).
 */
public interface HiddenCellBounds {
  /** The least value the cell's true count can take (≥ 0). */
  int lower(int cell);

  /** The greatest value the cell's true count can take (≥ {@link #lower}). */
  int upper(int cell);

  /** The middle of the interval, used when a single figure must stand for the cell. */
  default double midpoint(int cell) {
    return 0.5 * ((double) lower(cell) + upper(cell));
  }

  /** One sentence saying how the bounds were found, for notes on views and exports. */
  String source();

  /**
   * Bounds from the publication alone — what any reader of the published table can work out: the
   * table's feasible intervals ({@link PublishedTable#cellInterval}) from every published cell and
   * total and the policy (suppressed cells are at least 1; rounded figures stand for the values
   * that round to them). Primary and secondary suppressions are treated alike, since a reader
   * cannot tell them apart; a suppressed cell that no published total bounds is a small count
   * (1..k−1), as complements are only chosen in lines whose totals are published. Computing the
   * intervals takes linear programming over the table: call off the FX thread for large tables.
   *
   * @param table the published table
   */
  static HiddenCellBounds fromPolicy(PublishedTable table) {
    return PolicyCellBounds.of(table);
  }
}
