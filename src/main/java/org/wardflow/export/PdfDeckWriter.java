package org.wardflow.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.wardflow.render.Style;

/**
 * Writes pages — map layouts and tables, in any mix and any sheet sizes — into one PDF: a briefing
 * paper, or a committee deck of storyboard steps. Every page is vector (the map by the one
 * renderer; polygon holes stay holes), with text as text in an embedded subset of the export font,
 * so the document is searchable and prints sharply at any size. A table runs over as many sheets as
 * it needs; sheets are numbered "Page i of n". The document information carries the title, the
 * protective marking and the caveat; the record of settings ({@code <file>.manifest.json}) goes
 * beside the file.
 */
public final class PdfDeckWriter {
  private PdfDeckWriter() {}

  /**
   * Writes the pages to a PDF.
   *
   * @param pages map and table pages, in order (at least one)
   * @param options manifest details (the format is taken as PDF whatever it says)
   * @param out the file to write
   * @return what was written
   * @throws IOException when the file cannot be written (the message names it)
   * @throws IllegalArgumentException when there are no pages or a page cannot be laid out
   */
  public static ExportResult write(List<? extends Page> pages, ExportOptions options, Path out)
      throws IOException {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("A PDF needs at least one page; none was given.");
    }
    ExportOptions o = options.withFormat(ExportFormat.PDF);
    Path manifest = o.writeManifest() ? ExportManifest.pathFor(out) : null;
    String recordName = manifest == null ? "" : manifest.getFileName().toString();
    List<LayoutPainter.Geometry> maps = new ArrayList<>();
    byte[] bytes;
    int sheets;
    IPdfBoxGraphics2DFontTextDrawer fonts = null;
    try (PDDocument doc = new PDDocument()) {
      fonts = ExportFonts.pdfTextDrawer(doc);
      // number the sheets first: a table may need several
      List<Object> plans = new ArrayList<>();
      int total = 0;
      for (Page p : pages) {
        if (p instanceof TablePage tp) {
          TablePainter.Plan plan = TablePainter.plan(tp);
          plans.add(plan);
          total += plan.sheets();
        } else {
          plans.add(p);
          total++;
        }
      }
      sheets = total;
      int n = 0;
      for (Object plan : plans) {
        if (plan instanceof TablePainter.Plan tp) {
          for (int i = 0; i < tp.sheets(); i++) {
            n++;
            int sheet = i;
            String pageLabel = label(n, sheets);
            addPage(
                doc,
                fonts,
                tp.page.layout(),
                g -> TablePainter.paint(g, tp, sheet, recordName, pageLabel));
          }
        } else {
          MapPage mp = (MapPage) plan;
          n++;
          String pageLabel = label(n, sheets);
          addPage(
              doc,
              fonts,
              mp.layout(),
              g -> maps.add(LayoutPainter.paint(g, mp, 0, recordName, pageLabel)));
        }
      }
      info(doc, pages, o);
      ByteArrayOutputStream bos = new ByteArrayOutputStream(1 << 20);
      doc.save(bos);
      bytes = bos.toByteArray();
    } finally {
      if (fonts instanceof Closeable c) {
        // releases temporary font files, if any
        c.close();
      }
    }
    AtomicFiles.write(out, bytes);
    String hash = ExportManifest.sha256(bytes);
    if (manifest != null) {
      ExportManifest.write(manifest, ExportManifest.build(pages, maps, o, out, hash, sheets, null));
    }
    return new ExportResult(out, manifest, hash, sheets, maps);
  }

  /**
   * A sheet painted by its caller — e.g. a storyboard slide — rather than laid out from a {@link
   * LayoutSpec}.
   */
  public interface Sheet {
    /** Sheet width in points (1/72 inch). */
    double width();

    /** Sheet height in points. */
    double height();

    /** Paints the sheet onto a Graphics2D whose units are points, origin top-left. */
    void paint(Graphics2D g);
  }

  /**
   * Writes painted sheets into one PDF, with the same typeface embedding (text stays text) and
   * atomic replacement as {@link #write}. Paint text in a style passed through {@link
   * #withExportFont} so that it can be embedded; no manifest is written (the caller records its own
   * settings).
   *
   * @param out the file to write (replaced atomically)
   * @param title document title (metadata)
   * @param subject document subject, e.g. the marking and the caveat (metadata)
   * @param sheets the sheets in order (at least one)
   * @return the SHA-256 of the file written
   * @throws IOException when the file cannot be written (the message names it)
   * @throws IllegalArgumentException when there are no sheets
   */
  public static String writeSheets(
      Path out, String title, String subject, List<? extends Sheet> sheets) throws IOException {
    if (sheets.isEmpty()) {
      throw new IllegalArgumentException(
          "A PDF needs at least one page; none was given for " + out.toAbsolutePath() + ".");
    }
    byte[] bytes;
    IPdfBoxGraphics2DFontTextDrawer fonts = null;
    try (PDDocument doc = new PDDocument()) {
      fonts = ExportFonts.pdfTextDrawer(doc);
      for (Sheet s : sheets) {
        addPage(doc, fonts, (float) s.width(), (float) s.height(), s::paint);
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title == null || title.isBlank() ? "Wardflow export" : title);
      info.setSubject(subject == null ? "" : subject);
      info.setCreator("Wardflow " + AppVersion.get());
      info.setProducer("Wardflow " + AppVersion.get() + " (Apache PDFBox)");
      Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.UK);
      info.setCreationDate(cal);
      info.setModificationDate(cal);
      ByteArrayOutputStream bos = new ByteArrayOutputStream(1 << 20);
      doc.save(bos);
      bytes = bos.toByteArray();
    } finally {
      if (fonts instanceof Closeable c) {
        c.close();
      }
    }
    AtomicFiles.write(out, bytes);
    return ExportManifest.sha256(bytes);
  }

  /**
   * The style with the export typeface in place of a logical sans-serif family, so that text
   * painted with it is embedded in PDFs as text (a style naming another physical family keeps it).
   */
  public static Style withExportFont(Style style) {
    return ExportFonts.apply(style);
  }

  private static String label(int i, int n) {
    return n <= 1 ? "" : String.format(Locale.UK, "Page %d of %d", i, n);
  }

  /** Paints a page in points. */
  private interface Painter {
    void paint(PdfBoxGraphics2D g) throws IOException;
  }

  private static void addPage(
      PDDocument doc, IPdfBoxGraphics2DFontTextDrawer fonts, LayoutSpec spec, Painter painter)
      throws IOException {
    float w = (float) spec.paper().widthPt(spec.orientation());
    float h = (float) spec.paper().heightPt(spec.orientation());
    addPage(doc, fonts, w, h, painter);
  }

  private static void addPage(
      PDDocument doc, IPdfBoxGraphics2DFontTextDrawer fonts, float w, float h, Painter painter)
      throws IOException {
    PDPage page = new PDPage(new PDRectangle(w, h));
    doc.addPage(page);
    PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
    g.setFontTextDrawer(fonts);
    try {
      painter.paint(g);
    } finally {
      g.dispose();
    }
    PDFormXObject form = g.getXFormObject();
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.drawForm(form);
    }
  }

  private static void info(PDDocument doc, List<? extends Page> pages, ExportOptions o) {
    LayoutSpec first = pages.get(0).layout();
    PDDocumentInformation info = doc.getDocumentInformation();
    String title = first.title();
    if (title.isEmpty() && pages.get(0) instanceof TablePage tp) {
      title = tp.table().title();
    }
    info.setTitle(title.isEmpty() ? "Wardflow export" : title);
    Set<String> subject = new LinkedHashSet<>();
    Set<String> markings = new LinkedHashSet<>();
    for (Page p : pages) {
      if (!p.layout().marking().isEmpty()) {
        markings.add(p.layout().marking());
      }
      if (!p.layout().dataLabel().isEmpty()) {
        subject.add(p.layout().dataLabel());
      }
    }
    List<String> parts = new ArrayList<>(markings);
    parts.add(first.caveat().message());
    parts.addAll(subject);
    info.setSubject(String.join(" · ", parts));
    info.setKeywords(String.join(", ", parts));
    info.setCreator("Wardflow " + first.version());
    info.setProducer("Wardflow " + first.version() + " (Apache PDFBox)");
    ZonedDateTime now = ZonedDateTime.now(o.clock().withZone(ZoneOffset.UTC));
    Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.UK);
    cal.setTimeInMillis(now.toInstant().toEpochMilli());
    info.setCreationDate(cal);
    info.setModificationDate(cal);
  }
}
