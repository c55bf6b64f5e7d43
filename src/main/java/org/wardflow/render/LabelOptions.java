package org.wardflow.render;

/**
 * Which labels are placed (when the {@link Layer#LABELS} layer is visible).
 *
 * @param wards ward names (and district names when zoomed out), where they fit
 * @param schools names of the selected school and the schools highlighted by a selection
 * @param flowValues published values of the selection's flows at their schools ("&lt;k" when
 *     hidden)
 */
public record LabelOptions(boolean wards, boolean schools, boolean flowValues) {
  /** All labels. */
  public static final LabelOptions ALL = new LabelOptions(true, true, true);

  /** No labels. */
  public static final LabelOptions NONE = new LabelOptions(false, false, false);
}
