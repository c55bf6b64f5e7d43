package org.wardflow.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wardflow.render.Caveat;
import org.wardflow.render.CaveatBand;
import org.wardflow.render.Style;

/**
 * The frame every exported page shares, in points: the caveat band with the protective marking at
 * the top and again at the bottom (the render package's {@link CaveatBand}), the title block
 * (title, subtitle, date), the notes block (statements in one or two columns of small type) and the
 * footer line (application, version and date on the left, page number on the right). What remains
 * in between is the body, where the map or table goes.
 */
final class PageChrome {
  static final Color INK = new Color(0x1F2328);
  static final Color MUTED = new Color(0x5C626D);
  static final Color RULE = new Color(0xAEB4BE);
  static final float TITLE_PT = 15.5f;
  static final float SUBTITLE_PT = 10f;
  static final float DATE_PT = 8f;
  static final float NOTE_PT = 6.8f;
  static final float FOOTER_PT = 6.3f;
  static final double GAP = 7;

  final LayoutSpec spec;
  final String family;
  final Style bandStyle;
  final Rectangle2D page;
  final Rectangle2D content;
  final Rectangle2D topBand;
  final Rectangle2D titleBlock;
  final Rectangle2D body;
  final Rectangle2D notes;
  final Rectangle2D footer;
  final Rectangle2D bottomBand;
  final List<List<Typeset.Paragraph>> columns;
  final List<Typeset.Line> titleLines;
  final List<Typeset.Line> subtitleLines;
  final Typeset.Paragraph titleParagraph;
  final Typeset.Paragraph subtitleParagraph;

  private PageChrome(
      LayoutSpec spec,
      String family,
      Style bandStyle,
      Rectangle2D page,
      Rectangle2D content,
      Rectangle2D topBand,
      Rectangle2D titleBlock,
      Rectangle2D body,
      Rectangle2D notes,
      Rectangle2D footer,
      Rectangle2D bottomBand,
      List<List<Typeset.Paragraph>> columns,
      Typeset.Paragraph titleParagraph,
      List<Typeset.Line> titleLines,
      Typeset.Paragraph subtitleParagraph,
      List<Typeset.Line> subtitleLines) {
    this.spec = spec;
    this.family = family;
    this.bandStyle = bandStyle;
    this.page = page;
    this.content = content;
    this.topBand = topBand;
    this.titleBlock = titleBlock;
    this.body = body;
    this.notes = notes;
    this.footer = footer;
    this.bottomBand = bottomBand;
    this.columns = columns;
    this.titleParagraph = titleParagraph;
    this.titleLines = titleLines;
    this.subtitleParagraph = subtitleParagraph;
    this.subtitleLines = subtitleLines;
  }

  /** The style the caveat band is painted with on paper (type about 8 pt). */
  static Style bandStyle(Style mapStyle) {
    return ExportFonts.apply(mapStyle).scaled(0.75);
  }

  /**
   * Lays out the chrome of a page.
   *
   * @param spec the page design
   * @param mapStyle the style of the map (the band takes its type family)
   * @param columns paragraphs of the notes block, one list per column (empty lists are dropped)
   * @param frc font metrics
   */
  static PageChrome layout(
      LayoutSpec spec,
      Style mapStyle,
      List<List<Typeset.Paragraph>> columns,
      FontRenderContext frc) {
    String family = ExportFonts.family();
    Style band = bandStyle(mapStyle);
    double w = spec.paper().widthPt(spec.orientation());
    double h = spec.paper().heightPt(spec.orientation());
    double m = spec.marginMm() * PaperSize.PT_PER_MM;
    Rectangle2D page = new Rectangle2D.Double(0, 0, w, h);
    Rectangle2D content = new Rectangle2D.Double(m, m, w - 2 * m, h - 2 * m);
    double bandH = CaveatBand.height(band);
    Rectangle2D top = new Rectangle2D.Double(m, m, content.getWidth(), bandH);
    Rectangle2D bottom = new Rectangle2D.Double(m, h - m - bandH, content.getWidth(), bandH);

    // title block: title (up to two lines) and subtitle, the date on the right
    Font dateFont = Typeset.font(family, Font.PLAIN, DATE_PT);
    double dateW = Typeset.width(dateText(spec), dateFont, frc);
    double titleW = content.getWidth() - dateW - 3 * GAP;
    Typeset.Paragraph tp =
        new Typeset.Paragraph(
            List.of(new Typeset.Run(spec.title(), Typeset.font(family, Font.BOLD, TITLE_PT), INK)),
            TITLE_PT * 1.18,
            0);
    List<Typeset.Line> tl = limit(Typeset.wrap(tp, titleW, frc), 2);
    Typeset.Paragraph sp =
        new Typeset.Paragraph(
            List.of(
                new Typeset.Run(
                    spec.subtitle(), Typeset.font(family, Font.PLAIN, SUBTITLE_PT), MUTED)),
            SUBTITLE_PT * 1.3,
            0);
    List<Typeset.Line> sl = limit(Typeset.wrap(sp, titleW, frc), 2);
    double titleH = tl.size() * tp.leading() + sl.size() * sp.leading();
    titleH = Math.max(titleH, DATE_PT * 1.4);
    Rectangle2D titleBlock =
        new Rectangle2D.Double(m, top.getMaxY() + GAP, content.getWidth(), titleH);

    // footer and notes, from the bottom up
    double footerH = FOOTER_PT * 2.0;
    Rectangle2D footer =
        new Rectangle2D.Double(m, bottom.getY() - footerH - 2, content.getWidth(), footerH);
    List<List<Typeset.Paragraph>> cols = new ArrayList<>();
    for (List<Typeset.Paragraph> c : columns) {
      if (!c.isEmpty()) {
        cols.add(List.copyOf(c));
      }
    }
    double colGap = 4 * GAP;
    double colW =
        cols.isEmpty()
            ? content.getWidth()
            : (content.getWidth() - colGap * (cols.size() - 1)) / cols.size();
    double notesH = 0;
    for (List<Typeset.Paragraph> c : cols) {
      double ch = 0;
      for (Typeset.Paragraph p : c) {
        ch += Typeset.height(p, colW, frc);
      }
      notesH = Math.max(notesH, ch);
    }
    Rectangle2D notes =
        new Rectangle2D.Double(
            m, footer.getY() - notesH - (notesH > 0 ? GAP * 0.5 : 0), content.getWidth(), notesH);
    double bodyTop = titleBlock.getMaxY() + GAP * 1.6;
    double bodyBottom = notes.getY() - GAP * 1.4;
    if (bodyBottom - bodyTop < 40) {
      throw new IllegalArgumentException(
          "The sheet ("
              + spec.paper().name()
              + " "
              + spec.orientation().name().toLowerCase(Locale.ROOT)
              + ", margins "
              + spec.marginMm()
              + " mm) leaves no room for the map or table under the title and notes;"
              + " use a larger sheet, smaller margins or shorter notes.");
    }
    Rectangle2D body = new Rectangle2D.Double(m, bodyTop, content.getWidth(), bodyBottom - bodyTop);
    return new PageChrome(
        spec,
        family,
        band,
        page,
        content,
        top,
        titleBlock,
        body,
        notes,
        footer,
        bottom,
        cols,
        tp,
        tl,
        sp,
        sl);
  }

  private static List<Typeset.Line> limit(List<Typeset.Line> lines, int n) {
    return lines.size() <= n ? lines : lines.subList(0, n);
  }

  static String dateText(LayoutSpec spec) {
    return spec.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
  }

  /** Paints the bands, the title block, the notes and the footer. */
  void paint(Graphics2D g, String footerLeft, String footerRight) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      Caveat caveat = spec.caveat();
      CaveatBand.paint(g2, bandStyle, caveat, topBand.getX(), topBand.getY(), topBand.getWidth());
      CaveatBand.paint(
          g2, bandStyle, caveat, bottomBand.getX(), bottomBand.getY(), bottomBand.getWidth());

      // title block
      double y = titleBlock.getY();
      double baseline = y + titleParagraph.leading() * 0.8;
      for (Typeset.Line l : titleLines) {
        drawLine(g2, l, titleBlock.getX(), baseline);
        baseline += titleParagraph.leading();
      }
      baseline =
          y + titleLines.size() * titleParagraph.leading() + subtitleParagraph.leading() * 0.8;
      for (Typeset.Line l : subtitleLines) {
        drawLine(g2, l, titleBlock.getX(), baseline);
        baseline += subtitleParagraph.leading();
      }
      Font dateFont = Typeset.font(family, Font.PLAIN, DATE_PT);
      String date = dateText(spec);
      double dw = Typeset.width(date, dateFont, g2.getFontRenderContext());
      g2.setFont(dateFont);
      g2.setColor(MUTED);
      g2.drawString(
          date,
          (float) (titleBlock.getMaxX() - dw),
          (float) (y + (titleLines.isEmpty() ? DATE_PT : titleParagraph.leading() * 0.8)));
      g2.setColor(RULE);
      g2.setStroke(new BasicStroke(0.5f));
      double ruleY = titleBlock.getMaxY() + GAP * 0.8;
      g2.draw(new Line2D.Double(content.getX(), ruleY, content.getMaxX(), ruleY));

      // notes in columns
      if (!columns.isEmpty()) {
        double colGap = 4 * GAP;
        double colW = (content.getWidth() - colGap * (columns.size() - 1)) / columns.size();
        double x = notes.getX();
        for (List<Typeset.Paragraph> c : columns) {
          double cy = notes.getY();
          for (Typeset.Paragraph p : c) {
            cy = Typeset.draw(g2, p, x, cy, colW);
          }
          x += colW + colGap;
        }
      }

      // footer
      g2.setColor(RULE);
      g2.setStroke(new BasicStroke(0.5f));
      g2.draw(new Line2D.Double(content.getX(), footer.getY(), content.getMaxX(), footer.getY()));
      Font ff = Typeset.font(family, Font.PLAIN, FOOTER_PT);
      g2.setFont(ff);
      g2.setColor(MUTED);
      float fb = (float) (footer.getY() + FOOTER_PT * 1.45);
      g2.drawString(footerLeft, (float) footer.getX(), fb);
      if (footerRight != null && !footerRight.isEmpty()) {
        double rw = Typeset.width(footerRight, ff, g2.getFontRenderContext());
        g2.drawString(footerRight, (float) (footer.getMaxX() - rw), fb);
      }
    } finally {
      g2.dispose();
    }
  }

  private static void drawLine(Graphics2D g, Typeset.Line l, double x, double baseline) {
    for (Typeset.Piece p : l.pieces()) {
      g.setFont(p.font());
      g.setColor(p.color());
      g.drawString(
          p.text().stripLeading(),
          (float)
              (x
                  + p.x()
                  + (p.text().startsWith(" ")
                      ? Typeset.width(" ", p.font(), g.getFontRenderContext())
                      : 0)),
          (float) baseline);
    }
  }

  /** A paragraph with a bold lead-in ("Disclosure control.") and plain text, in note type. */
  static Typeset.Paragraph note(String family, String lead, String text) {
    List<Typeset.Run> runs = new ArrayList<>();
    if (lead != null && !lead.isEmpty()) {
      runs.add(new Typeset.Run(lead + " ", Typeset.font(family, Font.BOLD, NOTE_PT), INK));
    }
    runs.add(new Typeset.Run(text, Typeset.font(family, Font.PLAIN, NOTE_PT), INK));
    return new Typeset.Paragraph(runs, NOTE_PT * 1.38, NOTE_PT * 0.55);
  }

  /** The standard footer text: application, version, date and the record of settings. */
  static String footerText(LayoutSpec spec, String recordName) {
    String s =
        "Produced with Wardflow "
            + spec.version()
            + " on "
            + spec.date()
            + (spec.dataLabel().isEmpty() ? "" : " · " + spec.dataLabel() + " data");
    return recordName == null || recordName.isEmpty()
        ? s
        : s + " · Record of settings: " + recordName;
  }
}
