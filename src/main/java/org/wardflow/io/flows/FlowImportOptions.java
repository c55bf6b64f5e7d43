package org.wardflow.io.flows;

import java.util.Objects;

/**
 * How a flow CSV is read. Start from {@link #DEFAULT} and change what is needed with the {@code
 * with…} methods.
 *
 * @param mapping which header is which column; unmapped columns are detected from the headers
 * @param vintages ward codes of other boundary vintages, to explain codes not in the boundaries
 * @param boundaryVintage the vintage of the loaded boundaries for messages (e.g. {@code 2025}), or
 *     null to infer it from the ward layer's name or attributes ({@code WD25CD} → 2025)
 * @param periods how record-level dates become periods
 * @param ageBands how record-level ages become age bands
 * @param coordinates the CRS of record-level home coordinates
 * @param group a group label for every row when the file has no group column (e.g. {@code involved
 *     in violence}), or null
 */
public record FlowImportOptions(
    FlowCsvMapping mapping,
    WardCodeVintages vintages,
    String boundaryVintage,
    PeriodGranularity periods,
    AgeBands ageBands,
    CoordinateSystem coordinates,
    String group) {

  /** Detected mapping, no other vintages, years, default age bands, automatic CRS, no group. */
  public static final FlowImportOptions DEFAULT =
      new FlowImportOptions(
          FlowCsvMapping.AUTO,
          WardCodeVintages.NONE,
          null,
          PeriodGranularity.YEAR,
          AgeBands.DEFAULT,
          CoordinateSystem.AUTO,
          null);

  /** Fills nulls with defaults. */
  public FlowImportOptions {
    mapping = mapping == null ? FlowCsvMapping.AUTO : mapping;
    vintages = vintages == null ? WardCodeVintages.NONE : vintages;
    periods = periods == null ? PeriodGranularity.YEAR : periods;
    ageBands = ageBands == null ? AgeBands.DEFAULT : ageBands;
    coordinates = coordinates == null ? CoordinateSystem.AUTO : coordinates;
    group = group == null || group.isBlank() ? null : group.trim();
  }

  /** With a column mapping. */
  public FlowImportOptions withMapping(FlowCsvMapping m) {
    return new FlowImportOptions(
        Objects.requireNonNull(m),
        vintages,
        boundaryVintage,
        periods,
        ageBands,
        coordinates,
        group);
  }

  /** With ward codes of other vintages. */
  public FlowImportOptions withVintages(WardCodeVintages v) {
    return new FlowImportOptions(
        mapping, Objects.requireNonNull(v), boundaryVintage, periods, ageBands, coordinates, group);
  }

  /** With the vintage of the loaded boundaries stated. */
  public FlowImportOptions withBoundaryVintage(String v) {
    return new FlowImportOptions(mapping, vintages, v, periods, ageBands, coordinates, group);
  }

  /** With a period granularity for dates. */
  public FlowImportOptions withPeriods(PeriodGranularity g) {
    return new FlowImportOptions(
        mapping, vintages, boundaryVintage, g, ageBands, coordinates, group);
  }

  /** With age bands. */
  public FlowImportOptions withAgeBands(AgeBands b) {
    return new FlowImportOptions(
        mapping, vintages, boundaryVintage, periods, b, coordinates, group);
  }

  /** With a coordinate system for home coordinates. */
  public FlowImportOptions withCoordinates(CoordinateSystem c) {
    return new FlowImportOptions(mapping, vintages, boundaryVintage, periods, ageBands, c, group);
  }

  /** With a group label for files without a group column. */
  public FlowImportOptions withGroup(String g) {
    return new FlowImportOptions(
        mapping, vintages, boundaryVintage, periods, ageBands, coordinates, g);
  }
}
