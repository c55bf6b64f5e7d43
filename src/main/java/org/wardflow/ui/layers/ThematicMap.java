package org.wardflow.ui.layers;

import java.util.Objects;
import org.wardflow.render.Scene;
import org.wardflow.render.Style;
import org.wardflow.ui.map.MapContent;
import org.wardflow.ui.selection.SelectionSummary;
import org.wardflow.ui.style.Choropleth;

/**
 * The thematic map computed from a {@link ThematicInput}: the choropleth, the renderer's scene and
 * style, the flow legend heading and the summary of the selection. Immutable; built off the FX
 * thread.
 *
 * @param input what it was computed from
 * @param choropleth the ward choropleth
 * @param scene the renderer's scene (selection and layer order are applied per frame)
 * @param style the style to draw with
 * @param flowTitle heading of the flow part of the legend
 * @param summary summary figures for the selection
 */
public record ThematicMap(
    ThematicInput input,
    Choropleth choropleth,
    Scene scene,
    Style style,
    String flowTitle,
    SelectionSummary summary) {

  /** Checks for nulls. */
  public ThematicMap {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(choropleth, "choropleth");
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(summary, "summary");
  }

  /** The frame content for the map view. */
  public MapContent content() {
    return new MapContent(scene, style, input.labels());
  }
}
