package org.wardflow.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Paints the caveat band shown on every view and export: the protective marking (left, bold), the
 * exploratory caveat (centre) and the data label such as SYNTHETIC or FICTIONAL (right, on an amber
 * tag). Pure Java2D (text as text), shared by export and presentation mode; draw it at the top and
 * bottom of a page when a marking requires.
 */
public final class CaveatBand {
  /** Band background. */
  static final Color BAND = new Color(0x26292F);

  /** Tag colour of the data label. */
  static final Color TAG = new Color(0xF2B134);

  private CaveatBand() {}

  /** Height of the band for a style (depends on the type size only). */
  public static double height(Style style) {
    return 11f * style.fontScale() * 2.1;
  }

  /**
   * Paints the band across {@code width} with its top-left corner at (x, y).
   *
   * @return the area painted
   */
  public static Rectangle2D paint(
      Graphics2D g, Style style, Caveat caveat, double x, double y, double width) {
    float size = 11f * style.fontScale();
    double h = height(style);
    Font bold = new Font(style.fontFamily(), Font.BOLD, 1).deriveFont(size);
    Font plain = new Font(style.fontFamily(), Font.PLAIN, 1).deriveFont(size);
    Graphics2D g2 = MapFurniture.prepared(g);
    try {
      FontRenderContext frc = g2.getFontRenderContext();
      g2.setColor(BAND);
      g2.fill(new Rectangle2D.Double(x, y, width, h));
      double baseline = y + h / 2 + size * 0.36;
      double pad = size;
      g2.setColor(Color.WHITE);
      if (!caveat.marking().isEmpty()) {
        g2.setFont(bold);
        g2.drawString(caveat.marking(), (float) (x + pad), (float) baseline);
      }
      g2.setFont(plain);
      double mw = plain.getStringBounds(caveat.message(), frc).getWidth();
      g2.drawString(caveat.message(), (float) (x + (width - mw) / 2), (float) baseline);
      if (!caveat.dataLabel().isEmpty()) {
        double lw = bold.getStringBounds(caveat.dataLabel(), frc).getWidth();
        double tagW = lw + size;
        double tagH = h - size * 0.6;
        double tx = x + width - pad - tagW;
        g2.setColor(TAG);
        g2.fill(
            new RoundRectangle2D.Double(
                tx, y + (h - tagH) / 2, tagW, tagH, size * 0.5, size * 0.5));
        g2.setColor(BAND);
        g2.setFont(bold);
        g2.drawString(caveat.dataLabel(), (float) (tx + size / 2), (float) baseline);
      }
      return new Rectangle2D.Double(x, y, width, h);
    } finally {
      g2.dispose();
    }
  }
}
