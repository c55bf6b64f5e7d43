package org.wardflow.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Raster fast path for school symbols: each distinct symbol (shape, radius, colours, outline width
 * and quarter-pixel position) is drawn once with Java2D antialiasing into a small image and then
 * stamped. The stamp is pixel-identical to drawing the shape at that position (to a quarter pixel),
 * and a thousand stamps cost about a millisecond.
 */
final class SymbolSprites {
  private static final int MAX_ENTRIES = 8192;
  private static final ConcurrentHashMap<Key, Sprite> CACHE = new ConcurrentHashMap<>();

  private SymbolSprites() {}

  /** A pre-drawn symbol and the offset of its centre from the image's top-left corner. */
  record Sprite(BufferedImage image, int originX, int originY) {}

  private record Key(
      SymbolShape shape, int radius8, int fill, int outline, int outlineWidth8, int fx, int fy) {}

  /**
   * Stamps a symbol centred at (x, y).
   *
   * @param g graphics of the target image (identity transform)
   * @param canvas the image's raster canvas for a direct blit, or null to use {@code g}
   */
  static void stamp(
      Graphics2D g,
      RasterCanvas canvas,
      SymbolShape shape,
      double x,
      double y,
      double r,
      int fill,
      int outline,
      double outlineWidth) {
    double fx = Math.floor(x);
    double fy = Math.floor(y);
    int qx = (int) Math.min(3, Math.floor((x - fx) * 4));
    int qy = (int) Math.min(3, Math.floor((y - fy) * 4));
    Key k =
        new Key(
            shape,
            (int) Math.round(r * 8),
            fill,
            outline,
            (int) Math.round(outlineWidth * 8),
            qx,
            qy);
    Sprite s = CACHE.get(k);
    if (s == null) {
      if (CACHE.size() > MAX_ENTRIES) {
        CACHE.clear();
      }
      s = draw(k);
      CACHE.put(k, s);
    }
    if (canvas != null) {
      canvas.blit(s.image, (int) fx - s.originX, (int) fy - s.originY);
    } else {
      g.drawImage(s.image, (int) fx - s.originX, (int) fy - s.originY, null);
    }
  }

  private static Sprite draw(Key k) {
    double r = k.radius8 / 8.0;
    double ow = k.outlineWidth8 / 8.0;
    int half = (int) Math.ceil(k.shape.halfExtent(r) * 1.2 + ow + 2);
    int size = 2 * half + 2;
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      // centre at pixel `half` plus the quarter-pixel phase, plus the sampling offset of 0.125
      double cx = half + k.fx / 4.0 + 0.125;
      double cy = half + k.fy / 4.0 + 0.125;
      paint(g, k.shape.shape(cx, cy, r), k.fill, k.outline, ow);
    } finally {
      g.dispose();
    }
    return new Sprite(img, half, half);
  }

  /** Draws a symbol shape with Java2D (shared by the sprite and the vector path). */
  static void paint(Graphics2D g, Shape s, int fill, int outline, double outlineWidth) {
    g.setColor(new Color(fill, true));
    g.fill(s);
    if (outlineWidth > 0 && (outline >>> 24) != 0) {
      g.setColor(new Color(outline, true));
      g.setStroke(
          new BasicStroke((float) outlineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(s);
    }
  }
}
