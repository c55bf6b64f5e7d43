package org.wardflow.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Paints a whole map image from a {@link MapView}: the caveat band (protective marking,
 * "Exploratory, not predictive", SYNTHETIC/FICTIONAL) at the top and bottom, the title, the map
 * fitted to the geography between them, the legend on a panel at the lower left, a scale bar and a
 * north arrow, and the disclosure statement above the bottom band. Used by the command line's
 * {@code render}; pure Java2D (the map itself through {@link Renderer}, with its raster fast paths
 * when the image is {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB_PRE}).
 */
public final class MapFrame {
  private static final double MARGIN = 0.03;

  private MapFrame() {}

  /**
   * The viewport the map is drawn with in an image of this size: the wards' extent (the study area;
   * the schools' when there are no wards) fitted between the top band and title and the statement
   * and bottom band.
   */
  public static Viewport viewport(MapView view, Style style, int width, int height) {
    double top = topSpace(style);
    double bottom = bottomSpace(view, style, width);
    int mapH = (int) Math.max(1, Math.round(height - top - bottom));
    // the wards are the study area: a school far outside it (a GIAS coordinate error) must not
    // shrink the map
    Envelope env = view.scene().geography().wards().extent();
    if (env.isNull()) {
      env = view.scene().geography().extent();
    }
    if (env.isNull()) {
      env = new Envelope(0, 1, 0, 1);
    }
    Viewport fit = Viewport.fit(env, width, mapH, MARGIN);
    double shift = (top - bottom) / 2 * fit.metresPerPixel();
    return new Viewport(fit.centerX(), fit.centerY() + shift, fit.metresPerPixel(), width, height);
  }

  /**
   * Paints the map image.
   *
   * @param view what to draw
   * @param style how to draw it
   * @param img the image (its size is the map's size)
   * @return what the map render did
   */
  public static RenderResult paint(MapView view, Style style, BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    Viewport vp = viewport(view, style, w, h);
    RenderResult result = Renderer.render(view.scene(), style, vp, img);
    Graphics2D g = MapFurniture.prepared(img.createGraphics());
    try {
      double band = CaveatBand.height(style);
      float size = 11f * style.fontScale();
      double pad = size;
      // title under the top band
      if (!view.title().isEmpty()) {
        Font titleFont = new Font(style.fontFamily(), Font.BOLD, 1).deriveFont(size * 1.3f);
        g.setFont(titleFont);
        g.setColor(style.labelColor());
        g.drawString(
            fit(view.title(), titleFont, g.getFontRenderContext(), w - 2 * pad - size * 3),
            (float) pad,
            (float) (band + size * 1.9));
      }
      // north arrow at the upper right, under the band
      double arrowH = size * 3.2;
      MapFurniture.northArrow(g, style, w - pad - size, band + size * 0.6, arrowH);
      // statement above the bottom band, wrapped
      double bottomBandY = h - band;
      List<String> lines = statementLines(view, style, w);
      Font small = smallFont(style);
      g.setFont(small);
      g.setColor(style.labelColor());
      for (int i = 0; i < lines.size(); i++) {
        g.drawString(
            lines.get(i),
            (float) pad,
            (float) (bottomBandY - size * 0.6 - (lines.size() - 1 - i) * lineHeight(style)));
      }
      double aboveStatement = bottomBandY - bottomText(view, style, w);
      // scale bar at the lower right
      double barMax = Math.min(220, w / 5.0);
      MapFurniture.scaleBar(
          g, style, vp, w - pad - barMax - size, aboveStatement - size * 2.4, barMax);
      // legend on a panel at the lower left
      Rectangle2D lb = LegendPainter.measure(view.legend(), style, g.getFontRenderContext());
      if (lb.getWidth() > 0 && lb.getHeight() > 0) {
        double ph = lb.getHeight() + pad;
        double pw = lb.getWidth() + pad;
        double px = pad;
        double py = Math.max(topSpace(style), aboveStatement - ph - pad * 0.5);
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new RoundRectangle2D.Double(px, py, pw, ph, size * 0.6, size * 0.6));
        g.setColor(new Color(0, 0, 0, 40));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new RoundRectangle2D.Double(px, py, pw, ph, size * 0.6, size * 0.6));
        LegendPainter.paint(
            view.legend(), style, g, px + pad / 2 - lb.getX(), py + pad / 2 - lb.getY());
      }
      CaveatBand.paint(g, style, view.caveat(), 0, 0, w);
      CaveatBand.paint(g, style, view.caveat(), 0, bottomBandY, w);
    } finally {
      g.dispose();
    }
    return result;
  }

  private static double topSpace(Style style) {
    return CaveatBand.height(style) + 11f * style.fontScale() * 2.6;
  }

  private static Font smallFont(Style style) {
    return new Font(style.fontFamily(), Font.PLAIN, 1).deriveFont(11f * style.fontScale() * 0.85f);
  }

  private static double lineHeight(Style style) {
    return 11f * style.fontScale() * 0.85 * 1.3;
  }

  /** The disclosure statement wrapped to the image width, at most three lines. */
  private static List<String> statementLines(MapView view, Style style, int width) {
    if (view.statement().isEmpty()) {
      return List.of();
    }
    Font f = smallFont(style);
    FontRenderContext frc = new FontRenderContext(null, true, true);
    double max = width - 2 * 11f * style.fontScale();
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : view.statement().split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && f.getStringBounds(candidate, frc).getWidth() > max) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    if (lines.size() > 3) {
      String third = lines.get(2) + " " + String.join(" ", lines.subList(3, lines.size()));
      lines = new ArrayList<>(lines.subList(0, 2));
      lines.add(fit(third, f, frc, max));
    }
    return lines;
  }

  private static double bottomText(MapView view, Style style, int width) {
    int n = Math.max(1, statementLines(view, style, width).size());
    return 11f * style.fontScale() * 0.7 + n * lineHeight(style);
  }

  private static double bottomSpace(MapView view, Style style, int width) {
    return CaveatBand.height(style) + bottomText(view, style, width);
  }

  /** The text, shortened with an ellipsis to fit a width. */
  private static String fit(String s, Font f, FontRenderContext frc, double width) {
    if (f.getStringBounds(s, frc).getWidth() <= width) {
      return s;
    }
    String t = s;
    while (t.length() > 1 && f.getStringBounds(t + "…", frc).getWidth() > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t.stripTrailing() + "…";
  }
}
