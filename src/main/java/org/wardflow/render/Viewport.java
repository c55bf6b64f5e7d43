package org.wardflow.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Envelope;

/**
 * What part of the map is drawn at what size. Immutable.
 *
 * @param centerX map x (BNG easting) at the centre of the image
 * @param centerY map y (BNG northing) at the centre of the image
 * @param metresPerPixel ground size of one pixel (larger = zoomed out)
 * @param width image width in pixels
 * @param height image height in pixels
 */
public record Viewport(
    double centerX, double centerY, double metresPerPixel, int width, int height) {

  /** Validates the values. */
  public Viewport {
    if (!(metresPerPixel > 0) || Double.isInfinite(metresPerPixel)) {
      throw new IllegalArgumentException("metresPerPixel must be positive: " + metresPerPixel);
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
    }
  }

  /**
   * A viewport showing the whole envelope with a margin.
   *
   * @param env map extent to show
   * @param width image width
   * @param height image height
   * @param marginFraction fraction of the image left free on each side (e.g. 0.03)
   */
  public static Viewport fit(Envelope env, int width, int height, double marginFraction) {
    double w = Math.max(env.getWidth(), 1);
    double h = Math.max(env.getHeight(), 1);
    double usableW = width * (1 - 2 * marginFraction);
    double usableH = height * (1 - 2 * marginFraction);
    double mpp = Math.max(w / usableW, h / usableH);
    return new Viewport(env.centre().x, env.centre().y, mpp, width, height);
  }

  /** The map envelope covered by the image. */
  public Envelope envelope() {
    double hw = width * metresPerPixel / 2;
    double hh = height * metresPerPixel / 2;
    return new Envelope(centerX - hw, centerX + hw, centerY - hh, centerY + hh);
  }

  /** Map → pixel transform (y flipped: north up). */
  public AffineTransform worldToScreen() {
    AffineTransform t = new AffineTransform();
    t.translate(width / 2.0, height / 2.0);
    t.scale(1 / metresPerPixel, -1 / metresPerPixel);
    t.translate(-centerX, -centerY);
    return t;
  }

  /** Pixel x of a map x. */
  public double toScreenX(double x) {
    return (x - centerX) / metresPerPixel + width / 2.0;
  }

  /** Pixel y of a map y. */
  public double toScreenY(double y) {
    return height / 2.0 - (y - centerY) / metresPerPixel;
  }

  /** Map coordinate of a pixel position. */
  public Point2D.Double toWorld(double px, double py) {
    return new Point2D.Double(
        centerX + (px - width / 2.0) * metresPerPixel,
        centerY - (py - height / 2.0) * metresPerPixel);
  }

  /** The same view at another image size (centre and scale kept). */
  public Viewport resized(int newWidth, int newHeight) {
    return new Viewport(centerX, centerY, metresPerPixel, newWidth, newHeight);
  }

  /** Moves the view by a pixel offset (drag right = map moves right = centre moves left). */
  public Viewport panByPixels(double dx, double dy) {
    return new Viewport(
        centerX - dx * metresPerPixel,
        centerY + dy * metresPerPixel,
        metresPerPixel,
        width,
        height);
  }

  /**
   * Zooms by a factor keeping the map point under a pixel fixed.
   *
   * @param factor &gt; 1 zooms in, &lt; 1 zooms out
   * @param px pixel x of the fixed point
   * @param py pixel y of the fixed point
   */
  public Viewport zoomAbout(double factor, double px, double py) {
    Point2D.Double w = toWorld(px, py);
    double mpp = metresPerPixel / factor;
    double cx = w.x - (px - width / 2.0) * mpp;
    double cy = w.y + (py - height / 2.0) * mpp;
    return new Viewport(cx, cy, mpp, width, height);
  }

  /**
   * Scale denominator (1:N) for a screen of the given resolution.
   *
   * @param dpi pixels per inch of the output (96 for a typical screen)
   */
  public double scaleDenominator(double dpi) {
    return metresPerPixel * dpi / 0.0254;
  }
}
