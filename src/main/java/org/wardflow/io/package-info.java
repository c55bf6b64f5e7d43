/**
 * Importers and writers of data files. Every import yields an {@link org.wardflow.io.ImportReport}:
 * what was read, repaired, skipped and why, each message naming the file and the line or feature.
 * Nothing is dropped silently.
 *
 * <p>Record-level input (one row per child) is aggregated to ward × school counts on import and its
 * identifiers and coordinates are discarded. {@code io} may build raw flow tables; it never
 * publishes them (that is {@code disclosure}'s job).
 *
 * <p>Geography is read through {@link org.wardflow.io.Readers}, which picks the reader from the
 * file's content. Files are never modified (GeoPackages are opened read-only).
 *
 * <dl>
 *   <dt>Import report
 *   <dd>The record of one import: tallies (features, wards, skipped, repaired, …) and findings of
 *       three severities — INFO (a decision, e.g. the CRS used), WARNING (something repaired or
 *       skipped; the result is usable), ERROR (the file or part of it could not be used). Each
 *       finding names its place: "line 12, URN 140604", "feature 7 (line 9), E05011118", "feature
 *       fid=3", "record 4". A file that cannot be used at all raises an {@link
 *       org.wardflow.io.ImportException} whose message is one paragraph naming the file.
 *   <dt>CRS detection
 *   <dd>Deciding a file's coordinate reference system: from its declaration (GeoJSON {@code crs}
 *       member, GeoPackage SRS, Shapefile {@code .prj}) or, without one, from the coordinate ranges
 *       (degrees within ±180/±90 → WGS 84; metres within the national grid → EPSG:27700). A
 *       declaration the coordinates contradict (BNG metres declared as CRS84, latitude/longitude in
 *       swapped order) is overruled. Every decision is in the report, marked "detected" when it
 *       came from the coordinates. Everything is then reprojected to British National Grid.
 *   <dt>Field mapping
 *   <dd>Which attribute holds what. For wards ({@link org.wardflow.io.WardFieldMapping}): ward code
 *       and name (ONS {@code WDnnCD}/{@code WDnnNM}, any year and case) and district ({@code
 *       LADnnCD}/{@code LADnnNM}). For schools and any point CSV ({@link
 *       org.wardflow.io.PointCsvMapping}): id (URN), name, phase, type, status, pupils, district,
 *       postcode and the X/Y (or longitude/latitude) columns with their CRS — GIAS and snake_case
 *       names are detected, anything else is mapped by the user.
 *   <dt>Detected vs chosen
 *   <dd>A mapping or CRS Wardflow worked out itself is reported as detected; one the user gave is
 *       reported as chosen. Neither is applied silently.
 *   <dt>No location
 *   <dd>A school whose coordinates are unusable (0,0 — GIAS's code for unknown —, non-numeric,
 *       outside Great Britain) is kept with {@code location == null} and reported, never dropped.
 *   <dt>Join
 *   <dd>Matching a table keyed by ward code (e.g. population) to a ward layer; codes without a ward
 *       and wards without a row are both reported.
 * </dl>
 */
package org.wardflow.io;
