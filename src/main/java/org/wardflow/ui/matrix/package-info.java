/**
 * The ward × school matrix pane ({@link org.wardflow.ui.matrix.MatrixView}, state in {@link
 * org.wardflow.ui.matrix.MatrixViewModel}): the published flow table as a heat-shaded, sortable,
 * filterable table linked to the map selection. Everything shown comes from the {@link
 * org.wardflow.disclosure.PublishedTable}.
 *
 * <dl>
 *   <dt>Row share
 *   <dd>P(school | ward): a published cell ÷ the ward's published total — the "ward → school
 *       probability" table. Defined on the table's wards and schools whatever the orientation.
 *   <dt>Column share
 *   <dd>P(ward | school): a published cell ÷ the school's published total.
 *   <dt>Hidden share
 *   <dd>A share whose numerator or denominator is suppressed is itself shown as {@code [c]}: no
 *       share is ever computed from a hidden figure (or from an estimate of one).
 *   <dt>Marker
 *   <dd>A cell without a number: {@code [c]} (suppressed, primary and secondary alike — the gate's
 *       symbol, so a reader cannot tell which cells are below k) or {@code –} (not published under
 *       the policy, or a share of a zero total). Markers sort together below every figure.
 *   <dt>Heat class
 *   <dd>One of up to {@value org.wardflow.ui.matrix.MatrixData#HEAT_CLASSES} quantile classes of
 *       the non-zero figures of the current mode over the whole table, coloured with a ColorBrewer
 *       sequential palette; zeros are white, markers hatched or grey.
 *   <dt>Column window
 *   <dd>The columns on screen: a fixed number of "slot" table columns showing the columns from an
 *       offset, moved by the scroll bar under the table. Rows are virtualised by the table itself,
 *       so a 192 × 1,238 matrix costs a screenful of cells.
 *   <dt>Orientation
 *   <dd>Rows = wards (every ward of the table) and columns = schools with published CYP (a total
 *       that is not a published zero), or transposed.
 *   <dt>Views installer
 *   <dd>{@link org.wardflow.ui.matrix.ViewsInstaller}: puts the matrix and the hypothesis charts
 *       into the main window as tabs next to the map, fed with the window's published CYP table and
 *       geography (a hidden tab catches up when it is selected) and sharing the map selection.
 * </dl>
 */
package org.wardflow.ui.matrix;
