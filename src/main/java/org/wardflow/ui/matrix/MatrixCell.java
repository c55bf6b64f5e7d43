package org.wardflow.ui.matrix;

/**
 * One cell of the matrix as shown: a published figure (count or share), or a marker that carries no
 * number.
 *
 * @param kind what the cell holds
 * @param value the count or share (0 unless {@link Kind#VALUE})
 * @param text the text shown and exported ({@code "[c]"} or {@code "–"} for markers)
 * @param shade heat class (0 = lightest), or −1 for no shading
 */
public record MatrixCell(Kind kind, double value, String text, int shade) {

  /** What a cell holds. */
  public enum Kind {
    /** A non-zero published count, or a share computed from published figures. */
    VALUE,
    /** A published zero (count or share). */
    ZERO,
    /** Suppressed, or a share whose numerator or denominator is suppressed: {@code [c]}. */
    HIDDEN,
    /** Not published under the policy (an unpublished zero or total): {@code –}. */
    NOT_PUBLISHED,
    /** A share of a published zero total (not defined): {@code –}. */
    UNDEFINED
  }

  /** The text of a hidden cell (the symbol the disclosure gate uses for every suppression). */
  public static final String HIDDEN_TEXT = "[c]";

  /** The text of a cell that is not published or not defined. */
  public static final String NOT_AVAILABLE_TEXT = "–";

  static final MatrixCell HIDDEN = new MatrixCell(Kind.HIDDEN, 0, HIDDEN_TEXT, -1);
  static final MatrixCell NOT_PUBLISHED =
      new MatrixCell(Kind.NOT_PUBLISHED, 0, NOT_AVAILABLE_TEXT, -1);
  static final MatrixCell UNDEFINED = new MatrixCell(Kind.UNDEFINED, 0, NOT_AVAILABLE_TEXT, -1);

  /** True for a number (zero or not) computed from published figures. */
  public boolean hasValue() {
    return kind == Kind.VALUE || kind == Kind.ZERO;
  }

  /** True for a marker without a number (hidden, not published or undefined). */
  public boolean isMarker() {
    return !hasValue();
  }

  /**
   * Sort key: the value, or −1 for markers, so that markers sort together below every figure
   * (nothing about a hidden count is implied by where it sorts).
   */
  public double sortKey() {
    return hasValue() ? value : -1;
  }
}
