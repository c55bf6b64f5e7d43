package org.wardflow.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * Map furniture for exports and presentation, pure Java2D: a scale bar of a round length and a
 * north arrow. Both take the viewport so they always agree with the map drawn.
 */
public final class MapFurniture {
  private MapFurniture() {}

  /**
   * The longest round ground length (1, 2 or 5 × 10ⁿ metres) whose bar fits in {@code maxPx}.
   *
   * @param metresPerPixel the map's scale
   * @param maxPx the widest bar allowed, in pixels
   */
  public static double niceLength(double metresPerPixel, double maxPx) {
    double maxMetres = metresPerPixel * maxPx;
    double p = Math.pow(10, Math.floor(Math.log10(maxMetres)));
    for (double m : new double[] {5, 2, 1}) {
      if (m * p <= maxMetres) {
        return m * p;
      }
    }
    return p;
  }

  /** A ground length as text: "500 m", "2 km", "1.5 km". */
  public static String formatLength(double metres) {
    if (metres >= 1000) {
      double km = metres / 1000;
      return km == Math.rint(km)
          ? String.format(Locale.ROOT, "%d km", (long) km)
          : String.format(Locale.ROOT, "%s km", trim(km));
    }
    return String.format(Locale.ROOT, "%d m", Math.round(metres));
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /**
   * Paints a scale bar (four alternating segments, labels at 0, half and the end) with its top-left
   * corner at (x, y).
   *
   * @param maxWidthPx the longest the bar may be
   * @return the area painted
   */
  public static Rectangle2D scaleBar(
      Graphics2D g, Style style, Viewport vp, double x, double y, double maxWidthPx) {
    double metres = niceLength(vp.metresPerPixel(), maxWidthPx);
    double len = metres / vp.metresPerPixel();
    float size = 10f * style.fontScale();
    Font font = new Font(style.fontFamily(), Font.PLAIN, 1).deriveFont(size);
    double barH = Math.max(3, size * 0.45);
    double barY = y + size * 1.25;
    Graphics2D g2 = prepared(g);
    try {
      Color ink = style.labelColor();
      for (int i = 0; i < 4; i++) {
        Rectangle2D seg = new Rectangle2D.Double(x + i * len / 4, barY, len / 4, barH);
        g2.setColor(i % 2 == 0 ? ink : Color.WHITE);
        g2.fill(seg);
      }
      g2.setColor(ink);
      g2.setStroke(new BasicStroke(0.8f));
      g2.draw(new Rectangle2D.Double(x, barY, len, barH));
      g2.setFont(font);
      var frc = g2.getFontRenderContext();
      String end = formatLength(metres);
      String half = formatLength(metres / 2);
      double baseline = y + size;
      g2.drawString(
          "0", (float) (x - font.getStringBounds("0", frc).getWidth() / 2), (float) baseline);
      g2.drawString(
          half,
          (float) (x + len / 2 - font.getStringBounds(half, frc).getWidth() / 2),
          (float) baseline);
      double endW = font.getStringBounds(end, frc).getWidth();
      g2.drawString(end, (float) (x + len - endW / 2), (float) baseline);
      double right = Math.max(x + len, x + len + endW / 2);
      return new Rectangle2D.Double(x - size / 2, y, right - x + size / 2, barY + barH - y);
    } finally {
      g2.dispose();
    }
  }

  /**
   * Paints a north arrow (grid north of British National Grid, which is within a degree of true
   * north across England) centred on x, with its top at y.
   *
   * @param height total height including the "N"
   * @return the area painted
   */
  public static Rectangle2D northArrow(
      Graphics2D g, Style style, double x, double y, double height) {
    float size = (float) (height * 0.32);
    Font font = new Font(style.fontFamily(), Font.BOLD, 1).deriveFont(size);
    Graphics2D g2 = prepared(g);
    try {
      var frc = g2.getFontRenderContext();
      double nW = font.getStringBounds("N", frc).getWidth();
      g2.setFont(font);
      g2.setColor(style.labelColor());
      g2.drawString("N", (float) (x - nW / 2), (float) (y + size));
      double top = y + size * 1.25;
      double bottom = y + height;
      double half = (bottom - top) * 0.32;
      double notch = top + (bottom - top) * 0.72;
      Path2D.Double left = new Path2D.Double();
      left.moveTo(x, top);
      left.lineTo(x - half, bottom);
      left.lineTo(x, notch);
      left.closePath();
      Path2D.Double right = new Path2D.Double();
      right.moveTo(x, top);
      right.lineTo(x + half, bottom);
      right.lineTo(x, notch);
      right.closePath();
      g2.setColor(style.labelColor());
      g2.fill(left);
      g2.setColor(Color.WHITE);
      g2.fill(right);
      g2.setColor(style.labelColor());
      g2.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g2.draw(left);
      g2.draw(right);
      double w = Math.max(nW, 2 * half);
      return new Rectangle2D.Double(x - w / 2, y, w, height);
    } finally {
      g2.dispose();
    }
  }

  static Graphics2D prepared(Graphics2D g) {
    Graphics2D g2 = (Graphics2D) g.create();
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g2.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g2.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    return g2;
  }
}
