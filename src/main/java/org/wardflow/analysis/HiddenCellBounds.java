package org.wardflow.analysis;

import org.wardflow.disclosure.PublishedTable;

/**
 * The feasible interval of the true count behind each cell of a published table: for a hidden
 * (suppressed) cell, the least and greatest values it can take given what is published; for a
 * published cell, the values that round to it (just the value itself when figures are not rounded).
 * Cells are identified by their index in the {@link PublishedTable} ({@code 0 .. cellCount()-1}).
 *
 * <p>The disclosure engine's audit can supply exact intervals (found by linear programming); {@link
 * #fromPolicy} gives bounds from the policy and the published totals alone.
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
   * Bounds from the disclosure policy and the published figures alone: primary-suppressed cells lie
   * in 1..k−1; secondary-suppressed (and other hidden) cells in 0..(the bound left by a published
   * row or column total once the published cells are taken off); both are narrowed by every
   * published or primary-suppressed row and column total. Rounded figures stand for the interval of
   * values that round to them.
   *
   * @param table the published table
   */
  static HiddenCellBounds fromPolicy(PublishedTable table) {
    return PolicyCellBounds.of(table);
  }
}
