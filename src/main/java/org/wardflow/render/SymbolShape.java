package org.wardflow.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.wardflow.model.Phase;

/**
 * The symbol shape of a school, by phase: circle for primary, square for secondary, diamond for
 * all-through, triangle for every other phase. Shapes are scaled to have the same area as a circle
 * of the given radius, so sizes compare fairly across shapes.
 */
public enum SymbolShape {
  /** Primary (and middle deemed primary). */
  CIRCLE,
  /** Secondary (and middle deemed secondary). */
  SQUARE,
  /** All-through. */
  DIAMOND,
  /** Nursery, 16 plus, not applicable, unknown. */
  TRIANGLE;

  private static final double SQRT_PI = Math.sqrt(Math.PI);

  /** The shape for a phase. */
  public static SymbolShape of(Phase phase) {
    return switch (phase) {
      case PRIMARY, MIDDLE_DEEMED_PRIMARY -> CIRCLE;
      case SECONDARY, MIDDLE_DEEMED_SECONDARY -> SQUARE;
      case ALL_THROUGH -> DIAMOND;
      default -> TRIANGLE;
    };
  }

  /** Display name used by legends. */
  public String label() {
    return switch (this) {
      case CIRCLE -> "Primary";
      case SQUARE -> "Secondary";
      case DIAMOND -> "All-through";
      case TRIANGLE -> "Other phase";
    };
  }

  /**
   * The shape centred at (x, y) with the area of a circle of radius {@code r}.
   *
   * @param x centre x (pixels)
   * @param y centre y (pixels)
   * @param r equivalent circle radius (pixels)
   */
  public Shape shape(double x, double y, double r) {
    switch (this) {
      case CIRCLE:
        return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
      case SQUARE:
        {
          double h = r * SQRT_PI / 2; // side = r·√π
          return new Rectangle2D.Double(x - h, y - h, 2 * h, 2 * h);
        }
      case DIAMOND:
        {
          double d = r * SQRT_PI / Math.sqrt(2); // half-diagonal of a square of side r·√π
          Path2D.Double p = new Path2D.Double();
          p.moveTo(x, y - d);
          p.lineTo(x + d, y);
          p.lineTo(x, y + d);
          p.lineTo(x - d, y);
          p.closePath();
          return p;
        }
      default:
        {
          // equilateral triangle of area π r²: side s = r·√(4π/√3); centroid at (x, y)
          double s = r * Math.sqrt(4 * Math.PI / Math.sqrt(3));
          double h = s * Math.sqrt(3) / 2;
          Path2D.Double p = new Path2D.Double();
          p.moveTo(x, y - 2 * h / 3);
          p.lineTo(x + s / 2, y + h / 3);
          p.lineTo(x - s / 2, y + h / 3);
          p.closePath();
          return p;
        }
    }
  }

  /** Half the height of the shape's bounding box for radius {@code r} (for label offsets). */
  public double halfExtent(double r) {
    return switch (this) {
      case CIRCLE -> r;
      case SQUARE -> r * SQRT_PI / 2;
      case DIAMOND -> r * SQRT_PI / Math.sqrt(2);
      case TRIANGLE -> r * Math.sqrt(4 * Math.PI / Math.sqrt(3)) * Math.sqrt(3) / 3;
    };
  }
}
