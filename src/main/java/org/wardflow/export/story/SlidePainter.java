package org.wardflow.export.story;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.render.Caveat;
import org.wardflow.render.CaveatBand;
import org.wardflow.render.LegendPainter;
import org.wardflow.render.MapFurniture;
import org.wardflow.render.Renderer;
import org.wardflow.render.Style;
import org.wardflow.render.Viewport;

/**
 * Paints slides with Java2D: the map of a step through the one renderer with its legend, scale bar
 * and north arrow ({@link #paintMap}); and whole deck pages ({@link #paintPage}) with the marking
 * top and bottom, title, map, legend, the caveat band (marking, "Exploratory, not predictive",
 * SYNTHETIC/FICTIONAL), the disclosure statement, a floor notice when k was raised, and optionally
 * the speaker notes. Used by the presenter window (onto an image) and the deck export (onto PDF
 * pages), so both show the same thing.
 */
public final class SlidePainter {
  private static final Color INK = new Color(0x1A1A1A);
  private static final Color NOTICE = new Color(0x8A1C00);

  private SlidePainter() {}

  /**
   * The viewport showing a step's extent (or the whole geography) in a w × h area.
   *
   * @param view the step's view
   * @param extent the step's extent, or null for the study area
   */
  public static Viewport viewport(StepView view, Envelope extent, int w, int h) {
    Envelope env = extent != null ? extent : view.scene().geography().extent();
    return Viewport.fit(env, Math.max(1, w), Math.max(1, h), 0.03);
  }

  /**
   * Paints the map with legend (bottom-left), north arrow and scale bar (bottom-right) into (x, y,
   * w, h).
   */
  public static void paintMap(
      Graphics2D g, StepView view, Envelope extent, Style style, double x, double y, int w, int h) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.translate(x, y);
      g2.clip(new Rectangle2D.Double(0, 0, w, h));
      g2.setColor(style.background());
      g2.fill(new Rectangle2D.Double(0, 0, w, h));
      Viewport vp = viewport(view, extent, w, h);
      Renderer.render(view.scene(), style, vp, g2);
      double pad = 10 * style.fontScale();
      if (view.legend() != null) {
        Rectangle2D size = LegendPainter.measure(view.legend(), style, g2.getFontRenderContext());
        LegendPainter.paint(
            view.legend(), style, g2, pad, Math.max(pad, h - pad - size.getHeight()));
      }
      double arrowH = 40 * style.fontScale();
      MapFurniture.northArrow(g2, style, w - pad - arrowH / 2, pad, arrowH);
      double barW = Math.min(220 * style.fontScale(), w / 4.0);
      MapFurniture.scaleBar(g2, style, vp, w - pad - barW, h - pad - 30 * style.fontScale(), barW);
    } finally {
      g2.dispose();
    }
  }

  /**
   * Paints one deck page of w × h points.
   *
   * @param g target (PDF page or image)
   * @param shown the step as presented (policy, floor notice)
   * @param view what it draws (null when the step was refused)
   * @param style the presentation style
   * @param caveat marking, caveat and data label
   * @param statement the disclosure statement of the applied policy
   * @param withNotes whether the speaker notes are printed under the map
   */
  public static void paintPage(
      Graphics2D g,
      PresentationModel.Shown shown,
      StepView view,
      Style style,
      Caveat caveat,
      String statement,
      boolean withNotes,
      double w,
      double h) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setColor(Color.WHITE);
      g2.fill(new Rectangle2D.Double(0, 0, w, h));
      double margin = 24;
      String family = style.fontFamily();
      // Marking at the top, centred.
      double y = margin;
      if (!caveat.marking().isEmpty()) {
        Font mark = new Font(family, Font.BOLD, 12);
        y = centred(g2, mark, NOTICE, caveat.marking(), w, y) + 6;
      }
      Font titleFont = new Font(family, Font.BOLD, 22);
      g2.setFont(titleFont);
      g2.setColor(INK);
      y += titleFont.getSize2D();
      g2.drawString(shown.step().title(), (float) margin, (float) y);
      Font small = new Font(family, Font.PLAIN, 10);
      g2.setFont(small);
      String pos = shown.position();
      double pw = small.getStringBounds(pos, g2.getFontRenderContext()).getWidth();
      g2.drawString(pos, (float) (w - margin - pw), (float) y);
      y += 8;
      if (!shown.floorNotice().isEmpty()) {
        y = left(g2, new Font(family, Font.BOLD, 11), NOTICE, shown.floorNotice(), margin, y + 4);
      }
      Style bandStyle = Style.standard().toBuilder().fontFamily(family).build();
      double band = CaveatBand.height(bandStyle);
      double bottomMarking = caveat.marking().isEmpty() ? 0 : 18;
      double statementH = 26;
      String notesText = withNotes ? shown.step().notes() : "";
      double notesH = 0;
      if (!notesText.isEmpty()) {
        double perLine = Math.max(1, (w - 2 * margin) / 4.6);
        long lines = notesText.lines().mapToLong(l -> 1 + (long) (l.length() / perLine)).sum();
        notesH = Math.min(h * 0.2, 16 + 11.5 * lines);
      }
      double mapTop = y + 6;
      double mapBottom = h - margin - bottomMarking - band - statementH - notesH - 6;
      int mapW = (int) Math.round(w - 2 * margin);
      int mapH = (int) Math.max(40, mapBottom - mapTop);
      if (shown.publication().refused()) {
        left(
            g2,
            new Font(family, Font.PLAIN, 12),
            NOTICE,
            "Not shown: " + shown.publication().explanation(),
            margin,
            mapTop + 20);
      } else {
        // Draw the map at screen-like density: scale so type is legible on the page.
        double s = 0.6;
        Graphics2D gm = (Graphics2D) g2.create();
        try {
          gm.translate(margin, mapTop);
          gm.transform(AffineTransform.getScaleInstance(s, s));
          paintMap(
              gm, view, shown.step().extent(), style, 0, 0, (int) (mapW / s), (int) (mapH / s));
        } finally {
          gm.dispose();
        }
      }
      g2.setColor(new Color(0x999999));
      g2.draw(new Rectangle2D.Double(margin, mapTop, mapW, mapH));
      double ty = mapTop + mapH + 4;
      wrap(g2, new Font(family, Font.PLAIN, 9), statement, margin, ty, mapW, statementH);
      ty += statementH;
      if (notesH > 0) {
        ty = left(g2, new Font(family, Font.BOLD, 9), INK, "Speaker notes", margin, ty + 2);
        wrap(g2, new Font(family, Font.PLAIN, 9), notesText, margin, ty, mapW, notesH);
      }
      double bandY = h - margin - bottomMarking - band;
      CaveatBand.paint(g2, bandStyle, caveat, margin, bandY, w - 2 * margin);
      if (!caveat.marking().isEmpty()) {
        centred(g2, new Font(family, Font.BOLD, 12), NOTICE, caveat.marking(), w, bandY + band + 2);
      }
    } finally {
      g2.dispose();
    }
  }

  private static double centred(Graphics2D g, Font f, Color c, String s, double w, double top) {
    g.setFont(f);
    g.setColor(c);
    FontRenderContext frc = g.getFontRenderContext();
    double sw = f.getStringBounds(s, frc).getWidth();
    double base = top + f.getSize2D();
    g.drawString(s, (float) ((w - sw) / 2), (float) base);
    return base + 2;
  }

  private static double left(Graphics2D g, Font f, Color c, String s, double x, double top) {
    g.setFont(f);
    g.setColor(c);
    double base = top + f.getSize2D();
    g.drawString(s, (float) x, (float) base);
    return base + 2;
  }

  private static void wrap(
      Graphics2D g, Font f, String text, double x, double top, double width, double maxH) {
    g.setColor(INK);
    double y = top;
    for (String para : text.split("\n")) {
      if (para.isBlank()) {
        y += f.getSize2D();
        continue;
      }
      AttributedString as = new AttributedString(para);
      as.addAttribute(TextAttribute.FONT, f);
      LineBreakMeasurer m = new LineBreakMeasurer(as.getIterator(), g.getFontRenderContext());
      g.setFont(f);
      while (m.getPosition() < para.length()) {
        int start = m.getPosition();
        TextLayout line = m.nextLayout((float) width);
        y += line.getAscent();
        if (y > top + maxH) {
          return;
        }
        // drawString (not TextLayout.draw) so PDF output keeps the notes as extractable text.
        g.drawString(para.substring(start, m.getPosition()), (float) x, (float) y);
        y += line.getDescent() + line.getLeading();
      }
    }
  }
}
