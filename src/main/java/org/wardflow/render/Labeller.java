package org.wardflow.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy label placement in screen space: candidates are sorted by priority (selection first, then
 * by size on screen), each tries its positions in order, and a position is taken only if its box
 * (plus a small padding) overlaps no label or obstacle placed before — everything else is skipped.
 * Placed labels are drawn with a halo (the glyph outlines stroked) under the text; the text itself
 * is drawn with {@code drawString}, so vector outputs keep it as text.
 */
final class Labeller {
  private static final double PAD = 2;
  private static final int CELL = 64;

  private final int width;
  private final int height;
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<Rectangle2D> obstacles = new ArrayList<>();
  private final List<Placed> placed = new ArrayList<>();
  private final List<List<Rectangle2D>> grid;
  private final int cols;
  private final int rows;
  int skipped;

  Labeller(int width, int height) {
    this.width = width;
    this.height = height;
    this.cols = Math.max(1, (width + CELL - 1) / CELL);
    this.rows = Math.max(1, (height + CELL - 1) / CELL);
    this.grid = new ArrayList<>(cols * rows);
    for (int i = 0; i < cols * rows; i++) {
      grid.add(new ArrayList<>(4));
    }
  }

  /** A label wanting one of several positions. */
  static final class Candidate {
    final String text;
    final Font font;
    final Color color;
    final double priority;
    // x, y, alignment triples in order of preference: the box's vertical centre is at y; alignment
    // 0 centres it on x, 1 puts its left edge at x, -1 its right edge
    final double[] anchors;
    final Shape mustFitInside;

    Candidate(
        String text, Font font, Color color, double priority, double[] anchors, Shape inside) {
      this.text = text;
      this.font = font;
      this.color = color;
      this.priority = priority;
      this.anchors = anchors;
      this.mustFitInside = inside;
    }
  }

  private record Placed(Candidate c, double x, double baseline, Rectangle2D box) {}

  /** Adds a candidate. */
  void add(Candidate c) {
    candidates.add(c);
  }

  /** Adds an area no label may cover (e.g. a highlighted symbol). */
  void obstacle(Rectangle2D r) {
    obstacles.add(r);
    index(r);
  }

  /** Number of placed labels. */
  int placedCount() {
    return placed.size();
  }

  /** Places candidates greedily by priority, measuring text with the context's metrics. */
  void place(FontRenderContext frc) {
    candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.priority));
    for (Candidate c : candidates) {
      Rectangle2D bounds = c.font.getStringBounds(c.text, frc);
      double w = bounds.getWidth();
      double ascent = c.font.getLineMetrics(c.text, frc).getAscent();
      double descent = c.font.getLineMetrics(c.text, frc).getDescent();
      double h = ascent + descent;
      boolean done = false;
      for (int i = 0; i + 2 < c.anchors.length && !done; i += 3) {
        double cx = c.anchors[i] + c.anchors[i + 2] * w / 2;
        double cy = c.anchors[i + 1];
        Rectangle2D box = new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
        if (box.getMinX() < 0
            || box.getMinY() < 0
            || box.getMaxX() > width
            || box.getMaxY() > height) {
          continue;
        }
        if (c.mustFitInside != null && !fits(c.mustFitInside, box)) {
          continue;
        }
        Rectangle2D padded =
            new Rectangle2D.Double(box.getX() - PAD, box.getY() - PAD, w + 2 * PAD, h + 2 * PAD);
        if (collides(padded)) {
          continue;
        }
        index(padded);
        placed.add(new Placed(c, cx - w / 2, cy - h / 2 + ascent, box));
        done = true;
      }
      if (!done) {
        skipped++;
      }
    }
  }

  /**
   * Draws the placed labels: all halos first (glyph outlines stroked), then all text with {@code
   * drawString}. With a {@code sprites} canvas (raster targets only) each label's halo and text are
   * drawn once into a cached image and stamped at the nearest whole pixel — the same pixels,
   * without stroking glyph outlines every frame (labels do not change with zoom, so the cache
   * serves every view).
   */
  void draw(Graphics2D g, Color halo, float haloWidth, RasterCanvas sprites) {
    if (sprites != null) {
      for (Placed p : placed) {
        LabelSprites.stamp(
            g, sprites, p.c.text, p.c.font, p.c.color, halo, haloWidth, p.x, p.baseline);
      }
      return;
    }
    if (haloWidth > 0 && halo.getAlpha() > 0) {
      g.setColor(halo);
      g.setStroke(new BasicStroke(haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      FontRenderContext frc = g.getFontRenderContext();
      for (Placed p : placed) {
        GlyphVector gv = p.c.font.createGlyphVector(frc, p.c.text);
        Shape outline = gv.getOutline((float) p.x, (float) p.baseline);
        g.draw(outline);
      }
    }
    for (Placed p : placed) {
      g.setFont(p.c.font);
      g.setColor(p.c.color);
      g.drawString(p.c.text, (float) p.x, (float) p.baseline);
    }
  }

  private static boolean fits(Shape inside, Rectangle2D box) {
    double x0 = box.getMinX();
    double x1 = box.getMaxX();
    double y0 = box.getMinY();
    double y1 = box.getMaxY();
    double xm = box.getCenterX();
    double ym = box.getCenterY();
    return inside.contains(x0, y0)
        && inside.contains(x1, y0)
        && inside.contains(x0, y1)
        && inside.contains(x1, y1)
        && inside.contains(xm, y0)
        && inside.contains(xm, y1)
        && inside.contains(x0, ym)
        && inside.contains(x1, ym);
  }

  private boolean collides(Rectangle2D r) {
    int c0 = clampCol(r.getMinX());
    int c1 = clampCol(r.getMaxX());
    int r0 = clampRow(r.getMinY());
    int r1 = clampRow(r.getMaxY());
    for (int row = r0; row <= r1; row++) {
      for (int col = c0; col <= c1; col++) {
        for (Rectangle2D o : grid.get(row * cols + col)) {
          if (o.intersects(r)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void index(Rectangle2D r) {
    int c0 = clampCol(r.getMinX());
    int c1 = clampCol(r.getMaxX());
    int r0 = clampRow(r.getMinY());
    int r1 = clampRow(r.getMaxY());
    for (int row = r0; row <= r1; row++) {
      for (int col = c0; col <= c1; col++) {
        grid.get(row * cols + col).add(r);
      }
    }
  }

  private int clampCol(double x) {
    return Math.max(0, Math.min(cols - 1, (int) Math.floor(x / CELL)));
  }

  private int clampRow(double y) {
    return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / CELL)));
  }

  /** The text boxes of the placed labels (for tests). */
  List<Rectangle2D> boxes() {
    List<Rectangle2D> out = new ArrayList<>();
    for (Placed p : placed) {
      out.add(p.box);
    }
    return out;
  }
}
