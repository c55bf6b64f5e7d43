package org.wardflow.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.render.Layer;
import org.wardflow.render.Legend;
import org.wardflow.render.LegendPainter;
import org.wardflow.render.MapFurniture;
import org.wardflow.render.RenderResult;
import org.wardflow.render.Renderer;
import org.wardflow.render.Scene;
import org.wardflow.render.Selection;
import org.wardflow.render.Style;
import org.wardflow.render.Viewport;
import org.wardflow.render.WardFills;

/**
 * Paints a map page — a {@link MapPage} — onto any Graphics2D in points (1/72 inch, origin at the
 * top-left of the sheet): the caveat band with the protective marking at the top and bottom, the
 * title block, the map frame drawn by the one {@link Renderer} with its scale bar and north arrow,
 * the legend (the render package's {@link LegendPainter}, built from the scene so it matches the
 * map exactly), an optional overview map, the statements (exploratory caveat, disclosure statement
 * of the policy, sources and licences, projection and scale) and the footer.
 *
 * <p>The map keeps the physical size of the screen's symbols and type: a style length of one screen
 * pixel (1/96 inch) is 0.75 pt on paper. Vector targets (SVG, PDF, a preview) get the map as
 * vectors; a raster target at a given DPI gets it rendered at that resolution with the renderer's
 * raster fast paths — never drawn small and enlarged.
 *
 * <p>On a landscape sheet the legend and overview stand in a column right of the map; on a portrait
 * sheet they sit in a strip under it, the legend in two columns.
 */
public final class LayoutPainter {
  /** Screen pixels per inch that style lengths refer to. */
  static final double SCREEN_DPI = 96;

  private static final double GUTTER = 10;
  private static final double CAPTION = 9;
  private static final Color PLATE = new Color(255, 255, 255, 222);
  private static final Color TAG = new Color(0xF2B134);
  private static final Color EXTENT_BOX = new Color(0xC0392B);

  /**
   * Where everything went on the sheet, in points, and the map's scale.
   *
   * @param page the sheet
   * @param topBand caveat band at the top (with the protective marking)
   * @param bottomBand caveat band at the bottom
   * @param map the map frame
   * @param legend the legend box (empty when there is no legend)
   * @param overview the overview frame (empty when off)
   * @param notes the statements block
   * @param metresPerPoint ground metres per point of paper
   * @param extent the ground extent the map frame shows (BNG)
   */
  public record Geometry(
      Rectangle2D page,
      Rectangle2D topBand,
      Rectangle2D bottomBand,
      Rectangle2D map,
      Rectangle2D legend,
      Rectangle2D overview,
      Rectangle2D notes,
      double metresPerPoint,
      Envelope extent) {

    /** The scale as a representative fraction denominator (1:N) on the printed sheet. */
    public double scaleDenominator() {
      return metresPerPoint / (0.0254 / 72);
    }
  }

  private LayoutPainter() {}

  /** Lays the page out without painting (e.g. for a preview's hit areas or a test). */
  public static Geometry layout(MapPage page) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = scratch.createGraphics();
    try {
      prepare(g);
      return new Plan(page, g.getFontRenderContext(), "").geometry();
    } finally {
      g.dispose();
    }
  }

  /**
   * Paints the page as vectors onto a Graphics2D whose units are points (e.g. a preview scaled to
   * fit a window).
   *
   * @return where everything went
   */
  public static Geometry paint(Graphics2D g, MapPage page) {
    return paint(g, page, 0, "", "");
  }

  /**
   * Paints the page.
   *
   * @param g target in points
   * @param page the page
   * @param rasterDpi 0 to draw the map as vectors; otherwise the resolution of the target in pixels
   *     per inch, whose transform must be exactly {@code scale(dpi / 72)} from device pixels
   * @param recordName file name of the record of settings, printed in the footer (may be empty)
   * @param pageLabel e.g. "Page 2 of 5" (may be empty)
   */
  static Geometry paint(
      Graphics2D g, MapPage page, double rasterDpi, String recordName, String pageLabel) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      prepare(g2);
      Plan plan = new Plan(page, g2.getFontRenderContext(), recordName);
      g2.setColor(Color.WHITE);
      g2.fill(plan.chrome.page);
      plan.chrome.paint(g2, PageChrome.footerText(page.layout(), recordName), pageLabel);
      drawMap(g2, page.scene(), plan.mapStyle, plan.map, plan.extent, plan.mpPt, rasterDpi);
      plan.paintFrameFurniture(g2);
      plan.paintLegend(g2);
      plan.paintOverview(g2);
      plan.paintSideNotes(g2);
      return plan.geometry();
    } finally {
      g2.dispose();
    }
  }

  static void prepare(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }

  /** Metres per point so that the extent fits, centred, in the frame. */
  static double fit(Envelope extent, Rectangle2D frame) {
    return Math.max(extent.getWidth() / frame.getWidth(), extent.getHeight() / frame.getHeight());
  }

  /**
   * Draws the map into a frame: through the vector path (viewport in screen pixels, scaled to
   * points) or, for raster targets, into an image at the target's resolution with the raster fast
   * paths, copied pixel for pixel.
   */
  static RenderResult drawMap(
      Graphics2D g,
      Scene scene,
      Style screenStyle,
      Rectangle2D frame,
      Envelope extent,
      double metresPerPoint,
      double rasterDpi) {
    double cx = extent.centre().x;
    double cy = extent.centre().y;
    if (rasterDpi > 0) {
      double s = rasterDpi / 72;
      AffineTransform t = g.getTransform();
      // device pixels of the frame (the target's transform is scale(s) from device space)
      double dx = t.getTranslateX();
      double dy = t.getTranslateY();
      int x0 = (int) Math.round(dx + frame.getX() * s);
      int y0 = (int) Math.round(dy + frame.getY() * s);
      int x1 = (int) Math.round(dx + frame.getMaxX() * s);
      int y1 = (int) Math.round(dy + frame.getMaxY() * s);
      int w = Math.max(1, x1 - x0);
      int h = Math.max(1, y1 - y0);
      BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D ig = img.createGraphics();
      ig.setColor(Color.WHITE);
      ig.fillRect(0, 0, w, h);
      ig.dispose();
      Viewport vp = new Viewport(cx, cy, metresPerPoint / s, w, h);
      RenderResult r = Renderer.render(scene, screenStyle.scaled(rasterDpi / SCREEN_DPI), vp, img);
      Graphics2D dg = (Graphics2D) g.create();
      try {
        dg.setTransform(new AffineTransform());
        dg.drawImage(img, x0, y0, null);
      } finally {
        dg.dispose();
      }
      return r;
    }
    double k = 72 / SCREEN_DPI;
    int w = (int) Math.ceil(frame.getWidth() / k);
    int h = (int) Math.ceil(frame.getHeight() / k);
    Viewport vp = new Viewport(cx, cy, metresPerPoint * k, w, h);
    Graphics2D mg = (Graphics2D) g.create();
    try {
      mg.clip(frame);
      mg.translate(frame.getCenterX() - w * k / 2, frame.getCenterY() - h * k / 2);
      mg.scale(k, k);
      return Renderer.render(scene, screenStyle, vp, mg);
    } finally {
      mg.dispose();
    }
  }

  /** The laid-out page: chrome, frames and styles. */
  private static final class Plan {
    final MapPage page;
    final LayoutSpec spec;
    final FontRenderContext frc;
    final Style mapStyle;
    final Style paperStyle;
    PageChrome chrome;
    Rectangle2D map;
    Rectangle2D legendBox;
    Rectangle2D overview;
    Rectangle2D sideNotes;
    List<Typeset.Paragraph> sideParagraphs = List.of();
    final List<Legend> legendParts = new ArrayList<>();
    final Envelope extent;
    final boolean showOverview;
    double mpPt;

    Plan(MapPage page, FontRenderContext frc, String recordName) {
      this.page = page;
      this.spec = page.layout();
      this.frc = frc;
      double sym = spec.symbolScale();
      Style base = ExportFonts.apply(page.style());
      this.mapStyle = sym == 1 ? base : base.scaled(sym);
      this.paperStyle = mapStyle.scaled(72 / SCREEN_DPI);
      this.extent = page.extent();
      // an overview only helps when the map shows part of the study area
      Envelope area = page.scene().geography().wards().extent();
      this.showOverview = spec.overview() && !area.isNull() && !extent.covers(area);

      Legend full = legend();
      PageChrome bare = PageChrome.layout(spec, page.style(), List.of(), frc);
      Rectangle2D body = bare.body;
      if (body.getWidth() / body.getHeight() > 1.25 && sideLayout(bare, full)) {
        return;
      }
      // notes across the foot of the page; the map frame's scale is in the notes, which size the
      // body: lay out twice
      PageChrome first = PageChrome.layout(spec, page.style(), notes(Double.NaN), frc);
      Frames f = frames(first.body, full);
      double mp = fit(extent, f.map);
      PageChrome second = PageChrome.layout(spec, page.style(), notes(mp), frc);
      Frames f2 = frames(second.body, full);
      this.chrome = second;
      this.map = f2.map;
      this.legendBox = f2.legend;
      this.overview = f2.overview;
      this.sideNotes = none(second.body);
      this.mpPt = fit(extent, map);
    }

    record Frames(Rectangle2D map, Rectangle2D legend, Rectangle2D overview) {}

    static Rectangle2D none(Rectangle2D body) {
      return new Rectangle2D.Double(body.getX(), body.getY(), 0, 0);
    }

    /**
     * Landscape: the map takes the full height; a column on its right holds the legend at the top,
     * the statements at the bottom and the overview above them — if they fit.
     */
    private boolean sideLayout(PageChrome bare, Legend full) {
      Rectangle2D body = bare.body;
      // a map narrower than its frame leaves width to spare: give it to the column
      double natural = body.getHeight() * extent.getWidth() / extent.getHeight();
      double sideW =
          clamp(
              Math.max(body.getWidth() * 0.27, body.getWidth() - GUTTER - natural),
              150,
              body.getWidth() * 0.42);
      Rectangle2D m =
          new Rectangle2D.Double(
              body.getX(), body.getY(), body.getWidth() - sideW - GUTTER, body.getHeight());
      double mp = fit(extent, m);
      List<Typeset.Paragraph> paras = new ArrayList<>();
      for (List<Typeset.Paragraph> c : notes(mp)) {
        paras.addAll(c);
      }
      double notesH = 0;
      for (Typeset.Paragraph p : paras) {
        notesH += Typeset.height(p, sideW, frc);
      }
      Rectangle2D need =
          full == null ? new Rectangle2D.Double() : LegendPainter.measure(full, paperStyle, frc);
      double legendW = Math.min(sideW, need.getWidth());
      double legendH = need.getHeight() * Math.min(1, sideW / Math.max(1, need.getWidth()));
      double ovAspect = overviewExtent().getHeight() / overviewExtent().getWidth();
      double sx = m.getMaxX() + GUTTER;
      // the overview beside the legend when the column is wide enough, else above the notes
      double besideW = sideW - legendW - 2 * GUTTER;
      boolean beside = showOverview && full != null && besideW >= 100;
      double ovH = 0;
      double ovW = 0;
      if (showOverview) {
        ovW = beside ? besideW : sideW;
        ovH = Math.min(ovW * ovAspect, body.getHeight() * (beside ? 0.45 : 0.3));
        ovW = ovH / ovAspect;
      }
      double topH = beside ? Math.max(legendH, ovH + CAPTION) : legendH;
      double stackedOv = showOverview && !beside ? ovH + CAPTION + GUTTER : 0;
      if (topH + stackedOv + notesH + GUTTER * 1.5 > body.getHeight()) {
        return false;
      }
      Rectangle2D notesBox = new Rectangle2D.Double(sx, body.getMaxY() - notesH, sideW, notesH);
      Rectangle2D ov = none(body);
      if (beside) {
        ov = new Rectangle2D.Double(sx + sideW - ovW, body.getY() + CAPTION, ovW, ovH);
      } else if (showOverview) {
        ov = new Rectangle2D.Double(sx, notesBox.getY() - GUTTER * 1.5 - ovH, ovW, ovH);
      }
      Rectangle2D lg = none(body);
      if (full != null) {
        legendParts.add(full);
        double bottom = (showOverview && !beside ? ov.getY() - CAPTION : notesBox.getY()) - GUTTER;
        double w = beside ? legendW : sideW;
        lg = new Rectangle2D.Double(sx, body.getY(), w, bottom - body.getY());
      }
      this.chrome = bare;
      this.map = m;
      this.legendBox = lg;
      this.overview = ov;
      this.sideNotes = notesBox;
      this.sideParagraphs = paras;
      this.mpPt = mp;
      return true;
    }

    Frames frames(Rectangle2D body, Legend full) {
      legendParts.clear();
      Rectangle2D none = none(body);
      boolean landscape = body.getWidth() / body.getHeight() > 1.25;
      double ovAspect = overviewExtent().getHeight() / overviewExtent().getWidth();
      if (landscape) {
        double sideW = clamp(body.getWidth() * 0.24, 130, 200);
        if (full == null && !showOverview) {
          return new Frames(body, none, none);
        }
        Rectangle2D m =
            new Rectangle2D.Double(
                body.getX(), body.getY(), body.getWidth() - sideW - GUTTER, body.getHeight());
        double sx = m.getMaxX() + GUTTER;
        Rectangle2D ov = none;
        double legendBottom = body.getMaxY();
        if (showOverview) {
          double ovH = Math.min(sideW * ovAspect, body.getHeight() * 0.4);
          double ovW = Math.min(sideW, ovH / ovAspect);
          ov = new Rectangle2D.Double(sx, body.getMaxY() - ovH, ovW, ovH);
          legendBottom = ov.getY() - GUTTER - CAPTION;
        }
        Rectangle2D lg = none;
        if (full != null) {
          legendParts.add(full);
          lg = new Rectangle2D.Double(sx, body.getY(), sideW, legendBottom - body.getY());
        }
        return new Frames(m, lg, ov);
      }
      // portrait: a strip under the map, the legend in two columns
      if (full == null && !showOverview) {
        return new Frames(body, none, none);
      }
      List<Legend> parts = full == null ? List.of() : split(full);
      double need = 0;
      for (Legend l : parts) {
        need = Math.max(need, LegendPainter.measure(l, paperStyle, frc).getHeight());
      }
      double ovW = showOverview ? body.getWidth() * 0.26 : 0;
      double stripH = Math.max(need, showOverview ? ovW * ovAspect + CAPTION : 0);
      stripH = Math.min(stripH, body.getHeight() * 0.36);
      Rectangle2D m =
          new Rectangle2D.Double(
              body.getX(), body.getY(), body.getWidth(), body.getHeight() - stripH - GUTTER);
      double sy = m.getMaxY() + GUTTER;
      Rectangle2D ov = none;
      if (showOverview) {
        double ovH = Math.min(stripH - CAPTION, ovW * ovAspect);
        double w = ovH / ovAspect;
        ov = new Rectangle2D.Double(body.getMaxX() - w, sy + CAPTION, w, ovH);
      }
      Rectangle2D lg = none;
      if (full != null) {
        legendParts.addAll(parts);
        double right = showOverview ? ov.getX() - GUTTER : body.getMaxX();
        lg = new Rectangle2D.Double(body.getX(), sy, right - body.getX(), stripH);
      }
      return new Frames(m, lg, ov);
    }

    Legend legend() {
      LegendSpec ls = spec.legend();
      if (ls == null) {
        return null;
      }
      // with the policy, the suppressed entries say that secondary suppression hides figures of
      // k or more too, and the flow-width samples keep to figures that can be published
      Legend l =
          Legend.forScene(page.scene(), paperStyle, ls.title(), ls.classes(), ls.flowTitle())
              .withPolicy(spec.policy());
      boolean empty =
          l.title().isEmpty()
              && (l.flowScale() == null || l.flowTitle().isEmpty())
              && l.shapes().isEmpty();
      return empty ? null : l;
    }

    /** The choropleth part, and the flows and schools part, as two legends. */
    static List<Legend> split(Legend l) {
      Legend a =
          new Legend(
              l.title(),
              l.classes(),
              l.noDataCount(),
              l.suppressedCount(),
              l.threshold(),
              "",
              null,
              0,
              false,
              Set.of(),
              l.policy());
      Legend b =
          new Legend(
              "",
              List.of(),
              0,
              0,
              l.threshold(),
              l.flowTitle(),
              l.flowScale(),
              l.flowLargest(),
              l.hiddenFlows(),
              l.shapes(),
              l.policy());
      List<Legend> out = new ArrayList<>();
      if (!a.title().isEmpty()) {
        out.add(a);
      }
      if ((b.flowScale() != null && !b.flowTitle().isEmpty()) || !b.shapes().isEmpty()) {
        out.add(b);
      }
      return out;
    }

    Envelope overviewExtent() {
      Envelope e = page.scene().geography().wards().extent();
      if (e.isNull()) {
        e = new Envelope(extent);
      }
      e.expandToInclude(extent);
      e.expandBy(Math.max(e.getWidth(), e.getHeight()) * 0.04);
      return e;
    }

    List<List<Typeset.Paragraph>> notes(double metresPerPoint) {
      String fam = ExportFonts.family();
      List<Typeset.Paragraph> left = new ArrayList<>();
      left.add(
          PageChrome.note(
              fam,
              "Exploratory, not predictive.",
              "The map shows published counts of children and young people by home ward and"
                  + " school. It does not predict individual outcomes or future counts; small"
                  + " differences between wards or schools may be due to chance."));
      if (spec.policy() != null) {
        String marks = markingsNote();
        left.add(
            PageChrome.note(
                fam,
                "Disclosure control.",
                spec.policy().statement() + (marks.isEmpty() ? "" : " " + marks)));
      }
      if (!spec.notes().isEmpty()) {
        left.add(PageChrome.note(fam, "Notes.", spec.notes()));
      }
      List<Typeset.Paragraph> right = new ArrayList<>();
      boolean first = true;
      for (String s : spec.sources()) {
        right.add(PageChrome.note(fam, first ? "Sources." : "", s));
        first = false;
      }
      String scale =
          Double.isNaN(metresPerPoint)
              ? "1:000,000"
              : "1:" + String.format(Locale.UK, "%,d", roundScale(metresPerPoint / (0.0254 / 72)));
      right.add(
          PageChrome.note(
              fam,
              "Map.",
              "British National Grid (EPSG:27700), grid north up. Scale "
                  + scale
                  + " when printed on "
                  + spec.paper().name()
                  + ". Boundaries simplified for display."));
      return List.of(left, right);
    }

    String markingsNote() {
      boolean hatched = !page.scene().wardFills().suppressed().isEmpty();
      boolean dashed =
          page.scene().shows(Layer.FLOWS)
              && page.scene().flowDisplay().showHidden()
              && page.scene().flows().stream().anyMatch(f -> f.hidden());
      if (hatched && dashed) {
        return "Hatched wards and dashed grey lines mark hidden figures; they imply no value.";
      }
      if (hatched) {
        return "Hatched wards mark hidden figures; they imply no value.";
      }
      if (dashed) {
        return "Dashed grey lines mark hidden flows; they imply no value.";
      }
      return "";
    }

    Geometry geometry() {
      Envelope shown =
          new Envelope(
              extent.centre().x - map.getWidth() * mpPt / 2,
              extent.centre().x + map.getWidth() * mpPt / 2,
              extent.centre().y - map.getHeight() * mpPt / 2,
              extent.centre().y + map.getHeight() * mpPt / 2);
      return new Geometry(
          chrome.page,
          chrome.topBand,
          chrome.bottomBand,
          map,
          legendBox,
          overview,
          sideNotes.isEmpty() ? chrome.notes : sideNotes,
          mpPt,
          shown);
    }

    void paintFrameFurniture(Graphics2D g) {
      Graphics2D g2 = (Graphics2D) g.create();
      try {
        prepare(g2);
        g2.setColor(PageChrome.INK);
        g2.setStroke(new BasicStroke(0.6f));
        g2.draw(map);
        double inset = 7;
        Style furniture = PageChrome.bandStyle(page.style());
        if (spec.northArrow()) {
          double h = 30;
          double w = 20;
          double x = map.getMaxX() - inset - w;
          double y = map.getY() + inset;
          plate(g2, new Rectangle2D.Double(x - 3, y - 3, w + 6, h + 6));
          MapFurniture.northArrow(g2, furniture, x + w / 2, y, h);
        }
        if (spec.scaleBar()) {
          Viewport vpPt =
              new Viewport(
                  extent.centre().x,
                  extent.centre().y,
                  mpPt,
                  (int) Math.max(1, Math.round(map.getWidth())),
                  (int) Math.max(1, Math.round(map.getHeight())));
          double maxW = Math.min(map.getWidth() * 0.4, 170);
          BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
          Graphics2D sg = scratch.createGraphics();
          Rectangle2D need = MapFurniture.scaleBar(sg, furniture, vpPt, 0, 0, maxW);
          sg.dispose();
          double x = map.getX() + inset + 4;
          double y = map.getMaxY() - inset - need.getHeight() - 2;
          plate(
              g2,
              new Rectangle2D.Double(
                  x + need.getX() - 4, y - 3, need.getWidth() + 8, need.getHeight() + 6));
          MapFurniture.scaleBar(g2, furniture, vpPt, x, y, maxW);
        }
        String label = spec.dataLabel();
        if (!label.isEmpty()) {
          Font f = Typeset.font(ExportFonts.family(), Font.BOLD, 7f);
          double tw = Typeset.width(label, f, g2.getFontRenderContext());
          double x = map.getX() + inset;
          double y = map.getY() + inset;
          g2.setColor(TAG);
          g2.fill(new RoundRectangle2D.Double(x, y, tw + 8, 12, 3, 3));
          g2.setColor(PageChrome.INK);
          g2.setFont(f);
          g2.drawString(label, (float) (x + 4), (float) (y + 8.6));
        }
      } finally {
        g2.dispose();
      }
    }

    static void plate(Graphics2D g, Rectangle2D r) {
      g.setColor(PLATE);
      g.fill(new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), 4, 4));
    }

    void paintLegend(Graphics2D g) {
      if (legendParts.isEmpty() || legendBox.isEmpty()) {
        return;
      }
      List<Rectangle2D> sizes = new ArrayList<>();
      double totalW = 0;
      double maxH = 0;
      for (Legend l : legendParts) {
        Rectangle2D r = LegendPainter.measure(l, paperStyle, frc);
        sizes.add(r);
        totalW += r.getWidth();
        maxH = Math.max(maxH, r.getHeight());
      }
      double colGap = legendParts.size() > 1 ? 3 * GUTTER : 0;
      double s =
          Math.min(
              1,
              Math.min(
                  (legendBox.getWidth() - colGap) / Math.max(1, totalW),
                  legendBox.getHeight() / Math.max(1, maxH)));
      Graphics2D g2 = (Graphics2D) g.create();
      try {
        g2.clip(legendBox);
        g2.translate(legendBox.getX(), legendBox.getY());
        g2.scale(s, s);
        double x = 0;
        for (int i = 0; i < legendParts.size(); i++) {
          LegendPainter.paint(legendParts.get(i), paperStyle, g2, x, 0);
          x += sizes.get(i).getWidth() + colGap / s;
        }
      } finally {
        g2.dispose();
      }
    }

    void paintSideNotes(Graphics2D g) {
      if (sideNotes.isEmpty()) {
        return;
      }
      double y = sideNotes.getY();
      for (Typeset.Paragraph p : sideParagraphs) {
        y = Typeset.draw(g, p, sideNotes.getX(), y, sideNotes.getWidth());
      }
    }

    void paintOverview(Graphics2D g) {
      if (!showOverview || overview.isEmpty()) {
        return;
      }
      Envelope env = overviewExtent();
      Scene s =
          page.scene()
              .withWardFills(WardFills.NONE)
              .withFlows(List.of())
              .withSelection(Selection.NONE)
              .withLayers(List.of(Layer.WARDS));
      Style ov =
          page.style().toBuilder()
              .name("overview")
              .background(Color.WHITE)
              .baseFill(new Color(0xE3E5E8))
              .wardOutline(new Color(255, 255, 255, 160))
              .wardOutlineWidth(0.4f)
              .districtOutline(new Color(0x9AA0A8))
              .districtOutlineWidth(0.7f)
              .areaOutline(new Color(0x6B717A))
              .areaOutlineWidth(0.9f)
              .build();
      double mp = fit(env, overview);
      Graphics2D g2 = (Graphics2D) g.create();
      try {
        prepare(g2);
        drawMap(g2, s, ov, overview, env, mp, 0);
        g2.setColor(PageChrome.RULE);
        g2.setStroke(new BasicStroke(0.5f));
        g2.draw(overview);
        // the main map's extent
        Envelope shown = geometry().extent();
        double ox = overview.getCenterX();
        double oy = overview.getCenterY();
        double x0 = ox + (shown.getMinX() - env.centre().x) / mp;
        double x1 = ox + (shown.getMaxX() - env.centre().x) / mp;
        double y0 = oy - (shown.getMaxY() - env.centre().y) / mp;
        double y1 = oy - (shown.getMinY() - env.centre().y) / mp;
        Rectangle2D box = new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
        Rectangle2D vis = box.createIntersection(overview);
        g2.setColor(EXTENT_BOX);
        g2.setStroke(new BasicStroke(1.1f));
        if (!vis.isEmpty()) {
          g2.draw(vis);
        }
        Font f = Typeset.font(ExportFonts.family(), Font.PLAIN, 6.3f);
        g2.setFont(f);
        g2.setColor(PageChrome.MUTED);
        g2.drawString(
            "Overview — map extent in red", (float) overview.getX(), (float) (overview.getY() - 3));
      } finally {
        g2.dispose();
      }
    }
  }

  static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** A scale denominator rounded to three significant figures (48,213 → 48,200). */
  static long roundScale(double d) {
    if (!(d > 0)) {
      return 0;
    }
    double p = Math.pow(10, Math.max(0, Math.floor(Math.log10(d)) - 2));
    return Math.round(Math.round(d / p) * p);
  }
}
