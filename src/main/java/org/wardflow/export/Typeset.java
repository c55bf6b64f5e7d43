package org.wardflow.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Paragraph setting for page text: runs of text in a font and colour, wrapped greedily at spaces to
 * a width and drawn with {@code drawString} (one call per run per line), so SVG and PDF keep the
 * text as text. Widths come from the same font metrics the painters use.
 */
final class Typeset {
  /** A piece of text in one font and colour. */
  record Run(String text, Font font, Color color) {}

  /** A paragraph: runs, line height and space after. */
  record Paragraph(List<Run> runs, double leading, double spaceAfter) {
    Paragraph {
      runs = List.copyOf(runs);
    }
  }

  /** One laid-out line: pieces with their x offsets. */
  record Line(List<Piece> pieces, double width) {}

  /** Text of one font on a line at an x offset. */
  record Piece(String text, Font font, Color color, double x) {}

  private Typeset() {}

  static Font font(String family, int style, float size) {
    return new Font(family, style, 1).deriveFont(size);
  }

  static double width(String s, Font f, FontRenderContext frc) {
    return s.isEmpty() ? 0 : f.getStringBounds(s, frc).getWidth();
  }

  /** A word and whether a space separates it from the word before. */
  private record Word(String text, Font font, Color color, boolean spaceBefore) {}

  /** Wraps a paragraph to the width; a word longer than the width gets a line of its own. */
  static List<Line> wrap(Paragraph p, double maxWidth, FontRenderContext frc) {
    List<Word> words = new ArrayList<>();
    boolean pendingSpace = false;
    for (Run r : p.runs()) {
      String[] parts = r.text().split(" ", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          pendingSpace = true;
        }
        if (!parts[i].isEmpty()) {
          words.add(new Word(parts[i], r.font(), r.color(), pendingSpace));
          pendingSpace = false;
        }
      }
    }
    List<Line> lines = new ArrayList<>();
    List<Piece> pieces = new ArrayList<>();
    double x = 0;
    for (Word w : words) {
      double ww = width(w.text(), w.font(), frc);
      double gap = pieces.isEmpty() || !w.spaceBefore() ? 0 : width(" ", w.font(), frc);
      if (!pieces.isEmpty() && x + gap + ww > maxWidth) {
        lines.add(new Line(merge(pieces), x));
        pieces = new ArrayList<>();
        x = 0;
        gap = 0;
      }
      pieces.add(new Piece((gap > 0 ? " " : "") + w.text(), w.font(), w.color(), x));
      x += gap + ww;
    }
    if (!pieces.isEmpty()) {
      lines.add(new Line(merge(pieces), x));
    }
    return lines;
  }

  /** Joins neighbouring pieces of the same font and colour into one string. */
  private static List<Piece> merge(List<Piece> in) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : in) {
      if (!out.isEmpty()) {
        Piece last = out.get(out.size() - 1);
        if (last.font().equals(p.font()) && last.color().equals(p.color())) {
          out.set(out.size() - 1, new Piece(last.text() + p.text(), p.font(), p.color(), last.x()));
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  /** Height of a paragraph set to the width (lines × leading + space after). */
  static double height(Paragraph p, double maxWidth, FontRenderContext frc) {
    return wrap(p, maxWidth, frc).size() * p.leading() + p.spaceAfter();
  }

  /**
   * Draws a paragraph with its first line's top at y.
   *
   * @return the y below the paragraph (including its space after)
   */
  static double draw(Graphics2D g, Paragraph p, double x, double y, double maxWidth) {
    FontRenderContext frc = g.getFontRenderContext();
    double baseline = y + p.leading() * 0.78;
    for (Line line : wrap(p, maxWidth, frc)) {
      for (Piece piece : line.pieces()) {
        g.setFont(piece.font());
        g.setColor(piece.color());
        String t = piece.text();
        double dx = 0;
        if (t.startsWith(" ")) {
          dx = width(" ", piece.font(), frc);
          t = t.substring(1);
        }
        g.drawString(t, (float) (x + piece.x() + dx), (float) baseline);
      }
      baseline += p.leading();
    }
    return y + height(p, maxWidth, frc);
  }

  /** Shortens a single line of text with an ellipsis to fit the width. */
  static String fit(String s, Font f, double maxWidth, FontRenderContext frc) {
    if (width(s, f, frc) <= maxWidth) {
      return s;
    }
    String e = "…";
    int lo = 0;
    int hi = s.length();
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (width(s.substring(0, mid).stripTrailing() + e, f, frc) <= maxWidth) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return s.substring(0, lo).stripTrailing() + e;
  }
}
