package org.wardflow.export;

import java.util.List;
import java.util.Objects;
import org.wardflow.render.LegendClass;

/**
 * What the legend of a map layout explains besides what the scene itself determines (flow widths,
 * hidden flows, suppressed and no-data wards, school symbols — taken from the scene so they always
 * match the map).
 *
 * @param title heading of the choropleth part, e.g. "CYP living in ward (published totals)"; empty
 *     when the map has no choropleth
 * @param classes the classes of the choropleth, in order, with their ward counts
 * @param flowTitle heading of the flow part, e.g. "CYP, home ward → school"
 */
public record LegendSpec(String title, List<LegendClass> classes, String flowTitle) {
  /** A legend with no choropleth part and the standard flow heading. */
  public static final LegendSpec FLOWS_ONLY =
      new LegendSpec("", List.of(), "CYP, home ward → school");

  /** Null-safe, copies the classes. */
  public LegendSpec {
    title = title == null ? "" : title;
    classes = List.copyOf(Objects.requireNonNull(classes, "classes"));
    flowTitle = flowTitle == null ? "" : flowTitle;
  }
}
