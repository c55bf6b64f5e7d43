package org.wardflow.ui.style;

import java.util.Objects;

/**
 * How flow lines are drawn.
 *
 * @param table which published table the flows come from
 * @param minCount flows with a published value below this are faded or left out (0 = none)
 * @param topN only the N largest published flows are drawn at full strength (0 = all)
 * @param fadeRest draw flows failing the filters faint instead of leaving them out
 * @param hidden when suppressed flows are drawn dashed and grey (no value implied)
 * @param scaleLock keep the count → width mapping fixed across views
 * @param lockedPixelsPerCount the width per count kept while locked (NaN when unlocked)
 */
public record FlowSettings(
    FlowTableChoice table,
    int minCount,
    int topN,
    boolean fadeRest,
    HiddenFlows hidden,
    boolean scaleLock,
    double lockedPixelsPerCount) {

  /**
   * CYP flows, no minimum, top 200, fade the rest, suppressed flows for the selection only, scale
   * not locked.
   */
  public static final FlowSettings DEFAULT =
      new FlowSettings(FlowTableChoice.CYP, 0, 200, true, HiddenFlows.SELECTION, false, Double.NaN);

  /** Validates. */
  public FlowSettings {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(hidden, "hidden");
    if (minCount < 0 || topN < 0) {
      throw new IllegalArgumentException("minCount and topN must be ≥ 0");
    }
  }

  /** The width per count to draw with: the locked one, or NaN (fit to the largest flow). */
  public double effectiveLock() {
    return scaleLock && lockedPixelsPerCount > 0 ? lockedPixelsPerCount : Double.NaN;
  }
}
