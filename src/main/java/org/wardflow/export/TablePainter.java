package org.wardflow.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wardflow.render.Style;

/**
 * Paints a {@link TablePage} on one or more sheets, in points: the page chrome (marking top and
 * bottom, caveat, title, statements, footer) around a table with a repeated heading row, zebra
 * striping, figures right-aligned in tabular position, and a "rows a–b of n" caption. Each cell is
 * one {@code drawString}, so PDF text extraction returns the cells as written.
 */
final class TablePainter {
  static final float CELL_PT = 7.4f;
  static final double ROW = 11.2;
  static final double PAD = 4;
  private static final Color STRIPE = new Color(0xF2F3F5);

  private TablePainter() {}

  /** The chrome and the column plan of a table page. */
  static final class Plan {
    final TablePage page;
    final PageChrome chrome;
    final Font body;
    final Font head;
    final double[] widths;
    final int rowsPerSheet;
    final double headH;

    Plan(TablePage page, FontRenderContext frc) {
      this.page = page;
      LayoutSpec spec = titled(page);
      String fam = ExportFonts.family();
      List<Typeset.Paragraph> left = new ArrayList<>();
      left.add(
          PageChrome.note(
              fam,
              "Exploratory, not predictive.",
              "Published figures after disclosure control; they describe, they do not predict."));
      for (String n : page.table().notes()) {
        left.add(PageChrome.note(fam, "", n));
      }
      List<Typeset.Paragraph> right = new ArrayList<>();
      boolean first = true;
      for (String s : spec.sources()) {
        right.add(PageChrome.note(fam, first ? "Sources." : "", s));
        first = false;
      }
      this.chrome = PageChrome.layout(spec, Style.standard(), List.of(left, right), frc);
      this.body = Typeset.font(fam, Font.PLAIN, CELL_PT);
      this.head = Typeset.font(fam, Font.BOLD, CELL_PT);
      this.headH = ROW * 1.5;
      this.widths = widths(page.table(), chrome.body.getWidth(), frc);
      double avail = chrome.body.getHeight() - headH - ROW;
      this.rowsPerSheet = Math.max(1, (int) Math.floor(avail / ROW));
    }

    int sheets() {
      int n = page.table().rows().size();
      return Math.max(1, (n + rowsPerSheet - 1) / rowsPerSheet);
    }

    double[] widths(ReportTable t, double avail, FontRenderContext frc) {
      int n = t.columns().size();
      double[] natural = new double[n];
      for (int c = 0; c < n; c++) {
        natural[c] = Typeset.width(t.columns().get(c).header(), head, frc) + 2 * PAD;
      }
      int sample = Math.min(t.rows().size(), 5000);
      for (int r = 0; r < sample; r++) {
        List<String> row = t.rows().get(r);
        for (int c = 0; c < n; c++) {
          natural[c] = Math.max(natural[c], Typeset.width(row.get(c), body, frc) + 2 * PAD);
        }
      }
      double total = 0;
      double weights = 0;
      for (int c = 0; c < n; c++) {
        total += natural[c];
        if (!t.columns().get(c).numeric()) {
          weights += t.columns().get(c).weight();
        }
      }
      double[] w = natural.clone();
      double spare = avail - total;
      if (spare > 0) {
        // keep figures next to their labels: give at most a little to each column
        double give = Math.min(spare, avail * 0.25);
        for (int c = 0; c < n; c++) {
          double share =
              weights > 0
                  ? (t.columns().get(c).numeric() ? 0 : t.columns().get(c).weight() / weights)
                  : 1.0 / n;
          w[c] += give * share;
        }
      } else if (spare < 0) {
        // shrink text columns by weight (their text is shortened with an ellipsis)
        double need = -spare;
        double textTotal = 0;
        for (int c = 0; c < n; c++) {
          if (!t.columns().get(c).numeric()) {
            textTotal += natural[c];
          }
        }
        for (int c = 0; c < n; c++) {
          if (!t.columns().get(c).numeric() && textTotal > 0) {
            w[c] = Math.max(24, natural[c] - need * natural[c] / textTotal);
          }
        }
      }
      return w;
    }
  }

  static LayoutSpec titled(TablePage page) {
    LayoutSpec s = page.layout();
    String tableTitle = page.table().title();
    if (s.title().isEmpty()) {
      return s.toBuilder().title(tableTitle).build();
    }
    if (s.subtitle().isEmpty()) {
      return s.toBuilder().subtitle(tableTitle).build();
    }
    return s;
  }

  static Plan plan(TablePage page) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = scratch.createGraphics();
    try {
      LayoutPainter.prepare(g);
      return new Plan(page, g.getFontRenderContext());
    } finally {
      g.dispose();
    }
  }

  /** Paints sheet {@code sheet} (0-based) of the table page. */
  static void paint(Graphics2D g, Plan plan, int sheet, String recordName, String pageLabel) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      LayoutPainter.prepare(g2);
      g2.setColor(Color.WHITE);
      g2.fill(plan.chrome.page);
      plan.chrome.paint(g2, PageChrome.footerText(plan.chrome.spec, recordName), pageLabel);
      ReportTable t = plan.page.table();
      FontRenderContext frc = g2.getFontRenderContext();
      Rectangle2D body = plan.chrome.body;
      int from = sheet * plan.rowsPerSheet;
      int to = Math.min(t.rows().size(), from + plan.rowsPerSheet);
      double tableW = 0;
      for (double w : plan.widths) {
        tableW += w;
      }
      tableW = Math.min(tableW, body.getWidth());
      double x0 = body.getX();
      double y = body.getY();

      // heading row
      g2.setColor(PageChrome.INK);
      g2.setStroke(new BasicStroke(0.8f));
      double hb = y + plan.headH - 4;
      double x = x0;
      for (int c = 0; c < t.columns().size(); c++) {
        ReportTable.Column col = t.columns().get(c);
        String h = Typeset.fit(col.header(), plan.head, plan.widths[c] - 2 * PAD, frc);
        drawCell(g2, h, plan.head, PageChrome.INK, x, plan.widths[c], hb, col.numeric(), frc);
        x += plan.widths[c];
      }
      y += plan.headH;
      g2.setColor(PageChrome.INK);
      g2.draw(new Line2D.Double(x0, y, x0 + tableW, y));

      // rows
      for (int r = from; r < to; r++) {
        if ((r - from) % 2 == 1) {
          g2.setColor(STRIPE);
          g2.fill(new Rectangle2D.Double(x0, y, tableW, ROW));
        }
        double baseline = y + ROW * 0.72;
        x = x0;
        List<String> row = t.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
          ReportTable.Column col = t.columns().get(c);
          String s =
              col.numeric()
                  ? row.get(c)
                  : Typeset.fit(row.get(c), plan.body, plan.widths[c] - 2 * PAD, frc);
          drawCell(
              g2, s, plan.body, PageChrome.INK, x, plan.widths[c], baseline, col.numeric(), frc);
          x += plan.widths[c];
        }
        y += ROW;
      }
      g2.setColor(PageChrome.RULE);
      g2.setStroke(new BasicStroke(0.6f));
      g2.draw(new Line2D.Double(x0, y, x0 + tableW, y));
      if (t.rows().isEmpty()) {
        drawCell(
            g2, "No rows.", plan.body, PageChrome.MUTED, x0, tableW, y + ROW * 0.72, false, frc);
        y += ROW;
      }
      // caption
      Font cap = Typeset.font(plan.chrome.family, Font.PLAIN, 6.5f);
      String caption =
          t.rows().isEmpty()
              ? ""
              : String.format(Locale.UK, "Rows %,d–%,d of %,d", from + 1, to, t.rows().size());
      g2.setFont(cap);
      g2.setColor(PageChrome.MUTED);
      double cw = Typeset.width(caption, cap, frc);
      g2.drawString(caption, (float) (x0 + tableW - cw), (float) (y + 9));
    } finally {
      g2.dispose();
    }
  }

  private static void drawCell(
      Graphics2D g,
      String s,
      Font f,
      Color c,
      double x,
      double w,
      double baseline,
      boolean right,
      FontRenderContext frc) {
    if (s.isEmpty()) {
      return;
    }
    g.setFont(f);
    g.setColor(c);
    double tx = right ? x + w - PAD - Typeset.width(s, f, frc) : x + PAD;
    g.drawString(s, (float) tx, (float) baseline);
  }
}
