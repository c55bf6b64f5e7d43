package org.wardflow.export.story;

import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.wardflow.export.PdfDeckWriter;

/**
 * Writes a multi-page document (a presentation deck) from pages painted with Java2D. {@link #pdf()}
 * is the built-in PDF implementation, through the export package's {@link PdfDeckWriter} (embedded
 * typeface, text as text, atomic replacement).
 */
@FunctionalInterface
public interface DeckWriter {

  /**
   * One page.
   *
   * @param width page width in points (1/72 inch)
   * @param height page height in points
   * @param painter paints the page onto a Graphics2D whose units are points, origin top-left
   */
  record Page(double width, double height, Consumer<Graphics2D> painter)
      implements PdfDeckWriter.Sheet {
    /** Validates. */
    public Page {
      if (!(width > 0 && height > 0)) {
        throw new IllegalArgumentException("page size must be positive");
      }
      Objects.requireNonNull(painter, "painter");
    }

    @Override
    public void paint(Graphics2D g) {
      painter.accept(g);
    }
  }

  /** The PDF deck writer: vector pages, the export typeface embedded so text stays text. */
  static DeckWriter pdf() {
    return (out, title, pages) -> PdfDeckWriter.writeSheets(out, title, "", pages);
  }

  /**
   * Writes the pages to a file (replacing it).
   *
   * @param out target file
   * @param title document title (metadata)
   * @param pages the pages in order
   */
  void write(Path out, String title, List<Page> pages) throws IOException;
}
