package org.wardflow.render;

/**
 * Which flows are drawn and how: filters by minimum published count and top-N, whether flows that
 * fail them are faded (drawn faint) or left out, and whether hidden (suppressed) flows are shown.
 *
 * @param minCount flows with a published value below this fail the filter (0 = no minimum)
 * @param topN only the N largest published flows pass (0 = no limit); ties at the cut are kept
 * @param fadeRest true: flows failing the filters are drawn faint; false: left out
 * @param showHidden whether hidden (suppressed) flows are drawn, dashed and grey
 * @param threshold the disclosure threshold k, used to label hidden values as "&lt;k"
 */
public record FlowDisplay(
    int minCount, int topN, boolean fadeRest, boolean showHidden, int threshold) {

  /** Every flow, hidden ones dashed, threshold 5. */
  public static final FlowDisplay ALL = new FlowDisplay(0, 0, false, true, 5);

  /** Validates. */
  public FlowDisplay {
    if (minCount < 0 || topN < 0 || threshold < 0) {
      throw new IllegalArgumentException("minCount, topN and threshold must be ≥ 0");
    }
  }

  /** This display with another minimum count. */
  public FlowDisplay withMinCount(int v) {
    return new FlowDisplay(v, topN, fadeRest, showHidden, threshold);
  }

  /** This display with another top-N. */
  public FlowDisplay withTopN(int v) {
    return new FlowDisplay(minCount, v, fadeRest, showHidden, threshold);
  }

  /** This display with fading on or off. */
  public FlowDisplay withFadeRest(boolean v) {
    return new FlowDisplay(minCount, topN, v, showHidden, threshold);
  }

  /** This display with hidden flows shown or not. */
  public FlowDisplay withShowHidden(boolean v) {
    return new FlowDisplay(minCount, topN, fadeRest, v, threshold);
  }
}
