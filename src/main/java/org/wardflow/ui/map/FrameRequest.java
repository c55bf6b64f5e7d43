package org.wardflow.ui.map;

import java.util.Objects;
import org.wardflow.render.Viewport;

/**
 * One frame to draw: an immutable snapshot of the viewport, the output scale and the frame
 * description, numbered so that a newer request supersedes older ones.
 *
 * @param sequence increasing number; a request with a higher number makes lower ones stale
 * @param viewport the view in logical pixels
 * @param outputScale device pixels per logical pixel (1 on ordinary screens, 2 on HiDPI ones)
 * @param scene the frame description
 */
public record FrameRequest(long sequence, Viewport viewport, double outputScale, MapScene scene) {

  /** Validates the values. */
  public FrameRequest {
    Objects.requireNonNull(viewport, "viewport");
    Objects.requireNonNull(scene, "scene");
    if (!(outputScale > 0) || outputScale > 16) {
      throw new IllegalArgumentException("output scale out of range: " + outputScale);
    }
  }

  /** Width of the image in device pixels. */
  public int pixelWidth() {
    return (int) Math.ceil(viewport.width() * outputScale - 1e-9);
  }

  /** Height of the image in device pixels. */
  public int pixelHeight() {
    return (int) Math.ceil(viewport.height() * outputScale - 1e-9);
  }

  /** The same view expressed in device pixels (for painters that work in device space). */
  public Viewport deviceViewport() {
    return new Viewport(
        viewport.centerX(),
        viewport.centerY(),
        viewport.metresPerPixel() / outputScale,
        pixelWidth(),
        pixelHeight());
  }

  /** True when this request draws the same thing as another (ignoring the sequence number). */
  public boolean sameContentAs(FrameRequest other) {
    return other != null
        && viewport.equals(other.viewport)
        && outputScale == other.outputScale
        && scene.equals(other.scene);
  }
}
