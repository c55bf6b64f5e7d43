package org.wardflow.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;

/**
 * The one renderer. {@link #render(Scene, Style, Viewport, Graphics2D)} draws a scene for a
 * viewport onto any Java2D surface — an image for the screen or a PNG, JFreeSVG's {@code
 * SVGGraphics2D}, PDFBox-graphics2d's {@code PdfBoxGraphics2D} — using only vector operations
 * (paths, strokes, clips, {@code drawString}), so vector outputs stay vector with text as text. The
 * overload taking a {@link BufferedImage} may use raster fast paths for lines, flows and symbols
 * that look the same and are several times faster.
 *
 * <p>Pure: the output depends only on the arguments. The only state kept between calls is a cache
 * of generalised geometry per ward layer and scale band, and of pre-drawn symbols — memoisation
 * invisible in the output. Thread-safe; independent renders may run in parallel.
 *
 * <p>Layers are drawn in the scene's order. Wards: fills (grouped by colour), hatching of
 * suppressed wards (clipped diagonal lines), then the unique boundary edges once each — ward edges,
 * district edges, the study-area outline — and the selected ward's outline. Flows: hidden flows
 * dashed, faded ones, then published flows from thin to thick, each width class filled as one path
 * of tapered curves. Schools: larger symbols first, highlighted and selected ones ringed. Labels:
 * greedy collision-free placement by priority, with halos.
 */
public final class Renderer {
  /** Zoomed out beyond this (metres per pixel), district names are labelled. */
  static final double DISTRICT_LABEL_MPP = 15;

  /** Zoomed in beyond this (metres per pixel), school names are labelled where they fit. */
  static final double SCHOOL_LABEL_MPP = 6;

  private Renderer() {}

  /**
   * Draws the scene onto any Graphics2D (pure Java2D vector operations). The graphics' current
   * transform and clip are honoured (the map is drawn in viewport pixels within {@code (0, 0,
   * width, height)}) and its state is left unchanged.
   */
  public static RenderResult render(Scene scene, Style style, Viewport viewport, Graphics2D g) {
    return render(scene, style, viewport, g, RenderOptions.DEFAULT);
  }

  /** Draws the scene onto any Graphics2D, with options (cancellation). */
  public static RenderResult render(
      Scene scene, Style style, Viewport viewport, Graphics2D g, RenderOptions options) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      return new Frame(scene, style, viewport, options, null).draw(g2);
    } finally {
      g2.dispose();
    }
  }

  /**
   * Draws the scene onto an image whose size is the viewport's, using the raster fast paths when
   * the image type supports them ({@code TYPE_INT_ARGB_PRE} — the screen's format — or {@code
   * TYPE_INT_RGB}).
   */
  public static RenderResult render(
      Scene scene, Style style, Viewport viewport, BufferedImage img) {
    return render(scene, style, viewport, img, RenderOptions.DEFAULT);
  }

  /** Draws the scene onto an image, with options (cancellation, fast paths on/off). */
  public static RenderResult render(
      Scene scene, Style style, Viewport viewport, BufferedImage img, RenderOptions options) {
    boolean fast =
        options.rasterFastPaths()
            && RasterCanvas.supports(img)
            && img.getWidth() == viewport.width()
            && img.getHeight() == viewport.height();
    Graphics2D g = img.createGraphics();
    try {
      return new Frame(scene, style, viewport, options, fast ? RasterCanvas.on(img) : null).draw(g);
    } finally {
      g.dispose();
    }
  }

  /**
   * Builds the cached generalised geometry for a view's scale band and the bands either side (one
   * zoom step in or out) ahead of time — e.g. on a background thread after loading a layer or after
   * zooming — so frames at those scales do not pay for it (about 0.1 s per band for the 192 West
   * Midlands wards).
   */
  public static void prepare(Geography geography, Viewport viewport) {
    WardGeometry wg = WardGeometry.of(geography.wards());
    double mpp = viewport.metresPerPixel();
    wg.band(mpp);
    wg.districts();
    wg.band(mpp * 2);
    wg.band(mpp / 2);
  }

  /** One frame: per-call state. */
  private static final class Frame {
    final Scene scene;
    final Style style;
    final Viewport vp;
    final BooleanSupplier cancelled;
    final RasterCanvas canvas;
    final WardGeometry geometry;
    final WardGeometry.Band band;
    final List<Integer> visibleWards;
    final Path2D.Float[] wardPaths;
    final SymbolSizer sizer;
    final double mpp;
    final double halfW;
    final double halfH;
    FlowPlan plan;
    int schoolsDrawn;
    Labeller labeller;
    double[] buf = new double[256];

    Frame(Scene scene, Style style, Viewport vp, RenderOptions options, RasterCanvas canvas) {
      this.scene = scene;
      this.style = style;
      this.vp = vp;
      this.cancelled = options.cancelled();
      this.canvas = canvas;
      this.geometry = WardGeometry.of(scene.geography().wards());
      this.band = geometry.band(vp.metresPerPixel());
      this.mpp = vp.metresPerPixel();
      this.halfW = vp.width() / 2.0;
      this.halfH = vp.height() / 2.0;
      Envelope env = vp.envelope();
      env.expandBy(4 * mpp);
      this.visibleWards = new ArrayList<>(scene.geography().wards().query(env));
      this.visibleWards.sort(null);
      this.wardPaths = new Path2D.Float[scene.geography().wards().size()];
      this.sizer = new SymbolSizer(scene, style);
    }

    double sx(double x) {
      return (x - vp.centerX()) / mpp + halfW;
    }

    double sy(double y) {
      return halfH - (y - vp.centerY()) / mpp;
    }

    Path2D.Float wardPath(int i) {
      Path2D.Float p = wardPaths[i];
      if (p == null) {
        p = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        for (double[] ring : band.rings[i]) {
          p.moveTo((float) sx(ring[0]), (float) sy(ring[1]));
          for (int k = 2; k < ring.length; k += 2) {
            p.lineTo((float) sx(ring[k]), (float) sy(ring[k + 1]));
          }
          p.closePath();
        }
        wardPaths[i] = p;
      }
      return p;
    }

    FlowPlan plan() {
      if (plan == null) {
        plan = FlowPlan.build(scene, style, vp, sizer, cancelled);
      }
      return plan;
    }

    RenderResult draw(Graphics2D g) {
      long t0 = System.nanoTime();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.clipRect(0, 0, vp.width(), vp.height());
      if (style.background().getAlpha() > 0) {
        // an axis-aligned integer rectangle needs no antialiasing (and skips the slower AA pipe)
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(style.background());
        g.fillRect(0, 0, vp.width(), vp.height());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      }
      boolean completed = true;
      for (Layer layer : scene.layers()) {
        if (cancelled.getAsBoolean()) {
          completed = false;
          break;
        }
        boolean done =
            switch (layer) {
              case WARDS -> drawWards(g);
              case FLOWS -> drawFlows(g);
              case SCHOOLS -> drawSchools(g);
              case LABELS -> drawLabels(g);
            };
        if (!done) {
          completed = false;
          break;
        }
      }
      FlowPlan p = plan;
      return new RenderResult(
          completed && !cancelled.getAsBoolean(),
          canvas != null,
          band.level,
          scene.shows(Layer.WARDS) ? visibleWards.size() : 0,
          schoolsDrawn,
          p == null || !scene.shows(Layer.FLOWS) ? 0 : p.count(FlowPlan.Kind.NORMAL),
          p == null || !scene.shows(Layer.FLOWS) ? 0 : p.count(FlowPlan.Kind.FADED),
          p == null || !scene.shows(Layer.FLOWS) ? 0 : p.count(FlowPlan.Kind.HIDDEN),
          p == null ? 0 : p.unplaced,
          labeller == null ? 0 : labeller.placedCount(),
          labeller == null ? 0 : labeller.skipped,
          System.nanoTime() - t0);
    }

    // ---------------------------------------------------------------- wards

    boolean drawWards(Graphics2D g) {
      List<Ward> wards = scene.geography().wards().wards();
      WardFills fills = scene.wardFills();
      Map<Integer, Path2D.Float> byColour = new LinkedHashMap<>();
      List<Integer> suppressed = new ArrayList<>();
      for (int i : visibleWards) {
        String code = wards.get(i).code();
        int argb =
            switch (fills.kindOf(code)) {
              case VALUE -> fills.argb().get(code);
              case SUPPRESSED -> style.suppressedFill().getRGB();
              case NO_DATA -> style.noDataFill().getRGB();
              case BASE -> style.baseFill().getRGB();
            };
        if (fills.kindOf(code) == WardFills.Kind.SUPPRESSED) {
          suppressed.add(i);
        }
        byColour
            .computeIfAbsent(argb, k -> new Path2D.Float(Path2D.WIND_EVEN_ODD))
            .append(wardPath(i), false);
      }
      // The raster path fills without antialiasing (a partition: no seams between neighbours) and
      // relies on the antialiased boundary lines drawn on top for smooth edges.
      if (canvas != null) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      }
      for (Map.Entry<Integer, Path2D.Float> e : byColour.entrySet()) {
        g.setColor(new Color(e.getKey(), true));
        g.fill(e.getValue());
      }
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      if (cancelled.getAsBoolean()) {
        return false;
      }
      for (int i : suppressed) {
        hatch(g, wardPath(i));
      }
      drawEdges(g);
      if (scene.selection().kind() == Selection.Kind.WARD) {
        int i = scene.geography().wards().indexOf(scene.selection().id());
        if (i >= 0 && visibleWards.contains(i)) {
          Path2D.Float p = wardPath(i);
          g.setStroke(
              new BasicStroke(
                  style.selectionWidth() + 2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          g.setColor(new Color(255, 255, 255, 200));
          g.draw(p);
          g.setStroke(
              new BasicStroke(
                  style.selectionWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          g.setColor(style.selectionColor());
          g.draw(p);
        }
      }
      return !cancelled.getAsBoolean();
    }

    /** Diagonal hatch lines clipped to the ward: vector in every output. */
    void hatch(Graphics2D g, Shape ward) {
      Rectangle2D b =
          ward.getBounds2D()
              .createIntersection(new Rectangle2D.Double(-2, -2, vp.width() + 4, vp.height() + 4));
      if (b.isEmpty()) {
        return;
      }
      double step = style.hatchSpacing() * Math.sqrt(2);
      // anchor the pattern to the map so it moves with it when panning
      double anchor = sx(0) + sy(0);
      double phase = anchor - Math.floor(anchor / step) * step;
      double c0 = Math.floor((b.getMinX() + b.getMinY() - phase) / step) * step + phase;
      double c1 = b.getMaxX() + b.getMaxY();
      Path2D.Float lines = new Path2D.Float();
      for (double c = c0; c <= c1 + step; c += step) {
        // x + y = c, from the top edge of the box to the bottom edge
        lines.moveTo((float) (c - b.getMinY()), (float) b.getMinY());
        lines.lineTo((float) (c - b.getMaxY()), (float) b.getMaxY());
      }
      Graphics2D h = (Graphics2D) g.create();
      try {
        h.clip(ward);
        h.setColor(style.hatchColor());
        h.setStroke(
            new BasicStroke(style.hatchWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        h.draw(lines);
      } finally {
        h.dispose();
      }
    }

    void drawEdges(Graphics2D g) {
      Envelope env = vp.envelope();
      env.expandBy(4 * mpp);
      drawEdges(g, env, WardGeometry.EdgeKind.WARD, style.wardOutline(), style.wardOutlineWidth());
      drawEdges(
          g,
          env,
          WardGeometry.EdgeKind.DISTRICT,
          style.districtOutline(),
          style.districtOutlineWidth());
      drawEdges(
          g, env, WardGeometry.EdgeKind.OUTLINE, style.areaOutline(), style.areaOutlineWidth());
      if (canvas != null) {
        canvas.finish(cancelled);
      }
    }

    void drawEdges(
        Graphics2D g, Envelope env, WardGeometry.EdgeKind kind, Color colour, float width) {
      if (width <= 0 || colour.getAlpha() == 0) {
        return;
      }
      Path2D.Float path = canvas == null ? new Path2D.Float() : null;
      for (WardGeometry.Edge e : band.edges) {
        if (e.kind != kind || !e.intersects(env)) {
          continue;
        }
        int n = e.xy.length / 2;
        if (canvas != null) {
          double[] xy = screen(e.xy);
          canvas.polyline(xy, n, width, width, true, 0);
        } else {
          path.moveTo((float) sx(e.xy[0]), (float) sy(e.xy[1]));
          for (int k = 2; k < e.xy.length; k += 2) {
            path.lineTo((float) sx(e.xy[k]), (float) sy(e.xy[k + 1]));
          }
        }
      }
      if (canvas != null) {
        canvas.flush(colour.getRGB());
      } else {
        g.setColor(colour);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
      }
    }

    double[] screen(double[] world) {
      if (buf.length < world.length) {
        buf = new double[world.length * 2];
      }
      for (int k = 0; k < world.length; k += 2) {
        buf[k] = sx(world[k]);
        buf[k + 1] = sy(world[k + 1]);
      }
      return buf;
    }

    // ---------------------------------------------------------------- flows

    boolean drawFlows(Graphics2D g) {
      FlowPlan p = plan();
      for (FlowPlan.FlowClass c : p.classes) {
        if (cancelled.getAsBoolean()) {
          if (canvas != null) {
            canvas.discard();
          }
          return false;
        }
        if (canvas != null) {
          double dash = c.kind == FlowPlan.Kind.HIDDEN ? style.hiddenFlowDash() : 0;
          for (FlowPlan.Curve cv : c.curves) {
            double[] xy = cv.centerline();
            canvas.polyline(xy, xy.length / 2, cv.w0, cv.w1, false, dash);
          }
          canvas.flush(c.argb);
        } else if (c.kind == FlowPlan.Kind.HIDDEN) {
          Path2D.Float path = new Path2D.Float();
          for (FlowPlan.Curve cv : c.curves) {
            cv.appendCurve(path);
          }
          g.setColor(new Color(c.argb, true));
          float d = style.hiddenFlowDash();
          g.setStroke(
              new BasicStroke(
                  (float) c.width,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_ROUND,
                  10f,
                  new float[] {d, d},
                  0f));
          g.draw(path);
        } else {
          Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO);
          for (FlowPlan.Curve cv : c.curves) {
            cv.appendOutline(path);
          }
          g.setColor(new Color(c.argb, true));
          g.fill(path);
        }
      }
      return canvas == null || canvas.finish(cancelled);
    }

    // ---------------------------------------------------------------- schools

    boolean drawSchools(Graphics2D g) {
      List<School> schools = scene.geography().schools().schools();
      Envelope env = vp.envelope();
      env.expandBy((sizer.maxRadius() + 4) * mpp);
      List<Integer> visible = new ArrayList<>(scene.geography().schools().query(env));
      visible.removeIf(i -> sizer.radius(i) <= 0);
      // big symbols first so small ones stay visible on top; stable by index
      visible.sort(
          (a, b) -> {
            int c = Double.compare(sizer.radius(b), sizer.radius(a));
            return c != 0 ? c : Integer.compare(a, b);
          });
      Selection sel = scene.selection();
      boolean focus = sel.kind() != Selection.Kind.NONE;
      java.util.BitSet highlighted =
          sel.kind() == Selection.Kind.WARD ? plan().highlightedSchools : new java.util.BitSet();
      int outline = style.schoolOutline().getRGB();
      int k = 0;
      for (int i : visible) {
        if ((++k & 255) == 0 && cancelled.getAsBoolean()) {
          return false;
        }
        School s = schools.get(i);
        SchoolMark m = sizer.mark(i);
        double r = sizer.radius(i);
        double x = sx(s.location().getX());
        double y = sy(s.location().getY());
        int fill = m.suppressed() ? style.suppressedFill().getRGB() : m.argb();
        int line = m.suppressed() ? style.hatchColor().getRGB() : outline;
        double lw =
            m.suppressed() ? Math.max(1, style.schoolOutlineWidth()) : style.schoolOutlineWidth();
        if (focus && !highlighted.get(i) && !sel.isSchool(s.urn())) {
          fill = fade(fill, 0.3);
          line = fade(line, 0.3);
        }
        SymbolShape shape = SymbolShape.of(s.phase());
        if (canvas != null) {
          SymbolSprites.stamp(g, canvas, shape, x, y, r, fill, line, lw);
        } else {
          SymbolSprites.paint(g, shape.shape(x, y, r), fill, line, lw);
        }
        schoolsDrawn++;
      }
      // rings: highlighted destinations of the selected ward, then the selected school
      for (int i : visible) {
        School s = schools.get(i);
        boolean selected = sel.isSchool(s.urn());
        if (!highlighted.get(i) && !selected) {
          continue;
        }
        double r = sizer.radius(i);
        double x = sx(s.location().getX());
        double y = sy(s.location().getY());
        Shape ring = SymbolShape.of(s.phase()).shape(x, y, r + (selected ? 3 : 2.2));
        float w = selected ? style.selectionWidth() : style.selectionWidth() * 0.75f;
        g.setColor(new Color(255, 255, 255, 220));
        g.setStroke(new BasicStroke(w + 2f));
        g.draw(ring);
        g.setColor(selected ? style.selectionColor() : style.highlightColor());
        g.setStroke(new BasicStroke(w));
        g.draw(ring);
      }
      return true;
    }

    static int fade(int argb, double f) {
      int a = (int) Math.round(((argb >>> 24) & 0xFF) * f);
      return (a << 24) | (argb & 0xFFFFFF);
    }

    // ---------------------------------------------------------------- labels

    boolean drawLabels(Graphics2D g) {
      LabelOptions opt = scene.labels();
      labeller = new Labeller(vp.width(), vp.height());
      float fs = style.fontScale();
      Font wardFont = font(Font.PLAIN, style.wardLabelSize() * fs);
      Font boldFont = font(Font.BOLD, style.wardLabelSize() * fs * 1.1f);
      Font districtFont = font(Font.BOLD, style.districtLabelSize() * fs);
      Font schoolFont = font(Font.PLAIN, style.schoolLabelSize() * fs);
      Font valueFont = font(Font.BOLD, style.schoolLabelSize() * fs);
      List<Ward> wards = scene.geography().wards().wards();
      List<School> schools = scene.geography().schools().schools();
      Selection sel = scene.selection();
      double lineH = style.schoolLabelSize() * fs;

      // the selection and its flows first
      Map<Integer, String> valueAtSchool = new HashMap<>();
      Map<Integer, String> valueAtWard = new HashMap<>();
      if (sel.kind() != Selection.Kind.NONE && opt.flowValues()) {
        int k = scene.flowDisplay().threshold();
        for (FlowPlan.FlowClass c : plan().classes) {
          if (c.kind == FlowPlan.Kind.FADED) {
            continue;
          }
          for (FlowPlan.Curve cv : c.curves) {
            String v = scene.flows().get(cv.flow).value().label(k);
            if (sel.kind() == Selection.Kind.WARD) {
              valueAtSchool.put(scene.flowSchoolIndex(cv.flow), v);
            } else {
              valueAtWard.put(scene.flowWardIndex(cv.flow), v);
            }
          }
        }
      }
      if (sel.kind() == Selection.Kind.WARD) {
        int i = scene.geography().wards().indexOf(sel.id());
        if (i >= 0) {
          Point lp = wards.get(i).labelPoint();
          labeller.add(
              new Labeller.Candidate(
                  wards.get(i).name(),
                  boldFont,
                  style.labelColor(),
                  1e12,
                  new double[] {sx(lp.getX()), sy(lp.getY()), 0},
                  null));
        }
      }
      for (int i = 0; i < schools.size(); i++) {
        School s = schools.get(i);
        if (sizer.radius(i) <= 0) {
          continue;
        }
        boolean selected = sel.isSchool(s.urn());
        String value = valueAtSchool.get(i);
        boolean highlighted = plan != null && plan.highlightedSchools.get(i);
        if (!selected && value == null && !(highlighted && opt.schools())) {
          continue;
        }
        double x = sx(s.location().getX());
        double y = sy(s.location().getY());
        double r = SymbolShape.of(s.phase()).halfExtent(sizer.radius(i)) + 3;
        labeller.obstacle(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
        String text;
        if (selected || opt.schools()) {
          text = value == null ? s.name() : s.name() + " · " + value;
        } else {
          text = value;
        }
        Font f = selected ? boldFont : value != null && !opt.schools() ? valueFont : schoolFont;
        labeller.add(
            new Labeller.Candidate(
                text,
                f,
                style.labelColor(),
                selected ? 1e12 : 1e9 + parse(value),
                around(x, y, r, lineH),
                null));
      }
      for (Map.Entry<Integer, String> e : valueAtWard.entrySet()) {
        Point lp = wards.get(e.getKey()).labelPoint();
        labeller.add(
            new Labeller.Candidate(
                e.getValue(),
                valueFont,
                style.labelColor(),
                1e9 + parse(e.getValue()),
                new double[] {sx(lp.getX()), sy(lp.getY()), 0},
                null));
      }
      if (opt.wards()) {
        if (mpp >= DISTRICT_LABEL_MPP) {
          for (WardGeometry.District d : geometry.districts()) {
            double x = sx(d.labelPoint().getX());
            double y = sy(d.labelPoint().getY());
            labeller.add(
                new Labeller.Candidate(
                    d.name().toUpperCase(Locale.ROOT),
                    districtFont,
                    style.districtLabelColor(),
                    1e8 + d.area() / (mpp * mpp),
                    new double[] {x, y, 0, x, y - 2 * lineH, 0, x, y + 2 * lineH, 0},
                    null));
          }
        }
        for (int i : visibleWards) {
          double areaPx = geometry.area(i) / (mpp * mpp);
          if (areaPx < 2500 || sel.isWard(wards.get(i).code())) {
            continue; // too small to hold a name
          }
          Point lp = wards.get(i).labelPoint();
          if (lp == null) {
            continue;
          }
          double x = sx(lp.getX());
          double y = sy(lp.getY());
          labeller.add(
              new Labeller.Candidate(
                  wards.get(i).name(),
                  wardFont,
                  style.labelColor(),
                  areaPx,
                  new double[] {x, y, 0, x, y - lineH, 0, x, y + lineH, 0},
                  wardPath(i)));
        }
      }
      if (opt.schools() && mpp <= SCHOOL_LABEL_MPP) {
        Envelope env = vp.envelope();
        for (int i : scene.geography().schools().query(env)) {
          if (sizer.radius(i) <= 0 || valueAtSchool.containsKey(i)) {
            continue;
          }
          School s = schools.get(i);
          if (sel.isSchool(s.urn())) {
            continue;
          }
          double x = sx(s.location().getX());
          double y = sy(s.location().getY());
          double r = SymbolShape.of(s.phase()).halfExtent(sizer.radius(i)) + 2;
          labeller.add(
              new Labeller.Candidate(
                  s.name(),
                  schoolFont,
                  style.labelColor(),
                  sizer.radius(i),
                  around(x, y, r, lineH),
                  null));
        }
      }
      if (cancelled.getAsBoolean()) {
        return false;
      }
      labeller.place(g.getFontRenderContext());
      labeller.draw(g, style.haloColor(), style.haloWidth(), canvas);
      return true;
    }

    /**
     * Label positions right, left, above and below a symbol of half-size r (clear of the labeller's
     * padding, so a symbol registered as an obstacle does not block its own label).
     */
    static double[] around(double x, double y, double r, double lineH) {
      double o = r + 3;
      return new double[] {
        x + o, y, 1, x - o, y, -1, x, y - o - lineH * 0.6, 0, x, y + o + lineH * 0.6, 0
      };
    }

    static double parse(String v) {
      if (v == null) {
        return 0;
      }
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    Font font(int styleBits, float size) {
      return new Font(style.fontFamily(), styleBits, 1).deriveFont(size);
    }
  }
}
