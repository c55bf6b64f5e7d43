package org.wardflow.ui.map;

import java.util.List;
import org.wardflow.model.Geography;

/**
 * The frame description: everything a {@link FramePainter} needs besides the viewport, as an
 * immutable snapshot taken on the FX thread and handed to the painting thread. It never refers to
 * JavaFX properties, so painting cannot observe the UI changing under it.
 *
 * @param geography wards and schools shown, or null before any data is loaded
 * @param layers the layers in drawing order (bottom first)
 * @param hover the target under the pointer, or null
 * @param selection the selected target, or null
 * @param content the thematic content drawn over the geography (choropleth, flows, symbols and
 *     their style), or null for the plain base map
 */
public record MapScene(
    Geography geography,
    List<LayerState> layers,
    MapTarget hover,
    MapTarget selection,
    MapContent content) {

  /** An empty scene (no data). */
  public static final MapScene EMPTY = new MapScene(null, List.of(), null, null, null);

  /** Freezes the layer list. */
  public MapScene {
    layers = List.copyOf(layers);
  }

  /** A scene without thematic content (the plain base map). */
  public MapScene(
      Geography geography, List<LayerState> layers, MapTarget hover, MapTarget selection) {
    this(geography, layers, hover, selection, null);
  }

  /** True when a layer of this kind exists and is visible. */
  public boolean isVisible(LayerKind kind) {
    for (LayerState l : layers) {
      if (l.kind() == kind) {
        return l.visible();
      }
    }
    return false;
  }
}
