package org.wardflow.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.wardflow.model.School;

/**
 * What a legend shows: the choropleth classes with ward counts, no-data and suppressed swatches,
 * the flow width scale with three sample widths, and the school symbols by phase. Build with {@link
 * #forScene} so the flow and symbol parts match the map exactly.
 *
 * @param title heading of the choropleth part (e.g. "CYP living in ward"); empty to omit the part
 * @param classes class ranges and counts, in order
 * @param noDataCount wards with no data (the swatch is shown when &gt; 0)
 * @param suppressedCount wards whose value is suppressed (the hatched swatch is shown when &gt; 0)
 * @param threshold the disclosure threshold k, for "fewer than k"
 * @param flowTitle heading of the flow part; empty to omit the part
 * @param flowScale the scale flows are drawn with (null to omit the flow part)
 * @param flowLargest the largest published flow (for choosing sample values)
 * @param hiddenFlows whether the dashed "suppressed flow" sample is shown
 * @param shapes school symbol shapes to explain (empty to omit)
 */
public record Legend(
    String title,
    List<LegendClass> classes,
    int noDataCount,
    int suppressedCount,
    int threshold,
    String flowTitle,
    FlowScale flowScale,
    double flowLargest,
    boolean hiddenFlows,
    Set<SymbolShape> shapes) {

  /** Copies collections. */
  public Legend {
    title = title == null ? "" : title;
    classes = List.copyOf(Objects.requireNonNull(classes, "classes"));
    flowTitle = flowTitle == null ? "" : flowTitle;
    shapes = shapes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shapes));
  }

  /**
   * The legend of a scene as drawn with a style: the given choropleth part, plus the suppressed and
   * no-data counts from the scene's ward fills, the flow part from the flows the scene shows, and
   * the shapes of the schools it draws.
   *
   * @param title choropleth heading (empty when the scene has no choropleth)
   * @param classes the classes of the upstream classification
   * @param flowTitle flow heading, e.g. "CYP, home ward → school"
   */
  public static Legend forScene(
      Scene scene, Style style, String title, List<LegendClass> classes, String flowTitle) {
    WardFills f = scene.wardFills();
    int noData = 0;
    int suppressed = 0;
    for (var w : scene.geography().wards().wards()) {
      switch (f.kindOf(w.code())) {
        case NO_DATA -> noData++;
        case SUPPRESSED -> suppressed++;
        default -> {}
      }
    }
    boolean flowsShown = scene.shows(Layer.FLOWS) && !scene.flows().isEmpty();
    double largest = 0;
    boolean hidden = false;
    for (Flow fl : scene.flows()) {
      if (fl.value().isPublished()) {
        largest = Math.max(largest, fl.value().value());
      } else {
        hidden = true;
      }
    }
    Set<SymbolShape> shapes = EnumSet.noneOf(SymbolShape.class);
    if (scene.shows(Layer.SCHOOLS)) {
      for (School s : scene.geography().schools().schools()) {
        if (s.hasLocation() && scene.schools().markOf(s.urn()) != null) {
          shapes.add(SymbolShape.of(s.phase()));
        }
      }
    }
    return new Legend(
        title,
        classes,
        noData,
        suppressed,
        scene.flowDisplay().threshold(),
        flowsShown ? flowTitle : "",
        flowsShown ? FlowScale.resolve(scene, style) : null,
        largest,
        flowsShown && hidden && scene.flowDisplay().showHidden(),
        shapes);
  }
}
