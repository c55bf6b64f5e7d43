package org.wardflow.render;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Point;
import org.wardflow.model.School;
import org.wardflow.model.Ward;

/**
 * What flows a frame draws and where: the selection and display filters applied, each drawn flow's
 * curve in pixels, grouped into draw classes (hidden, faded, then published flows by width class,
 * thinnest first). Shared by the Java2D path, the raster fast path, picking and legends, so they
 * all agree. Built per frame; cheap (linear in the number of flows).
 */
final class FlowPlan {
  /** Width classes are this many per pixel. */
  static final int WIDTH_STEPS = 4;

  final FlowScale scale;
  final List<FlowClass> classes;
  final BitSet highlightedSchools;
  final int unplaced;
  final int culled;

  private FlowPlan(
      FlowScale scale,
      List<FlowClass> classes,
      BitSet highlightedSchools,
      int unplaced,
      int culled) {
    this.scale = scale;
    this.classes = classes;
    this.highlightedSchools = highlightedSchools;
    this.unplaced = unplaced;
    this.culled = culled;
  }

  /** Kinds of draw class. */
  enum Kind {
    /** Suppressed flows: dashed, grey, fixed width, no value implied. */
    HIDDEN,
    /** Flows failing the display filters, drawn faint. */
    FADED,
    /** Published flows passing the filters. */
    NORMAL
  }

  /** Flows drawn together with one colour (and, for normal flows, one nominal width). */
  static final class FlowClass {
    final Kind kind;
    final int argb;
    final double width;
    final List<Curve> curves = new ArrayList<>();

    FlowClass(Kind kind, int argb, double width) {
      this.kind = kind;
      this.argb = argb;
      this.width = width;
    }
  }

  /** One flow's quadratic curve in pixels, with its width at the start and end. */
  static final class Curve {
    final int flow;
    final double x0;
    final double y0;
    final double cx;
    final double cy;
    final double x1;
    final double y1;
    final double w0;
    final double w1;

    Curve(
        int flow,
        double x0,
        double y0,
        double cx,
        double cy,
        double x1,
        double y1,
        double w0,
        double w1) {
      this.flow = flow;
      this.x0 = x0;
      this.y0 = y0;
      this.cx = cx;
      this.cy = cy;
      this.x1 = x1;
      this.y1 = y1;
      this.w0 = w0;
      this.w1 = w1;
    }

    /**
     * Number of straight pieces used to flatten the curve: enough that the chords stay within a
     * tenth of a pixel of the curve (a quadratic's flattening error with n pieces is at most |p0 −
     * 2c + p1| / (8 n²)).
     */
    int pieces() {
      double ddx = x0 - 2 * cx + x1;
      double ddy = y0 - 2 * cy + y1;
      double n = Math.sqrt(Math.sqrt(ddx * ddx + ddy * ddy) / (8 * 0.1));
      return (int) Math.max(2, Math.min(48, Math.ceil(n)));
    }

    /** Point on the curve at parameter t into {@code out[0..1]}. */
    void at(double t, double[] out) {
      double u = 1 - t;
      out[0] = u * u * x0 + 2 * u * t * cx + t * t * x1;
      out[1] = u * u * y0 + 2 * u * t * cy + t * t * y1;
    }

    /** The flattened centre line as x, y pairs (pieces + 1 points). */
    double[] centerline() {
      int n = pieces();
      double[] xy = new double[2 * (n + 1)];
      double[] p = new double[2];
      for (int i = 0; i <= n; i++) {
        at(i / (double) n, p);
        xy[2 * i] = p[0];
        xy[2 * i + 1] = p[1];
      }
      return xy;
    }

    /** Appends the tapered outline polygon of the curve to a path. */
    void appendOutline(Path2D path) {
      int n = pieces();
      double[] lx = new double[n + 1];
      double[] ly = new double[n + 1];
      double[] rx = new double[n + 1];
      double[] ry = new double[n + 1];
      for (int i = 0; i <= n; i++) {
        double t = i / (double) n;
        double u = 1 - t;
        double x = u * u * x0 + 2 * u * t * cx + t * t * x1;
        double y = u * u * y0 + 2 * u * t * cy + t * t * y1;
        double tx = 2 * u * (cx - x0) + 2 * t * (x1 - cx);
        double ty = 2 * u * (cy - y0) + 2 * t * (y1 - cy);
        double len = Math.sqrt(tx * tx + ty * ty);
        if (len < 1e-9) {
          tx = x1 - x0;
          ty = y1 - y0;
          len = Math.max(1e-9, Math.sqrt(tx * tx + ty * ty));
        }
        double hw = (w0 + (w1 - w0) * t) / 2;
        double nx = -ty / len * hw;
        double ny = tx / len * hw;
        lx[i] = x + nx;
        ly[i] = y + ny;
        rx[i] = x - nx;
        ry[i] = y - ny;
      }
      path.moveTo(lx[0], ly[0]);
      for (int i = 1; i <= n; i++) {
        path.lineTo(lx[i], ly[i]);
      }
      for (int i = n; i >= 0; i--) {
        path.lineTo(rx[i], ry[i]);
      }
      path.closePath();
    }

    /** Appends the curve itself (for stroking) to a path. */
    void appendCurve(Path2D path) {
      path.moveTo(x0, y0);
      path.quadTo(cx, cy, x1, y1);
    }

    /** Distance in pixels from a point to the flattened centre line. */
    double distanceTo(double px, double py) {
      double[] xy = centerline();
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i + 3 < xy.length; i += 2) {
        best = Math.min(best, segmentDistance(px, py, xy[i], xy[i + 1], xy[i + 2], xy[i + 3]));
      }
      return best;
    }
  }

  static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double l2 = dx * dx + dy * dy;
    double t = l2 == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / l2;
    t = Math.max(0, Math.min(1, t));
    double ex = px - (ax + t * dx);
    double ey = py - (ay + t * dy);
    return Math.sqrt(ex * ex + ey * ey);
  }

  /**
   * Plans the flows of a scene for a viewport.
   *
   * @param symbols resolved school symbol sizes (flows stop short of the destination symbol)
   * @param cancelled checked every few hundred flows; the plan returned is then partial
   */
  static FlowPlan build(
      Scene scene, Style style, Viewport vp, SymbolSizer symbols, BooleanSupplier cancelled) {
    FlowScale scale = FlowScale.resolve(scene, style);
    List<Flow> flows = scene.flows();
    FlowDisplay display = scene.flowDisplay();
    Selection sel = scene.selection();
    int n = flows.size();

    // 1. which flows are candidates (selection, placeable)
    boolean[] candidate = new boolean[n];
    int unplaced = 0;
    int publishedCount = 0;
    for (int i = 0; i < n; i++) {
      Flow f = flows.get(i);
      int w = scene.flowWardIndex(i);
      int s = scene.flowSchoolIndex(i);
      if (w < 0 || s < 0 || !scene.geography().schools().schools().get(s).hasLocation()) {
        unplaced++;
        continue;
      }
      if (sel.kind() == Selection.Kind.WARD && !sel.id().equals(f.wardCode())) {
        continue;
      }
      if (sel.kind() == Selection.Kind.SCHOOL && !sel.id().equals(f.schoolUrn())) {
        continue;
      }
      if (f.value().isPublished() && f.value().value() <= 0) {
        continue; // a published zero is no flow
      }
      candidate[i] = true;
      if (f.value().isPublished()) {
        publishedCount++;
      }
    }

    // 2. display filters on published values
    int topCut = 0;
    if (display.topN() > 0 && publishedCount > display.topN()) {
      int[] vals = new int[publishedCount];
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (candidate[i] && flows.get(i).value().isPublished()) {
          vals[k++] = flows.get(i).value().value();
        }
      }
      Arrays.sort(vals);
      topCut = vals[vals.length - display.topN()];
    }

    FlowClass hidden =
        new FlowClass(Kind.HIDDEN, style.hiddenFlowColor().getRGB(), style.hiddenFlowWidth());
    FlowClass faded = new FlowClass(Kind.FADED, style.fadedFlowColor().getRGB(), 0);
    TreeMap<Integer, FlowClass> normal = new TreeMap<>();
    BitSet highlighted = new BitSet();
    double margin = style.flowMaxWidth() + 2;
    int culled = 0;
    Color fc = style.flowColor();
    double baseAlpha = fc.getAlpha() / 255.0;
    List<Ward> wards = scene.geography().wards().wards();
    List<School> schools = scene.geography().schools().schools();

    for (int i = 0; i < n; i++) {
      if (!candidate[i]) {
        continue;
      }
      if ((i & 255) == 0 && cancelled.getAsBoolean()) {
        break;
      }
      Flow f = flows.get(i);
      int si = scene.flowSchoolIndex(i);
      FlowClass target;
      double w0;
      if (f.hidden()) {
        if (!display.showHidden()) {
          continue;
        }
        target = hidden;
        w0 = style.hiddenFlowWidth();
      } else {
        int v = f.value().value();
        boolean passes = v >= display.minCount() && v >= topCut;
        w0 = scale.width(v);
        if (!passes) {
          if (!display.fadeRest()) {
            continue;
          }
          target = faded;
        } else {
          int level = (int) Math.round(w0 * WIDTH_STEPS);
          w0 = level / (double) WIDTH_STEPS;
          target =
              normal.computeIfAbsent(
                  level,
                  l -> {
                    double width = l / (double) WIDTH_STEPS;
                    double a = scale.alpha(width, style.flowMinAlpha(), style.flowMaxAlpha());
                    int alpha = (int) Math.round(255 * a * baseAlpha);
                    return new FlowClass(
                        Kind.NORMAL, (alpha << 24) | (fc.getRGB() & 0xFFFFFF), width);
                  });
        }
      }
      Point o = wards.get(scene.flowWardIndex(i)).labelPoint();
      Point d = schools.get(si).location();
      double x0 = vp.toScreenX(o.getX());
      double y0 = vp.toScreenY(o.getY());
      double x1 = vp.toScreenX(d.getX());
      double y1 = vp.toScreenY(d.getY());
      double dx = x1 - x0;
      double dy = y1 - y0;
      double len = Math.sqrt(dx * dx + dy * dy);
      double gap = symbols.radius(si) + 1;
      if (len < gap + 1.5) {
        continue; // too short to see at this scale
      }
      double bend = style.flowCurvature();
      // bend to the right of the direction of travel, so A→B and B→A never coincide
      double cx = (x0 + x1) / 2 - dy * bend;
      double cy = (y0 + y1) / 2 + dx * bend;
      // stop short of the school symbol, along the curve's end tangent
      double ex = x1 - cx;
      double ey = y1 - cy;
      double el = Math.sqrt(ex * ex + ey * ey);
      x1 -= ex / el * gap;
      y1 -= ey / el * gap;
      double minX = Math.min(x0, Math.min(cx, x1)) - margin;
      double maxX = Math.max(x0, Math.max(cx, x1)) + margin;
      double minY = Math.min(y0, Math.min(cy, y1)) - margin;
      double maxY = Math.max(y0, Math.max(cy, y1)) + margin;
      if (maxX < 0 || maxY < 0 || minX > vp.width() || minY > vp.height()) {
        culled++;
        continue;
      }
      // taper towards the school, but never below the thinnest width drawn
      double w1 =
          target.kind == Kind.HIDDEN
              ? w0
              : Math.max(w0 * style.flowTaper(), Math.min(w0, style.flowMinWidth()));
      target.curves.add(new Curve(i, x0, y0, cx, cy, x1, y1, w0, w1));
      if (sel.kind() == Selection.Kind.WARD) {
        highlighted.set(si);
      }
    }
    List<FlowClass> classes = new ArrayList<>();
    if (!hidden.curves.isEmpty()) {
      classes.add(hidden);
    }
    if (!faded.curves.isEmpty()) {
      classes.add(faded);
    }
    for (FlowClass c : normal.values()) {
      classes.add(c);
    }
    return new FlowPlan(scale, List.copyOf(classes), highlighted, unplaced, culled);
  }

  /** Number of curves in all classes of a kind. */
  int count(Kind kind) {
    int c = 0;
    for (FlowClass fc : classes) {
      if (fc.kind == kind) {
        c += fc.curves.size();
      }
    }
    return c;
  }
}
