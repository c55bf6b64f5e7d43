/**
 * Wardflow: a desktop GIS for the origin–destination table of children and young people (CYP) from
 * the ward where they live to the school they attend.
 *
 * <p>Layers, with dependencies pointing one way only (checked by ArchUnit in {@code LayeringTest}):
 *
 * <pre>
 * model  ←  io  ←  disclosure  ←  analysis  ←  render / export  ←  ui, cli
 * </pre>
 *
 * <ul>
 *   <li>{@link org.wardflow.model} — wards, schools, geography, the raw flow table (JTS only).
 *   <li>{@link org.wardflow.io} — importers and writers of data files, with import reports.
 *   <li>{@link org.wardflow.disclosure} — the only code that reads raw counts; it yields the
 *       published table.
 *   <li>{@link org.wardflow.analysis} — classification, ranking, comparison, statistics, on
 *       published figures.
 *   <li>{@link org.wardflow.render} — the one pure renderer, used by screen and export.
 *   <li>{@link org.wardflow.export} — PNG/SVG/PDF/CSV/GeoPackage outputs of published figures.
 *   <li>{@link org.wardflow.ui} — JavaFX views and view models; {@link org.wardflow.cli} — the
 *       command line.
 * </ul>
 */
package org.wardflow;
