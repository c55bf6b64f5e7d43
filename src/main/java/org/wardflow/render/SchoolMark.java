package org.wardflow.render;

/**
 * How one school is drawn: its colour, and the published value its symbol is sized by.
 *
 * @param argb fill colour (ARGB)
 * @param value published value the symbol's area is proportional to; NaN = not sized (drawn at the
 *     style's plain {@link Style#schoolRadius() radius})
 * @param suppressed true when the school's value is hidden by disclosure control: drawn at the
 *     plain radius with a hatched look, never implying a value
 */
public record SchoolMark(int argb, double value, boolean suppressed) {

  /** Validates the value. */
  public SchoolMark {
    if (value < 0 || Double.isInfinite(value)) {
      throw new IllegalArgumentException("school value must be ≥ 0 or NaN: " + value);
    }
    if (suppressed) {
      value = Double.NaN;
    }
  }

  /** An unsized mark of one colour. */
  public static SchoolMark plain(int argb) {
    return new SchoolMark(argb, Double.NaN, false);
  }

  /** A mark sized by a published value. */
  public static SchoolMark sized(int argb, double value) {
    return new SchoolMark(argb, value, false);
  }

  /** A mark for a school whose value is suppressed. */
  public static SchoolMark suppressed(int argb) {
    return new SchoolMark(argb, Double.NaN, true);
  }

  /** True when the symbol is sized by a value. */
  public boolean isSized() {
    return !Double.isNaN(value);
  }
}
