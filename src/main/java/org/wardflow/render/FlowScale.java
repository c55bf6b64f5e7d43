package org.wardflow.render;

/**
 * The count → width mapping of flow lines: width ∝ count ({@code pixelsPerCount}), never thinner
 * than {@code minWidth} and capped at {@code maxWidth}. With the style's scale lock the mapping is
 * fixed, so widths compare across views; otherwise the largest displayed flow gets the maximum
 * width. Opacity grows with width, so big flows stand out and small ones recede.
 *
 * @param pixelsPerCount line width per published count
 * @param minWidth smallest width drawn
 * @param maxWidth largest width drawn
 * @param locked whether the mapping came from the style's scale lock
 */
public record FlowScale(double pixelsPerCount, double minWidth, double maxWidth, boolean locked) {

  /** Validates. */
  public FlowScale {
    if (!(pixelsPerCount > 0) || Double.isInfinite(pixelsPerCount)) {
      throw new IllegalArgumentException("pixelsPerCount must be positive: " + pixelsPerCount);
    }
    if (!(minWidth > 0) || !(maxWidth >= minWidth)) {
      throw new IllegalArgumentException("need 0 < minWidth ≤ maxWidth");
    }
  }

  /**
   * The scale a scene is drawn with: the style's lock if set, else fitted so the largest published
   * flow of the scene gets the maximum width (selections and filters do not change the fit, so
   * widths stay put while the user explores).
   */
  public static FlowScale resolve(Scene scene, Style style) {
    double lock = style.flowScaleLock();
    if (lock > 0 && !Double.isInfinite(lock)) {
      return new FlowScale(lock, style.flowMinWidth(), style.flowMaxWidth(), true);
    }
    double max = 0;
    for (Flow f : scene.flows()) {
      if (f.value().isPublished()) {
        max = Math.max(max, f.value().value());
      }
    }
    max = Math.max(max, 1);
    return new FlowScale(
        style.flowMaxWidth() / max, style.flowMinWidth(), style.flowMaxWidth(), false);
  }

  /** Width of a flow with a published count. */
  public double width(double count) {
    return Math.max(minWidth, Math.min(maxWidth, count * pixelsPerCount));
  }

  /** The count drawn at the maximum width (counts above it are capped). */
  public double countAtMaxWidth() {
    return maxWidth / pixelsPerCount;
  }

  /**
   * Opacity of a flow of this width: from {@code minAlpha} at the thinnest to {@code maxAlpha} at
   * the widest, rising with the square root so mid-sized flows stay visible.
   */
  public double alpha(double width, double minAlpha, double maxAlpha) {
    double t = maxWidth > minWidth ? (width - minWidth) / (maxWidth - minWidth) : 1;
    t = Math.max(0, Math.min(1, t));
    return minAlpha + (maxAlpha - minAlpha) * Math.sqrt(t);
  }

  /**
   * Three round legend values spanning the drawn range (largest first), e.g. 50, 20, 5.
   *
   * @param largest the largest published count in view (or {@link #countAtMaxWidth()})
   */
  public int[] legendValues(double largest) {
    double top = Math.max(1, Math.min(largest, countAtMaxWidth()));
    int a = niceFloor(top);
    int b = niceFloor(a / 2.5);
    int c = niceFloor(a / 10.0);
    if (b >= a) {
      b = Math.max(1, a / 2);
    }
    if (c >= b) {
      c = Math.max(1, b / 2);
    }
    return new int[] {a, b, c};
  }

  /**
   * Three (or fewer) round legend values spanning the drawn range, largest first, none below a
   * floor and all multiples of a step: values under the floor are lifted to it, others rounded up
   * to the step; duplicates are dropped.
   *
   * @param largest the largest published count in view
   * @param floor the smallest value that may be shown (e.g. the smallest publishable count)
   * @param step values are multiples of this (e.g. the rounding base; 1 for any)
   */
  public int[] legendValues(double largest, int floor, int step) {
    int st = Math.max(1, step);
    int f = Math.max(1, floor);
    f = (f + st - 1) / st * st;
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
    for (int x : legendValues(Math.max(largest, f))) {
      out.add(x < f ? f : (x + st - 1) / st * st);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int niceFloor(double v) {
    if (v < 1) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    double m = v / p;
    double n = m >= 5 ? 5 : m >= 2 ? 2 : 1;
    return (int) Math.max(1, Math.round(n * p));
  }
}
