/**
 * The domain model: geography and the raw flow table. Depends on JTS only (no AWT, no JavaFX).
 *
 * <dl>
 *   <dt>Ward
 *   <dd>An electoral ward (ONS code such as {@code E05011118}), the smallest area Wardflow ever
 *       shows. All geometry is held in British National Grid (EPSG:27700, metres).
 *   <dt>School
 *   <dd>An establishment from DfE Get Information About Schools, identified by its URN.
 *   <dt>CYP
 *   <dd>Children and young people: the people counted in the flow table. Wardflow never says
 *       "offenders".
 *   <dt>Flow table
 *   <dd>Counts of CYP by home ward × school attended, optionally by period, age band and group. The
 *       <em>raw</em> table ({@link org.wardflow.model.FlowTable}) may only be read by {@code io}
 *       (which builds it) and {@code disclosure} (which publishes it); everything else sees the
 *       published table.
 *   <dt>Structural cell
 *   <dd>A ward × school pair with no record at all (an implicit zero); cells listed in the table
 *       are non-structural.
 *   <dt>Synthetic
 *   <dd>Data made by Wardflow's generators rather than observed; always labelled SYNTHETIC.
 *   <dt>Fictional
 *   <dd>The built-in demo city: invented places, never real schools with made-up figures.
 * </dl>
 */
package org.wardflow.model;
