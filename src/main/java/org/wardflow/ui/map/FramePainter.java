package org.wardflow.ui.map;

import java.awt.Graphics2D;
import java.util.function.BooleanSupplier;

/**
 * Draws one frame of the map. Called on the painting thread (never the FX thread), one frame at a
 * time; implementations must not touch JavaFX state — everything they need is in the {@link
 * FrameRequest}.
 *
 * <p>The graphics already carries the output scale: draw in logical pixels of {@link
 * FrameRequest#viewport()} (compose transforms with {@code g.transform(...)}, do not replace them
 * with {@code setTransform}), or use {@link FrameRequest#deviceViewport()} after resetting the
 * transform. The image starts fully transparent; the painter draws the background.
 *
 * <p>Check {@code cancelled} between expensive steps (e.g. every few hundred features) and return
 * early when it is true: a newer frame has superseded this one and its pixels will be discarded.
 */
@FunctionalInterface
public interface FramePainter {

  /**
   * Paints a frame.
   *
   * @param request what to draw: viewport, output scale and the frame description
   * @param g the target, scaled for the output scale, clipped to the viewport
   * @param cancelled becomes true when the frame is stale
   */
  void paint(FrameRequest request, Graphics2D g, BooleanSupplier cancelled);
}
