package org.wardflow.ui.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.wardflow.analysis.ListComparison.Agreement;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.render.LabelOptions;
import org.wardflow.render.Layer;
import org.wardflow.render.RenderOptions;
import org.wardflow.render.Renderer;
import org.wardflow.render.Scene;
import org.wardflow.render.SchoolMark;
import org.wardflow.render.SchoolSymbols;
import org.wardflow.render.Selection;
import org.wardflow.render.Style;
import org.wardflow.render.Viewport;
import org.wardflow.ui.map.FramePainter;
import org.wardflow.ui.map.FrameRequest;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.MapScene;
import org.wardflow.ui.map.MapTarget;

/**
 * Paints one side of the comparison with the one renderer ({@link Renderer}): the wards (filled by
 * where the selected school's CYP come from), every other school as a small grey context symbol,
 * then this side's schools — the VRU list's or the analysis's top k — coloured by agreement and
 * tagged with their tier or rank.
 *
 * <p>The comparison's state comes from a {@link MapOverlay} snapshot read when the frame is
 * painted; the view asks the canvas for a new frame whenever the overlay changes.
 */
final class ComparisonPainter implements FramePainter {
  /** Which group a map shows. */
  enum Side {
    /** The VRU list's schools. */
    LIST,
    /** The analysis's top k. */
    ANALYSIS
  }

  private static final Font TAG_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 10);

  /** Radius of this side's school symbols (larger than the context symbols). */
  static final float SIDE_RADIUS = 6f;

  private final Side side;
  private final Supplier<MapOverlay> overlay;
  private final Style style;
  private final Style overStyle;

  ComparisonPainter(Side side, Supplier<MapOverlay> overlay) {
    this.side = Objects.requireNonNull(side, "side");
    this.overlay = Objects.requireNonNull(overlay, "overlay");
    this.style = Style.standard();
    this.overStyle =
        style.toBuilder()
            .background(new Color(0, 0, 0, 0))
            .schoolRadius(SIDE_RADIUS)
            .schoolOutlineWidth(1.4f)
            .build();
  }

  /** The schools this side shows, in order. */
  List<String> schoolsOf(MapOverlay o) {
    return side == Side.LIST ? o.listUrns() : o.topKUrns();
  }

  @Override
  public void paint(FrameRequest request, Graphics2D g, BooleanSupplier cancelled) {
    Viewport vp = request.viewport();
    MapScene ms = request.scene();
    Geography geo = ms.geography();
    if (geo == null) {
      g.setColor(style.background());
      g.fillRect(0, 0, vp.width(), vp.height());
      return;
    }
    MapOverlay o = overlay.get();
    List<String> mine = schoolsOf(o);
    Set<String> mineSet = new HashSet<>(mine);
    Selection sel = selection(ms.selection());
    boolean showSchools = ms.isVisible(LayerKind.SCHOOLS);
    boolean showWards = ms.isVisible(LayerKind.WARDS);
    // pass 1: wards and the other schools (context)
    Map<String, SchoolMark> others = new HashMap<>();
    if (showSchools) {
      for (School s : geo.schools().schools()) {
        if (!mineSet.contains(s.urn())) {
          others.put(s.urn(), SchoolMark.plain(AgreementColours.OTHER));
        }
      }
    }
    Scene base =
        Scene.of(geo)
            .withWardFills(o.sourceFills())
            .withSchools(new SchoolSymbols(others, SchoolMark.plain(0), false))
            .withSelection(sel)
            .withLabels(LabelOptions.NONE)
            .withLayers(showWards ? List.of(Layer.WARDS, Layer.SCHOOLS) : List.of(Layer.SCHOOLS));
    RenderOptions opts = RenderOptions.cancellable(cancelled);
    Renderer.render(base, style, vp, g, opts);
    if (cancelled.getAsBoolean() || !showSchools) {
      return;
    }
    // pass 2: this side's schools on top, coloured by agreement, never faded
    Agreement fallback = side == Side.LIST ? Agreement.LIST_ONLY : Agreement.ANALYSIS_ONLY;
    String selected = sel.kind() == Selection.Kind.SCHOOL ? sel.id() : null;
    Map<String, SchoolMark> marks = new HashMap<>();
    for (String u : mine) {
      if (!u.equals(selected)) {
        marks.put(
            u, SchoolMark.plain(AgreementColours.of(o.agreement().getOrDefault(u, fallback))));
      }
    }
    Scene top =
        Scene.of(geo)
            .withSchools(new SchoolSymbols(marks, SchoolMark.plain(0), false))
            .withLabels(new LabelOptions(false, true, false))
            .withLayers(List.of(Layer.SCHOOLS, Layer.LABELS));
    Renderer.render(top, overStyle, vp, g, opts);
    // pass 3: the selected school of this side, ringed and named
    if (selected != null && mineSet.contains(selected)) {
      Scene one =
          Scene.of(geo)
              .withSchools(
                  new SchoolSymbols(
                      Map.of(
                          selected,
                          SchoolMark.plain(
                              AgreementColours.of(o.agreement().getOrDefault(selected, fallback)))),
                      SchoolMark.plain(0),
                      false))
              .withSelection(sel)
              .withLabels(new LabelOptions(false, true, false))
              .withLayers(List.of(Layer.SCHOOLS, Layer.LABELS));
      Renderer.render(one, overStyle, vp, g, opts);
    }
    paintTags(g, vp, geo, mine, side == Side.LIST ? o.listLabels() : o.rankLabels(), sel);
  }

  /** Small tags (rank or tier) to the upper right of each school of this side. */
  private void paintTags(
      Graphics2D g0,
      Viewport vp,
      Geography geo,
      List<String> urns,
      Map<String, String> tags,
      Selection sel) {
    Graphics2D g = (Graphics2D) g0.create();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(TAG_FONT);
      FontMetrics fm = g.getFontMetrics();
      double offset = SIDE_RADIUS + 1;
      for (String u : urns) {
        String t = tags.get(u);
        School s = geo.schools().byUrn(u).orElse(null);
        if (t == null || t.isEmpty() || s == null || !s.hasLocation()) {
          continue;
        }
        double x = vp.toScreenX(s.location().getX()) + offset;
        double y = vp.toScreenY(s.location().getY()) - offset - fm.getAscent();
        if (x > vp.width() || y > vp.height() || x < -40 || y < -20) {
          continue;
        }
        int w = fm.stringWidth(t) + 6;
        int h = fm.getAscent() + 2;
        RoundRectangle2D box = new RoundRectangle2D.Double(x, y, w, h, 5, 5);
        boolean faded = sel.kind() != Selection.Kind.NONE && !sel.isSchool(u);
        g.setColor(new Color(255, 255, 255, faded ? 120 : 235));
        g.fill(box);
        g.setColor(new Color(0x33, 0x3a, 0x44, faded ? 110 : 255));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(box);
        g.drawString(t, (float) (x + 3), (float) (y + fm.getAscent()));
      }
    } finally {
      g.dispose();
    }
  }

  private static Selection selection(MapTarget t) {
    if (t == null) {
      return Selection.NONE;
    }
    return t.isSchool() ? Selection.school(t.id()) : Selection.ward(t.id());
  }
}
