package org.wardflow.ui.layers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.awt.ShapeWriter;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.render.Layer;
import org.wardflow.render.RenderOptions;
import org.wardflow.render.Renderer;
import org.wardflow.render.Scene;
import org.wardflow.render.Selection;
import org.wardflow.render.Style;
import org.wardflow.render.Viewport;
import org.wardflow.ui.map.FramePainter;
import org.wardflow.ui.map.FrameRequest;
import org.wardflow.ui.map.LayerState;
import org.wardflow.ui.map.MapContent;
import org.wardflow.ui.map.MapScene;
import org.wardflow.ui.map.MapTarget;

/**
 * Paints map frames with the one renderer ({@link Renderer}): the frame's {@link MapContent} (or
 * the plain base map while there is none), with the layer order and visibility, selection and
 * labels of the {@link MapScene}; then a hover outline on top.
 *
 * <p>The renderer draws into the painter's own device-resolution image (so its raster fast paths
 * apply, with the style scaled to the output scale), which is then drawn onto the frame's graphics
 * by composing an inverse scale — the graphics' transform is never replaced. Called on the painting
 * thread only, one frame at a time.
 */
public final class ThematicPainter implements FramePainter {
  private static final Color HOVER = new Color(0x1B1F27);

  private BufferedImage image;
  private Geography plainFor;
  private Scene plain;

  /** Creates the painter. */
  public ThematicPainter() {}

  @Override
  public void paint(FrameRequest request, Graphics2D g, BooleanSupplier cancelled) {
    MapScene ms = request.scene();
    Geography geo = ms.geography();
    MapContent content = ms.content();
    Style style = content != null ? content.style() : ThematicBuilder.baseStyle();
    Viewport vp = request.viewport();
    if (geo == null) {
      g.setColor(style.background());
      g.fillRect(0, 0, vp.width(), vp.height());
      return;
    }
    Scene scene = sceneFor(ms, geo, content);
    double s = request.outputScale();
    Viewport device = request.deviceViewport();
    BufferedImage img = image(device.width(), device.height());
    Renderer.render(
        scene, s == 1 ? style : style.scaled(s), device, img, RenderOptions.cancellable(cancelled));
    if (cancelled.getAsBoolean()) {
      return;
    }
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.transform(AffineTransform.getScaleInstance(1 / s, 1 / s));
      g2.drawImage(img, 0, 0, null);
    } finally {
      g2.dispose();
    }
    paintHover(ms, geo, scene, vp, g);
  }

  /**
   * The scene to draw: the content's, or the plain base map, with this frame's selection and
   * layers.
   */
  Scene sceneFor(MapScene ms, Geography geo, MapContent content) {
    Scene base;
    if (content != null && content.scene().geography() == geo) {
      base = content.scene();
    } else {
      if (plainFor != geo) {
        plain = Scene.of(geo);
        plainFor = geo;
      }
      base = plain;
    }
    return asDrawn(base, ms);
  }

  /**
   * A scene as a map frame draws it: the layers visible in the frame's order (labels on top when
   * the content asks for them, or with no content) and the frame's selection. Exports use this so
   * that what is exported is what the screen shows.
   *
   * @param base the content's scene
   * @param ms the frame's layers, selection and content
   */
  public static Scene asDrawn(Scene base, MapScene ms) {
    MapContent content = ms.content();
    List<Layer> layers = new ArrayList<>();
    for (LayerState l : ms.layers()) {
      if (!l.visible()) {
        continue;
      }
      switch (l.kind()) {
        case WARDS -> layers.add(Layer.WARDS);
        case FLOWS -> layers.add(Layer.FLOWS);
        case SCHOOLS -> layers.add(Layer.SCHOOLS);
      }
    }
    if (content == null || content.labels()) {
      layers.add(Layer.LABELS);
    }
    return base.withSelection(selection(ms.selection())).withLayers(layers);
  }

  static Selection selection(MapTarget t) {
    if (t == null) {
      return Selection.NONE;
    }
    return t.isWard() ? Selection.ward(t.id()) : Selection.school(t.id());
  }

  private BufferedImage image(int w, int h) {
    if (image == null || image.getWidth() != w || image.getHeight() != h) {
      image = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB_PRE);
    }
    return image;
  }

  private static void paintHover(
      MapScene ms, Geography geo, Scene scene, Viewport vp, Graphics2D g) {
    MapTarget h = ms.hover();
    if (h == null || h.equals(ms.selection())) {
      return;
    }
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      if (h.isWard() && scene.shows(Layer.WARDS)) {
        Ward w = geo.wards().byCode(h.id()).orElse(null);
        if (w == null) {
          return;
        }
        Shape shape =
            vp.worldToScreen().createTransformedShape(new ShapeWriter().toShape(w.geometry()));
        g2.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.setColor(new Color(255, 255, 255, 190));
        g2.draw(shape);
        g2.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.setColor(HOVER);
        g2.draw(shape);
      } else if (h.isSchool() && scene.shows(Layer.SCHOOLS)) {
        School s = geo.schools().byUrn(h.id()).orElse(null);
        if (s == null || !s.hasLocation()) {
          return;
        }
        double x = vp.toScreenX(s.location().getX());
        double y = vp.toScreenY(s.location().getY());
        double r = 9;
        g2.setStroke(new BasicStroke(2.4f));
        g2.setColor(new Color(255, 255, 255, 200));
        g2.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        g2.setStroke(new BasicStroke(1.4f));
        g2.setColor(HOVER);
        g2.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
      }
    } finally {
      g2.dispose();
    }
  }
}
