package org.wardflow.ui.comfort;

import java.awt.Color;
import org.wardflow.render.Style;

/**
 * A display theme: the window's stylesheet (added on top of the light {@code wardflow.css}) and the
 * map's colours (the renderer's {@link Style}, adjusted from the thematic map's own).
 */
public enum Theme {
  /** The light theme ({@code wardflow.css} alone, the map as designed). */
  LIGHT("Light", null),
  /** Dark panels and a dark base map with light labels and flows. */
  DARK("Dark", "dark.css"),
  /** Black on white with strong outlines and focus rings; the renderer's high-contrast map. */
  HIGH_CONTRAST("High contrast", "high-contrast.css");

  private final String label;
  private final String stylesheet;

  Theme(String label, String stylesheet) {
    this.label = label;
    this.stylesheet = stylesheet;
  }

  /** The name shown in View ▸ Theme. */
  public String label() {
    return label;
  }

  /** The URL of the stylesheet added over the light one, or null for {@link #LIGHT}. */
  public String stylesheetUrl() {
    return stylesheet == null ? null : Theme.class.getResource(stylesheet).toExternalForm();
  }

  /** The theme of a saved name, or {@link #LIGHT} for an unknown one. */
  public static Theme parse(String name) {
    for (Theme t : values()) {
      if (t.name().equalsIgnoreCase(name)) {
        return t;
      }
    }
    return LIGHT;
  }

  /**
   * The map style of this theme, made from the style the thematic map was built with (its flow
   * scale, symbol sizes and hatch spacing are kept; the base map, outline, label and flow colours
   * change). Choropleth and school colours come with the scene and do not change.
   *
   * @param base the thematic map's style
   * @return the style to draw with
   */
  public Style mapStyle(Style base) {
    return switch (this) {
      case LIGHT -> base;
      case DARK ->
          base.toBuilder()
              .name(base.name() + "+dark")
              .background(new Color(0x1B1F24))
              .baseFill(new Color(0x2B3139))
              .noDataFill(new Color(0x3A414B))
              .wardOutline(new Color(16, 19, 24, 200))
              .districtOutline(new Color(0x9AA4B2))
              .areaOutline(new Color(0xC9D0DA))
              .suppressedFill(new Color(0x30363F))
              .hatchColor(new Color(0x85909E))
              .selectionColor(new Color(0xFFD54F))
              .highlightColor(new Color(0xFF77B0))
              .schoolOutline(new Color(16, 19, 24, 235))
              .flowColor(new Color(0x4C9BFF))
              .fadedFlowColor(new Color(200, 212, 230, 40))
              .hiddenFlowColor(new Color(176, 184, 196, 130))
              .labelColor(new Color(0xE8ECF1))
              .districtLabelColor(new Color(0xBFC7D2))
              .haloColor(new Color(20, 24, 30, 225))
              .build();
      case HIGH_CONTRAST -> base.withHighContrast();
    };
  }
}
