package org.wardflow.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Raster fast path for labels: a label's halo and text drawn once with Java2D into a small image,
 * then stamped at whole-pixel positions. Label texts and sizes do not depend on the zoom, so the
 * same sprites serve every view. Bounded by total pixels; cleared when full.
 */
final class LabelSprites {
  private static final long MAX_PIXELS = 6_000_000;
  private static final ConcurrentHashMap<Key, Sprite> CACHE = new ConcurrentHashMap<>();
  private static final AtomicLong PIXELS = new AtomicLong();

  private LabelSprites() {}

  private record Key(String text, Font font, int colour, int halo, float haloWidth) {}

  private record Sprite(BufferedImage image, int originX, int baselineY) {}

  /** Stamps a label whose text starts at x on the baseline y (directly when a canvas is given). */
  static void stamp(
      Graphics2D g,
      RasterCanvas canvas,
      String text,
      Font font,
      Color colour,
      Color halo,
      float haloWidth,
      double x,
      double baseline) {
    Key k = new Key(text, font, colour.getRGB(), halo.getRGB(), haloWidth);
    Sprite s = CACHE.get(k);
    if (s == null) {
      s = draw(k, colour, halo);
      long px = (long) s.image.getWidth() * s.image.getHeight();
      if (PIXELS.addAndGet(px) > MAX_PIXELS) {
        CACHE.clear();
        PIXELS.set(px);
      }
      CACHE.put(k, s);
    }
    int px = (int) Math.round(x) - s.originX;
    int py = (int) Math.round(baseline) - s.baselineY;
    if (canvas != null) {
      canvas.blit(s.image, px, py);
    } else {
      g.drawImage(s.image, px, py, null);
    }
  }

  private static Sprite draw(Key k, Color colour, Color halo) {
    FontRenderContext frc = new FontRenderContext(null, true, true);
    Rectangle2D b = k.font.getStringBounds(k.text, frc);
    int pad = (int) Math.ceil(k.haloWidth) + 2;
    int w = (int) Math.ceil(b.getWidth()) + 2 * pad;
    int h = (int) Math.ceil(b.getHeight()) + 2 * pad;
    int originX = pad;
    int baselineY = pad + (int) Math.ceil(-b.getY());
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      if (k.haloWidth > 0 && halo.getAlpha() > 0) {
        GlyphVector gv = k.font.createGlyphVector(g.getFontRenderContext(), k.text);
        Shape outline = gv.getOutline(originX, baselineY);
        g.setColor(halo);
        g.setStroke(new BasicStroke(k.haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
      }
      g.setFont(k.font);
      g.setColor(colour);
      g.drawString(k.text, originX, baselineY);
    } finally {
      g.dispose();
    }
    return new Sprite(img, originX, baselineY);
  }
}
