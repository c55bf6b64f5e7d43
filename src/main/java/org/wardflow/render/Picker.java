package org.wardflow.render;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;

/**
 * Picking for hover and click, with the renderer's own viewport transform: the ward under a screen
 * point, the school nearest a screen point within a pixel tolerance (spatial index, then exact
 * distances), and the flow under a point as drawn. Pure functions.
 */
public final class Picker {
  private Picker() {}

  /**
   * The ward containing the map point under a pixel (full-resolution geometry, prepared
   * point-in-polygon through the layer's STRtree).
   *
   * @param px pixel x within the viewport
   * @param py pixel y within the viewport
   */
  public static Optional<Ward> wardAt(Geography geo, Viewport vp, double px, double py) {
    Point2D.Double w = vp.toWorld(px, py);
    return geo.wards().wardAt(new Coordinate(w.x, w.y));
  }

  /**
   * The located school nearest a pixel, if within {@code tolerancePx} pixels of it.
   *
   * @param tolerancePx search radius in pixels
   */
  public static Optional<School> schoolNear(
      Geography geo, Viewport vp, double px, double py, double tolerancePx) {
    Point2D.Double w = vp.toWorld(px, py);
    double tol = tolerancePx * vp.metresPerPixel();
    Envelope env = new Envelope(w.x - tol, w.x + tol, w.y - tol, w.y + tol);
    List<School> schools = geo.schools().schools();
    School best = null;
    double bestD = Double.POSITIVE_INFINITY;
    for (int i : geo.schools().query(env)) {
      School s = schools.get(i);
      double d = Math.hypot(s.location().getX() - w.x, s.location().getY() - w.y);
      if (d <= tol && d < bestD) {
        best = s;
        bestD = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The school whose drawn symbol is under a pixel (or within {@code tolerancePx} of its edge),
   * honouring the scene's symbol sizes; the nearest centre wins when symbols overlap. Schools the
   * scene does not draw are never picked.
   */
  public static Optional<School> schoolAt(
      Scene scene, Style style, Viewport vp, double px, double py, double tolerancePx) {
    SymbolSizer sizer = new SymbolSizer(scene, style);
    Geography geo = scene.geography();
    Point2D.Double w = vp.toWorld(px, py);
    double reach = (sizer.maxRadius() * 1.3 + tolerancePx) * vp.metresPerPixel();
    Envelope env = new Envelope(w.x - reach, w.x + reach, w.y - reach, w.y + reach);
    List<School> schools = geo.schools().schools();
    School best = null;
    double bestD = Double.POSITIVE_INFINITY;
    for (int i : geo.schools().query(env)) {
      double r = sizer.radius(i);
      if (r <= 0) {
        continue;
      }
      School s = schools.get(i);
      double dpx =
          Math.hypot(
              vp.toScreenX(s.location().getX()) - px, vp.toScreenY(s.location().getY()) - py);
      double limit = SymbolShape.of(s.phase()).halfExtent(r) + tolerancePx;
      if (dpx <= limit && dpx < bestD) {
        best = s;
        bestD = dpx;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The flow drawn under a pixel (within {@code tolerancePx} of its line), the topmost one when
   * several are — as the renderer would draw the scene: selection and filters applied, faded flows
   * included only when drawn.
   */
  public static Optional<Flow> flowAt(
      Scene scene, Style style, Viewport vp, double px, double py, double tolerancePx) {
    FlowPlan plan = FlowPlan.build(scene, style, vp, new SymbolSizer(scene, style), () -> false);
    List<FlowPlan.FlowClass> classes = plan.classes;
    for (int c = classes.size() - 1; c >= 0; c--) {
      List<FlowPlan.Curve> curves = classes.get(c).curves;
      for (int k = curves.size() - 1; k >= 0; k--) {
        FlowPlan.Curve cv = curves.get(k);
        double half = Math.max(cv.w0, cv.w1) / 2;
        double minX = Math.min(cv.x0, Math.min(cv.cx, cv.x1)) - half - tolerancePx;
        double maxX = Math.max(cv.x0, Math.max(cv.cx, cv.x1)) + half + tolerancePx;
        double minY = Math.min(cv.y0, Math.min(cv.cy, cv.y1)) - half - tolerancePx;
        double maxY = Math.max(cv.y0, Math.max(cv.cy, cv.y1)) + half + tolerancePx;
        if (px < minX || px > maxX || py < minY || py > maxY) {
          continue;
        }
        if (cv.distanceTo(px, py) <= half + tolerancePx) {
          return Optional.of(scene.flows().get(cv.flow));
        }
      }
    }
    return Optional.empty();
  }
}
