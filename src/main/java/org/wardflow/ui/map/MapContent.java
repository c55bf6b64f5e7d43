package org.wardflow.ui.map;

import java.util.Objects;
import org.wardflow.render.Scene;
import org.wardflow.render.Style;

/**
 * The thematic content of a frame: a {@link Scene} of the renderer (ward fills, school symbols,
 * published flows and their display filters, label options) and the {@link Style} to draw it with.
 * Built off the FX thread from the published table; immutable. Painters take the geography, layer
 * order, hover and selection from the {@link MapScene} and everything else from here.
 *
 * <p>Two contents are equal only when they hold the same scene and style objects (the renderer's
 * types compare by identity), so replacing the content always triggers a new frame and keeping it
 * never does.
 *
 * @param scene what to draw (its geography is the one the content was built for)
 * @param style how to draw it
 * @param labels whether labels are drawn
 */
public record MapContent(Scene scene, Style style, boolean labels) {

  /** Checks for nulls. */
  public MapContent {
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(style, "style");
  }
}
