package org.wardflow.ui;

import java.util.Objects;
import org.wardflow.io.ImportReport;
import org.wardflow.io.demo.DemoData;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.WardIndicator;

/**
 * A complete set of data to show: the geography, the raw flow tables (handles only — the views see
 * them through the disclosure gate), and the ward figures used for rates.
 *
 * @param geography wards and schools
 * @param cyp raw table of children and young people involved in violence, or null
 * @param pupils raw table of all pupils, or null
 * @param children children per ward (for rates), or null
 * @param population usual residents per ward, or null
 * @param report how the data was made or read (shown in the import report panel), or null
 */
public record AppData(
    Geography geography,
    FlowTable cyp,
    FlowTable pupils,
    WardIndicator children,
    WardIndicator population,
    ImportReport report) {

  /** Checks the geography. */
  public AppData {
    Objects.requireNonNull(geography, "geography");
  }

  /** A geography without tables. */
  public static AppData of(Geography g) {
    return new AppData(g, null, null, null, null, null);
  }

  /**
   * The built-in demo: the FICTIONAL city with its SYNTHETIC pupil and CYP tables and FICTIONAL
   * population (generated once, then cached).
   */
  public static AppData demo() {
    DemoData d = DemoData.load();
    return new AppData(
        d.geography(), d.cyp(), d.pupils(), d.children(), d.population(), d.flows().report());
  }
}
