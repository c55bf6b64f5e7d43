/**
 * Summary figures for the selected ward or school, from published values only ({@link
 * org.wardflow.ui.selection.SelectionSummary}, {@link
 * org.wardflow.ui.selection.SelectionSummaryPanel}).
 *
 * <dl>
 *   <dt>Row share
 *   <dd>A published cell as a percentage of its ward's published total: of the CYP living in the
 *       ward, the share at each school ("ward → school probability"). Shown only when both figures
 *       are published.
 *   <dt>Column share
 *   <dd>A published cell as a percentage of its school's published total: of the school's CYP, the
 *       share living in each ward.
 *   <dt>Hidden-last order
 *   <dd>Lists put published figures first, largest first, then hidden ones ("[c]") by name, so the
 *       order never hints at a hidden value.
 * </dl>
 */
package org.wardflow.ui.selection;
