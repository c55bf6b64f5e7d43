package org.wardflow.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.ui.map.FramePainter;
import org.wardflow.ui.map.FrameRequest;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.LayerState;
import org.wardflow.ui.map.MapScene;
import org.wardflow.ui.map.MapTarget;

/**
 * A deliberately small placeholder painter: ward fills and outlines, hover and selection
 * highlights, and school dots (circle = primary-age, square = secondary), in plain Java2D. It
 * exists so the window shows the map before the one renderer ({@code render.Renderer}) is wired in;
 * it will then be replaced by a painter that calls the renderer. No labels, no generalisation.
 */
public final class InterimWardPainter implements FramePainter {
  /** Map background. */
  public static final Color BACKGROUND = new Color(0xE9EEF2);

  /** Fill of wards (alternating shades keep neighbours apart). */
  static final Color[] WARD_FILLS = {new Color(0xDCE8D5), new Color(0xD3E2CB)};

  static final Color WARD_OUTLINE = new Color(0x7E9484);
  static final Color HOVER_FILL = new Color(0xF5E6B3);
  static final Color SELECTION = new Color(0x1F5FAF);
  static final Color PRIMARY = new Color(0x2E7D32);
  static final Color SECONDARY = new Color(0x6A1B9A);
  static final Color OTHER = new Color(0x455A64);

  /** Creates the painter. */
  public InterimWardPainter() {}

  @Override
  public void paint(FrameRequest request, Graphics2D g, BooleanSupplier cancelled) {
    g.setColor(BACKGROUND);
    g.fillRect(0, 0, request.viewport().width(), request.viewport().height());
    MapScene scene = request.scene();
    Geography geo = scene.geography();
    if (geo == null) {
      return;
    }
    AffineTransform w2s = request.viewport().worldToScreen();
    Envelope view = request.viewport().envelope();
    for (LayerState layer : scene.layers()) {
      if (!layer.visible() || cancelled.getAsBoolean()) {
        continue;
      }
      if (layer.kind() == LayerKind.WARDS) {
        paintWards(geo, view, w2s, scene, g, cancelled);
      } else if (layer.kind() == LayerKind.SCHOOLS) {
        paintSchools(geo, view, w2s, scene, g);
      }
    }
  }

  private static void paintWards(
      Geography geo,
      Envelope view,
      AffineTransform w2s,
      MapScene scene,
      Graphics2D g,
      BooleanSupplier cancelled) {
    ShapeWriter writer = new ShapeWriter();
    Shape selected = null;
    g.setStroke(new BasicStroke(0.8f));
    int n = 0;
    for (int i : geo.wards().query(view)) {
      if ((++n & 127) == 0 && cancelled.getAsBoolean()) {
        return;
      }
      Ward w = geo.wards().wards().get(i);
      Shape s = w2s.createTransformedShape(writer.toShape(w.geometry()));
      g.setColor(is(scene.hover(), w) ? HOVER_FILL : WARD_FILLS[i % WARD_FILLS.length]);
      g.fill(s);
      g.setColor(WARD_OUTLINE);
      g.draw(s);
      if (is(scene.selection(), w)) {
        selected = s;
      }
    }
    if (selected != null) {
      g.setColor(SELECTION);
      g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(selected);
    }
  }

  private static void paintSchools(
      Geography geo, Envelope view, AffineTransform w2s, MapScene scene, Graphics2D g) {
    Envelope padded = new Envelope(view);
    padded.expandBy(view.getWidth() * 0.02);
    g.setStroke(new BasicStroke(1.2f));
    for (int i : geo.schools().query(padded)) {
      School s = geo.schools().schools().get(i);
      Point p = s.location();
      double x = w2s.getScaleX() * p.getX() + w2s.getTranslateX();
      double y = w2s.getScaleY() * p.getY() + w2s.getTranslateY();
      boolean highlighted = is(scene.hover(), s) || is(scene.selection(), s);
      double r = highlighted ? 7 : 5;
      Shape mark =
          s.phase() == Phase.SECONDARY || s.phase() == Phase.MIDDLE_DEEMED_SECONDARY
              ? new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r)
              : new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
      g.setColor(colour(s.phase()));
      g.fill(mark);
      g.setColor(is(scene.selection(), s) ? SELECTION : Color.WHITE);
      g.draw(mark);
    }
  }

  private static Color colour(Phase p) {
    if (p.isSecondaryAge() && !p.isPrimaryAge()) {
      return SECONDARY;
    }
    return p.isPrimaryAge() ? PRIMARY : OTHER;
  }

  private static boolean is(MapTarget t, Ward w) {
    return t != null && t.isWard() && t.id().equals(w.code());
  }

  private static boolean is(MapTarget t, School s) {
    return t != null && t.isSchool() && t.id().equals(s.urn());
  }
}
