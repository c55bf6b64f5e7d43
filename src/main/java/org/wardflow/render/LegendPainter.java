package org.wardflow.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Paints a {@link Legend} with pure Java2D — the same code for the screen's legend panel and for
 * exports (text as text). Layout is a single column: choropleth classes with ward counts, no-data
 * and hatched "suppressed" swatches, the flow widths with their values (and a dashed sample for
 * suppressed flows), then the school symbols by phase.
 */
public final class LegendPainter {
  private LegendPainter() {}

  /**
   * The size the legend needs, measured with the given font metrics.
   *
   * @param frc font render context of the target (e.g. {@code g.getFontRenderContext()})
   */
  public static Rectangle2D measure(Legend legend, Style style, FontRenderContext frc) {
    return layout(legend, style, null, frc, 0, 0);
  }

  /**
   * Paints the legend with its top-left corner at (x, y).
   *
   * @return the area painted
   */
  public static Rectangle2D paint(Legend legend, Style style, Graphics2D g, double x, double y) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      return layout(legend, style, g2, g2.getFontRenderContext(), x, y);
    } finally {
      g2.dispose();
    }
  }

  /** Lays out and, when {@code g} is not null, paints. Returns the bounds. */
  private static Rectangle2D layout(
      Legend legend, Style style, Graphics2D g, FontRenderContext frc, double x, double y) {
    float size = 11f * style.fontScale();
    Font body = new Font(style.fontFamily(), Font.PLAIN, 1).deriveFont(size);
    Font head = new Font(style.fontFamily(), Font.BOLD, 1).deriveFont(size * 1.05f);
    Font small = new Font(style.fontFamily(), Font.PLAIN, 1).deriveFont(size * 0.9f);
    double row = size * 1.65;
    double swW = size * 1.9;
    double swH = size * 1.15;
    double gap = size * 0.7;
    double textX = x + swW + gap;
    double cy = y;
    double maxX = x;
    Color text = style.labelColor();
    Color muted = mix(style.labelColor(), style.background(), 0.35);

    if (!legend.title().isEmpty()) {
      maxX = Math.max(maxX, text(g, frc, head, text, legend.title(), x, cy + size));
      cy += row * 1.1;
      for (LegendClass c : legend.classes()) {
        Rectangle2D sw = new Rectangle2D.Double(x, cy + (row - swH) / 2, swW, swH);
        if (g != null) {
          g.setColor(new Color(c.argb(), true));
          g.fill(sw);
          outline(g, style, sw);
        }
        double end = text(g, frc, body, text, c.label(), textX, baseline(cy, row, size));
        end = text(g, frc, small, muted, "  " + wards(c.count()), end, baseline(cy, row, size));
        maxX = Math.max(maxX, end);
        cy += row;
      }
      if (legend.noDataCount() > 0) {
        Rectangle2D sw = new Rectangle2D.Double(x, cy + (row - swH) / 2, swW, swH);
        if (g != null) {
          g.setColor(style.noDataFill());
          g.fill(sw);
          outline(g, style, sw);
        }
        double end = text(g, frc, body, text, "No data", textX, baseline(cy, row, size));
        end =
            text(
                g,
                frc,
                small,
                muted,
                "  " + wards(legend.noDataCount()),
                end,
                baseline(cy, row, size));
        maxX = Math.max(maxX, end);
        cy += row;
      }
      if (legend.suppressedCount() > 0) {
        Rectangle2D sw = new Rectangle2D.Double(x, cy + (row - swH) / 2, swW, swH);
        if (g != null) {
          hatchedSwatch(g, style, sw);
        }
        String[] words = legend.suppressedText("totals");
        double end = text(g, frc, body, text, words[0], textX, baseline(cy, row, size));
        end =
            text(
                g,
                frc,
                small,
                muted,
                "  " + wards(legend.suppressedCount()),
                end,
                baseline(cy, row, size));
        maxX = Math.max(maxX, end);
        cy += row;
        cy = secondLine(g, frc, small, muted, words[1], textX, cy, size);
        maxX = Math.max(maxX, textX + width(frc, small, words[1]));
      }
      cy += gap;
    }

    FlowScale fs = legend.flowScale();
    if (fs != null && !legend.flowTitle().isEmpty()) {
      maxX = Math.max(maxX, text(g, frc, head, text, legend.flowTitle(), x, cy + size));
      cy += row * 1.1;
      double lineLen = swW * 1.6;
      double flowTextX = x + lineLen + gap;
      for (int v : legend.flowValues()) {
        double w = fs.width(v);
        double h = Math.max(row, w + size * 0.5);
        double mid = cy + h / 2;
        if (g != null) {
          double a = fs.alpha(w, style.flowMinAlpha(), style.flowMaxAlpha());
          Color fc = style.flowColor();
          g.setColor(
              new Color(
                  fc.getRed(),
                  fc.getGreen(),
                  fc.getBlue(),
                  (int) Math.round(255 * a * fc.getAlpha() / 255.0)));
          double w1 = Math.max(w * style.flowTaper(), Math.min(w, style.flowMinWidth()));
          Path2D.Double p = new Path2D.Double();
          new FlowPlan.Curve(0, x, mid, x + lineLen / 2, mid, x + lineLen, mid, w, w1)
              .appendOutline(p);
          g.fill(p);
        }
        maxX =
            Math.max(
                maxX, text(g, frc, body, text, Integer.toString(v), flowTextX, mid + size * 0.35));
        cy += h;
      }
      if (legend.hiddenFlows()) {
        double mid = cy + row / 2;
        if (g != null) {
          g.setColor(style.hiddenFlowColor());
          float d = style.hiddenFlowDash();
          g.setStroke(
              new BasicStroke(
                  style.hiddenFlowWidth(),
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_ROUND,
                  10f,
                  new float[] {d, d},
                  0f));
          g.draw(new Line2D.Double(x, mid, x + lineLen, mid));
        }
        String[] words = legend.suppressedText("cells");
        maxX = Math.max(maxX, text(g, frc, body, text, words[0], flowTextX, mid + size * 0.35));
        cy += row;
        cy = secondLine(g, frc, small, muted, words[1], flowTextX, cy, size);
        maxX = Math.max(maxX, flowTextX + width(frc, small, words[1]));
      }
      if (fs.locked()) {
        maxX = Math.max(maxX, text(g, frc, small, muted, "Width scale locked", x, cy + size));
        cy += row;
      }
      cy += gap;
    }

    if (!legend.shapes().isEmpty()) {
      maxX = Math.max(maxX, text(g, frc, head, text, "Schools", x, cy + size));
      cy += row * 1.1;
      for (SymbolShape s : SymbolShape.values()) {
        if (!legend.shapes().contains(s)) {
          continue;
        }
        double cxs = x + swW / 2;
        double cys = cy + row / 2;
        if (g != null) {
          Shape shape = s.shape(cxs, cys, style.schoolRadius() * 1.6);
          SymbolSprites.paint(
              g,
              shape,
              mix(style.labelColor(), style.background(), 0.45).getRGB(),
              style.schoolOutline().getRGB(),
              style.schoolOutlineWidth());
        }
        maxX = Math.max(maxX, text(g, frc, body, text, s.label(), textX, baseline(cy, row, size)));
        cy += row;
      }
    }
    String rounding = legend.roundingNote();
    if (!rounding.isEmpty()) {
      maxX = Math.max(maxX, text(g, frc, small, muted, rounding, x, cy + size));
      cy += row;
    }
    return new Rectangle2D.Double(x, y, maxX - x, cy - y);
  }

  /** A muted line under an entry (nothing when empty); returns the next top. */
  private static double secondLine(
      Graphics2D g,
      FontRenderContext frc,
      Font f,
      Color c,
      String s,
      double x,
      double cy,
      float size) {
    if (s.isEmpty()) {
      return cy;
    }
    text(g, frc, f, c, s, x, cy + size * 0.55);
    return cy + size * 1.15;
  }

  private static double width(FontRenderContext frc, Font f, String s) {
    return s.isEmpty() ? 0 : f.getStringBounds(s, frc).getWidth();
  }

  private static String wards(int n) {
    return "(" + n + (n == 1 ? " ward)" : " wards)");
  }

  private static double baseline(double top, double row, float size) {
    return top + row / 2 + size * 0.35;
  }

  /** Draws (when g is set) and returns the right end of the text. */
  private static double text(
      Graphics2D g, FontRenderContext frc, Font f, Color c, String s, double x, double baseline) {
    if (g != null) {
      g.setFont(f);
      g.setColor(c);
      g.drawString(s, (float) x, (float) baseline);
    }
    return x + f.getStringBounds(s, frc).getWidth();
  }

  private static void outline(Graphics2D g, Style style, Rectangle2D r) {
    g.setColor(mix(style.labelColor(), style.background(), 0.7));
    g.setStroke(new BasicStroke(0.6f));
    g.draw(r);
  }

  /** A hatched swatch exactly like suppressed wards (clipped diagonal lines, vector). */
  static void hatchedSwatch(Graphics2D g, Style style, Rectangle2D r) {
    g.setColor(style.suppressedFill());
    g.fill(r);
    Graphics2D h = (Graphics2D) g.create();
    try {
      h.clip(r);
      h.setColor(style.hatchColor());
      h.setStroke(new BasicStroke(style.hatchWidth()));
      double step = style.hatchSpacing() * Math.sqrt(2);
      Path2D.Double lines = new Path2D.Double();
      for (double c = r.getMinX() + r.getMinY() - step;
          c <= r.getMaxX() + r.getMaxY() + step;
          c += step) {
        lines.moveTo(c - r.getMinY(), r.getMinY());
        lines.lineTo(c - r.getMaxY(), r.getMaxY());
      }
      h.draw(lines);
    } finally {
      h.dispose();
    }
    outline(g, style, r);
  }

  static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
        (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
        (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
  }
}
