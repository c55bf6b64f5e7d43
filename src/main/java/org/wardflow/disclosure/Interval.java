package org.wardflow.disclosure;

/**
 * A closed range of whole numbers a hidden (or rounded) value could take, as far as anyone can tell
 * from what was published. {@code upper == } {@link #UNBOUNDED} means no upper limit.
 *
 * @param lower smallest possible value
 * @param upper largest possible value, or {@link #UNBOUNDED}
 */
public record Interval(int lower, int upper) {
  /** Marks an interval with no upper limit. */
  public static final int UNBOUNDED = Integer.MAX_VALUE;

  /** Checks the ends. */
  public Interval {
    if (lower < 0 || upper < lower) {
      throw new IllegalArgumentException("bad interval " + lower + ".." + upper);
    }
  }

  /** The single value v. */
  public static Interval exactly(int v) {
    return new Interval(v, v);
  }

  /** Makes an interval from long ends, saturating at {@link #UNBOUNDED}. */
  static Interval of(long lower, long upper) {
    int lo = (int) Math.max(0, Math.min(lower, UNBOUNDED - 1L));
    int hi = upper >= UNBOUNDED ? UNBOUNDED : (int) Math.max(lo, upper);
    return new Interval(lo, hi);
  }

  /** True when there is an upper limit. */
  public boolean bounded() {
    return upper != UNBOUNDED;
  }

  /** {@code upper − lower}, or {@link Long#MAX_VALUE} when unbounded. */
  public long width() {
    return bounded() ? (long) upper - lower : Long.MAX_VALUE;
  }

  /** True when lower == upper. */
  public boolean exact() {
    return lower == upper;
  }

  /** True when v lies in the interval. */
  public boolean contains(long v) {
    return v >= lower && v <= upper;
  }

  /** Text such as {@code 3–12}, {@code 7} or {@code 1 or more}. */
  public String format() {
    if (!bounded()) {
      return lower + " or more";
    }
    return exact() ? Integer.toString(lower) : lower + "–" + upper;
  }
}
