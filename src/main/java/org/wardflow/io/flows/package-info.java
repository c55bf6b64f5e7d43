/**
 * Import of ward → school flow tables from CSV, with reconciliation, and the writer for synthetic
 * tables.
 *
 * <dl>
 *   <dt>Aggregated CSV
 *   <dd>One row per ward × school (optionally × period × age band × group) with a count: {@code
 *       ward_code, school_urn, count[, period, age_band, group]}. Header names are mappable ({@link
 *       org.wardflow.io.flows.FlowCsvMapping}) and detected ignoring case and spacing.
 *   <dt>Record-level CSV
 *   <dd>One row per child: home ward code or home coordinates (BNG or WGS 84), school URN, optional
 *       age, date, group and person id. <em>Aggregated on import</em>: homes are placed in wards by
 *       point-in-polygon, ages become age bands, dates become periods (year or month), and
 *       identifiers, coordinates, ages and dates are discarded — never stored in the table nor
 *       written in the report.
 *   <dt>Reconciliation
 *   <dd>Matching the file with the loaded boundaries and schools, and accounting for every row and
 *       person: ward codes not in the boundaries (explained by vintage where a code list of other
 *       vintages is given, see {@link org.wardflow.io.flows.WardCodeVintages}), unknown or closed
 *       URNs, blank, negative, fractional or suppressed counts, duplicate keys (summed), homes
 *       outside the area. Rows read = rows kept + rows skipped, and each finding states how many
 *       people it affects.
 *   <dt>Boundary vintage
 *   <dd>The year a set of ward boundaries and codes is valid for (e.g. 2013, 2016, 2025). Ward
 *       codes change at boundary reviews, so data coded to one vintage does not match another.
 *   <dt>Duplicate key
 *   <dd>Two aggregated rows with the same ward, school, period, age band and group. Their counts
 *       are SUMMED, and the report says so.
 *   <dt>Manifest
 *   <dd>A JSON file beside generated CSVs that marks them SYNTHETIC (and the demo FICTIONAL) and
 *       records seed and parameters ({@link org.wardflow.io.flows.FlowManifest}).
 * </dl>
 */
package org.wardflow.io.flows;
