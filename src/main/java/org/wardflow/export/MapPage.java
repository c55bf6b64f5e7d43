package org.wardflow.export;

import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.render.Scene;
import org.wardflow.render.Style;
import org.wardflow.render.Viewport;

/**
 * A map page to export: the layout, and exactly what the screen draws — the same {@link Scene}
 * (published values only), the same {@link Style} and the map extent on screen. The extent is
 * fitted, centred, into the map frame of the sheet: everything visible on screen is on the page
 * (the frame's other aspect ratio may add a margin of map around it).
 *
 * @param layout the page design
 * @param scene what to draw
 * @param style how to draw it (lengths as on a 96-dpi screen; the page keeps their physical size)
 * @param extent the map extent to show, British National Grid metres
 */
public record MapPage(LayoutSpec layout, Scene scene, Style style, Envelope extent)
    implements Page {

  /** Validates and copies the (mutable) envelope. */
  public MapPage {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(extent, "extent");
    if (extent.isNull() || !(extent.getWidth() > 0) || !(extent.getHeight() > 0)) {
      throw new IllegalArgumentException(
          "The map extent to export is empty (" + extent + "); zoom to the area to export first.");
    }
    extent = new Envelope(extent);
  }

  /** A page showing what a screen viewport shows. */
  public static MapPage of(LayoutSpec layout, Scene scene, Style style, Viewport screen) {
    return new MapPage(layout, scene, style, screen.envelope());
  }

  /** The extent (a copy: envelopes are mutable). */
  @Override
  public Envelope extent() {
    return new Envelope(extent);
  }
}
