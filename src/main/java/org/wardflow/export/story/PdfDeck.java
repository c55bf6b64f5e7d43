package org.wardflow.export.story;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Writes decks as vector PDF (PDFBox): every page painted through a PDF Graphics2D, text kept as
 * text where the standard PDF fonts can encode it. The file is written to a temporary file and
 * moved into place, so a failed export never leaves half a deck.
 */
public final class PdfDeck implements DeckWriter {

  @Override
  public void write(Path out, String title, List<Page> pages) throws IOException {
    if (pages.isEmpty()) {
      throw new IOException("There are no pages to write to " + out.toAbsolutePath() + ".");
    }
    Path abs = out.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
    try {
      try (PDDocument doc = new PDDocument()) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Wardflow");
        info.setCreationDate(Calendar.getInstance());
        for (Page p : pages) {
          PDPage page = new PDPage(new PDRectangle((float) p.width(), (float) p.height()));
          doc.addPage(page);
          PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) p.width(), (float) p.height());
          g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
          try {
            p.painter().accept(g);
          } finally {
            g.dispose();
          }
          PDFormXObject form = g.getXFormObject();
          try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawForm(form);
          }
        }
        doc.save(tmp.toFile());
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
