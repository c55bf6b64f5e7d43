package org.wardflow.ui;

import java.util.Objects;
import org.wardflow.io.ImportReport;
import org.wardflow.io.ImportResult;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.WardIndicator;
import org.wardflow.model.WardLayer;

/**
 * What opening one file produced: always a report, and what was read — layers, a flow table or ward
 * figures (none when the file could not be used).
 *
 * @param report what was read, repaired, skipped and why
 * @param wards ward boundaries read, or null
 * @param schools schools read, or null
 * @param info provenance of what was read, or null to derive it from the report's file
 * @param flows a raw flow table read (aggregated on import), or null
 * @param children children per ward read from a population file, or null
 * @param population usual residents per ward read from a population file, or null
 */
public record LoadResult(
    ImportReport report,
    WardLayer wards,
    SchoolLayer schools,
    DatasetInfo info,
    FlowTable flows,
    WardIndicator children,
    WardIndicator population) {

  /** Checks for a report. */
  public LoadResult {
    Objects.requireNonNull(report, "report");
  }

  /** Layers read from a file (no table, no ward figures). */
  public LoadResult(ImportReport report, WardLayer wards, SchoolLayer schools, DatasetInfo info) {
    this(report, wards, schools, info, null, null, null);
  }

  /** A flow table read from a file. */
  public static LoadResult ofFlows(FlowTable flows, ImportReport report) {
    return new LoadResult(
        report, null, null, null, Objects.requireNonNull(flows, "flows"), null, null);
  }

  /** Ward figures read from a population file. */
  public static LoadResult ofPopulation(
      WardIndicator children, WardIndicator population, ImportReport report) {
    return new LoadResult(
        report, null, null, null, null, Objects.requireNonNull(children, "children"), population);
  }

  /** A file that could not be used; the report says why. */
  public static LoadResult failed(ImportReport report) {
    return new LoadResult(report, null, null, null);
  }

  /** Ward boundaries read from a file. */
  public static LoadResult ofWards(WardLayer wards, ImportReport report) {
    return new LoadResult(report, Objects.requireNonNull(wards, "wards"), null, null);
  }

  /** Schools read from a file. */
  public static LoadResult ofSchools(SchoolLayer schools, ImportReport report) {
    return new LoadResult(report, null, Objects.requireNonNull(schools, "schools"), null);
  }

  /** A whole geography (wards and schools) read from one source. */
  public static LoadResult ofGeography(Geography g, ImportReport report) {
    return new LoadResult(report, g.wards(), g.schools(), g.info());
  }

  /**
   * Adapts an importer's result: a {@link WardLayer}, {@link SchoolLayer} or {@link Geography}
   * value becomes the matching result; no value gives a failed result with the same report.
   *
   * @throws IllegalArgumentException for any other kind of value
   */
  public static LoadResult of(ImportResult<?> result) {
    Object v = result.value();
    if (v == null) {
      return failed(result.report());
    }
    if (v instanceof WardLayer w) {
      return ofWards(w, result.report());
    }
    if (v instanceof SchoolLayer s) {
      return ofSchools(s, result.report());
    }
    if (v instanceof Geography g) {
      return ofGeography(g, result.report());
    }
    throw new IllegalArgumentException(
        "cannot show a " + v.getClass().getSimpleName() + " on the map");
  }

  /** True when something usable was read. */
  public boolean ok() {
    return wards != null || schools != null || flows != null || children != null;
  }
}
