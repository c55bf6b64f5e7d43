package org.wardflow.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** PDF inspection for tests: text lines with their page and height, and image counting. */
final class PdfText {
  /** A line of extracted text: page (1-based), top of the line in points from the page top. */
  record Line(int page, double top, String text) {}

  private PdfText() {}

  /** Every text line of the document, in reading order, with positions. */
  static List<Line> lines(PDDocument doc) throws IOException {
    List<Line> out = new ArrayList<>();
    PDFTextStripper s =
        new PDFTextStripper() {
          final StringBuilder line = new StringBuilder();
          double top = Double.NaN;

          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            if (Double.isNaN(top) && !positions.isEmpty()) {
              top = positions.get(0).getYDirAdj();
            }
            line.append(text);
          }

          @Override
          protected void writeWordSeparator() {
            line.append(' ');
          }

          @Override
          protected void writeLineSeparator() {
            flush();
          }

          @Override
          protected void writePageEnd() {
            flush();
          }

          void flush() {
            if (line.length() > 0) {
              out.add(new Line(getCurrentPageNo(), Double.isNaN(top) ? 0 : top, line.toString()));
            }
            line.setLength(0);
            top = Double.NaN;
          }
        };
    s.setSortByPosition(true);
    s.getText(doc);
    return out;
  }

  /** All text with whitespace (including line breaks) collapsed to single spaces. */
  static String flat(PDDocument doc) throws IOException {
    return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
  }

  /** Raster images in the resources, looking inside form XObjects. */
  static int images(PDResources res) throws IOException {
    if (res == null) {
      return 0;
    }
    int n = 0;
    for (COSName name : res.getXObjectNames()) {
      PDXObject x = res.getXObject(name);
      if (x instanceof PDImageXObject) {
        n++;
      } else if (x instanceof PDFormXObject f) {
        n += images(f.getResources());
      }
    }
    return n;
  }
}
