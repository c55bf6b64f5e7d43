/**
 * The hypothesis charts pane ({@link org.wardflow.ui.charts.ChartsView}, state in {@link
 * org.wardflow.ui.charts.ChartsViewModel}): JavaFX charts of {@link
 * org.wardflow.analysis.FlowStatistics} on the published table, each with its notes, the caveat and
 * the FICTIONAL / SYNTHETIC label, exportable as PNG and CSV.
 *
 * <dl>
 *   <dt>Distance travelled
 *   <dd>CYP by straight-line distance band from the home ward's label point to the school, and the
 *       CYP-weighted median distance of each home ward.
 *   <dt>Lorenz curve
 *   <dd>Schools ordered from fewest to most CYP; cumulative share of schools (x) against cumulative
 *       share of CYP (y). The further below the line of equality, the more concentrated.
 *   <dt>Gini coefficient
 *   <dd>Twice the area between the line of equality and the Lorenz curve: 0 when every school has
 *       the same number of CYP, towards 1 when all are in one school.
 *   <dt>Share in top school
 *   <dd>For each ward, the CYP at the school with most of its CYP ÷ the ward's total; the chart is
 *       the distribution of that share over wards, in bands of 10 percentage points.
 *   <dt>Hidden-cell treatment
 *   <dd>Suppressed cells carry no figure: they are left out (default) or counted at the middle of
 *       the range the published figures and the policy allow. Every chart says which, and carries a
 *       caution when at least a quarter of its cells (or school totals, or wards) are hidden.
 * </dl>
 */
package org.wardflow.ui.charts;
