package org.wardflow.render;

import java.util.List;
import org.wardflow.model.School;

/**
 * Resolved symbol radius of every school of a scene for a style: area ∝ value for sized marks
 * (value at the reference radius from the style's scale lock, else the scene's largest value),
 * clamped to the minimum radius so small values stay visible; the plain radius for unsized and
 * suppressed marks; 0 for schools not drawn.
 */
final class SymbolSizer {
  private final double[] radius;
  private final SchoolMark[] marks;
  final double referenceValue;
  final boolean locked;

  SymbolSizer(Scene scene, Style style) {
    List<School> schools = scene.geography().schools().schools();
    SchoolSymbols symbols = scene.schools();
    double lock = style.schoolScaleLock();
    locked = lock > 0 && !Double.isInfinite(lock);
    double ref = locked ? lock : symbols.maxValue();
    referenceValue = ref > 0 ? ref : 1;
    radius = new double[schools.size()];
    marks = new SchoolMark[schools.size()];
    for (int i = 0; i < radius.length; i++) {
      School s = schools.get(i);
      SchoolMark m = s.hasLocation() ? symbols.markOf(s.urn()) : null;
      marks[i] = m;
      radius[i] = m == null ? 0 : radiusOf(m, style);
    }
  }

  private double radiusOf(SchoolMark m, Style style) {
    if (!m.isSized()) {
      return style.schoolRadius();
    }
    return radiusForValue(m.value(), style);
  }

  /** Radius of a symbol with this value (area ∝ value). */
  double radiusForValue(double value, Style style) {
    double r = style.schoolMaxRadius() * Math.sqrt(Math.max(0, value) / referenceValue);
    return Math.max(style.schoolMinRadius(), Math.min(r, style.schoolMaxRadius() * 1.5));
  }

  /** Radius of school {@code i} (0 when not drawn). */
  double radius(int i) {
    return radius[i];
  }

  /** Mark of school {@code i}, or null when not drawn. */
  SchoolMark mark(int i) {
    return marks[i];
  }

  /** The largest radius of any drawn school. */
  double maxRadius() {
    double m = 0;
    for (double r : radius) {
      m = Math.max(m, r);
    }
    return m;
  }
}
