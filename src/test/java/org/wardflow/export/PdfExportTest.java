package org.wardflow.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.WardLayer;
import org.wardflow.render.Caveat;
import org.wardflow.render.Layer;
import org.wardflow.render.Scene;
import org.wardflow.render.Style;
import org.wardflow.render.WardFills;

/**
 * PDF export read back with PDFBox: the statements every export carries are text (caveat, marking
 * at the top and the bottom, attribution, disclosure statement), the map is vector (no image), a
 * polygon's hole stays a hole, and no hidden count appears anywhere — checked cell by cell on the
 * table pages and as a token search over the whole document.
 */
class PdfExportTest {
  @TempDir static Path dir;
  static Geography geo;
  static PublishedTable table;
  static Path pdf;
  static ExportResult result;

  @BeforeAll
  static void export() throws IOException {
    geo = ExportFixtures.geography();
    table = ExportFixtures.published();
    MapPage map = ExportFixtures.mapPage();
    LayoutSpec tables = ExportFixtures.layout(table, geo).title("").subtitle("").build();
    pdf = dir.resolve("briefing.pdf");
    result =
        PdfDeckWriter.write(
            List.of(
                map,
                new TablePage(tables, ReportTable.cells(table, geo)),
                new TablePage(tables, ReportTable.wardTotals(table, geo)),
                new TablePage(tables, ReportTable.schoolTotals(table, geo))),
            ExportOptions.of(ExportFormat.PDF),
            pdf);
  }

  @Test
  void statementsAreTextOnEveryPage() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertEquals(result.sheets(), doc.getNumberOfPages());
      assertEquals(
          5, doc.getNumberOfPages(), "map, 37 cells on two sheets, ward and school totals");
      String all = PdfText.flat(doc);
      assertTrue(all.contains(Caveat.EXPLORATORY), "caveat");
      assertTrue(all.contains("Test flows by home ward and school"), "title");
      assertTrue(
          all.contains("Office for National Statistics licensed under the Open Government"),
          "ONS attribution: " + all);
      assertTrue(all.contains("Contains OS data © Crown copyright and database right 2025"), "OS");
      assertTrue(all.contains("Get Information About Schools"), "DfE attribution");
      assertTrue(all.contains(table.policy().statement()), "disclosure statement of the policy");
      assertTrue(all.contains("[c] hidden to protect small numbers"), "what [c] means");
      assertTrue(all.contains("Page 2 of 5"), "sheets are numbered");
      List<PdfText.Line> lines = PdfText.lines(doc);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        PDPage page = doc.getPage(p - 1);
        double h = page.getMediaBox().getHeight();
        int page1 = p;
        List<Double> tops =
            lines.stream()
                .filter(l -> l.page() == page1 && l.text().contains("OFFICIAL-SENSITIVE"))
                .map(PdfText.Line::top)
                .toList();
        assertTrue(tops.stream().anyMatch(t -> t < h * 0.1), "marking at the top of page " + p);
        assertTrue(tops.stream().anyMatch(t -> t > h * 0.9), "marking at the bottom of page " + p);
        assertTrue(
            lines.stream()
                .anyMatch(l -> l.page() == page1 && l.text().contains(Caveat.EXPLORATORY)),
            "caveat on page " + p);
      }
    }
  }

  @Test
  void theMapIsVectorWithEmbeddedFonts() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : doc.getPages()) {
        assertEquals(0, PdfText.images(page.getResources()), "no raster image on any page");
      }
      String info = doc.getDocumentInformation().getSubject();
      assertTrue(info.contains("OFFICIAL-SENSITIVE") && info.contains(Caveat.EXPLORATORY), info);
      // ward names drawn by the renderer are text too
      assertTrue(PdfText.flat(doc).contains("Ward A"));
    }
  }

  @Test
  void tableRowsShowPublishedValuesOnly() throws IOException {
    Set<String> suppressedRaw = new HashSet<>();
    int hidden = 0;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<PdfText.Line> lines = PdfText.lines(doc);
      for (int r = 0; r < table.wardCodes().size(); r++) {
        String ward = table.wardCodes().get(r);
        for (int i = table.rowStart(r); i < table.rowEnd(r); i++) {
          String urn = table.schoolUrns().get(table.column(i));
          List<PdfText.Line> row =
              lines.stream()
                  .filter(
                      l -> l.text().startsWith(ward + " ") && l.text().contains(" " + urn + " "))
                  .toList();
          assertEquals(
              1,
              row.size(),
              "one table row for "
                  + ward
                  + " → "
                  + urn
                  + ": "
                  + lines.stream().filter(l -> l.text().contains(ward)).toList());
          String[] tokens = row.get(0).text().trim().split("\\s+");
          String shown = tokens[tokens.length - 1];
          assertEquals(table.cell(i).label(table.policy().k()), shown, ward + " → " + urn);
          if (!table.cell(i).isPublished()) {
            hidden++;
            assertEquals("[c]", shown);
            suppressedRaw.add(Integer.toString(ExportFixtures.raw(ward, urn)));
          }
        }
      }
      assertTrue(hidden >= 10, "the fixture hides primary and secondary cells: " + hidden);
      assertTrue(
          table.summary().cellsSuppressedSecondary() > 0, "secondary suppression is exercised");
      // whole-document search for the distinctive raw values of hidden cells (≥ 20: none of them
      // is a published value, a year or a page number)
      Set<String> published = new HashSet<>();
      for (int i = 0; i < table.cellCount(); i++) {
        if (table.cell(i).isPublished()) {
          published.add(Integer.toString(table.cell(i).value()));
        }
      }
      List<String> tokens = new ArrayList<>(List.of(PdfText.flat(doc).split("[\\s(),:]+")));
      for (String raw : suppressedRaw) {
        if (Integer.parseInt(raw) >= 20 && !published.contains(raw)) {
          assertFalse(tokens.contains(raw), "hidden count " + raw + " appears in the PDF");
        }
      }
    }
  }

  @Test
  void hiddenTotalsAreNeverPrinted() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<PdfText.Line> lines = PdfText.lines(doc);
      int hidden = 0;
      for (int r = 0; r < table.wardCodes().size(); r++) {
        String ward = table.wardCodes().get(r);
        List<PdfText.Line> row =
            lines.stream()
                .filter(l -> l.text().startsWith(ward + " ") && l.text().contains("shire "))
                .toList();
        assertEquals(1, row.size(), ward);
        String[] tokens = row.get(0).text().trim().split("\\s+");
        assertEquals(table.wardTotal(r).label(5), tokens[tokens.length - 1], ward);
        hidden += table.wardTotal(r).isPublished() ? 0 : 1;
      }
      assertTrue(hidden > 0, "the island ward's total of 3 is hidden");
    }
  }

  @Test
  void polygonHolesStayHoles() throws IOException {
    // the ward with a hole alone (no island inside it): the hole must show the map background
    Geography g = ExportFixtures.geography();
    Geography donutOnly =
        new Geography(
            new WardLayer(
                "donut",
                g.wards().wards().stream()
                    .filter(w -> w.code().equals(ExportFixtures.DONUT))
                    .toList()),
            new SchoolLayer("none", List.of()),
            g.info());
    int fill = 0xFF1B9E77;
    Scene scene =
        Scene.of(donutOnly)
            .withWardFills(WardFills.of(java.util.Map.of(ExportFixtures.DONUT, fill)))
            .withLayers(List.of(Layer.WARDS));
    Envelope e = donutOnly.wards().extent();
    e.expandBy(100);
    LayoutSpec spec =
        LayoutSpec.builder().title("Hole").legend(null).scaleBar(false).northArrow(false).build();
    MapPage page = new MapPage(spec, scene, Style.standard(), e);
    Path out = dir.resolve("hole.pdf");
    ExportResult r = MapExporter.export(page, ExportOptions.of(ExportFormat.PDF), out);
    LayoutPainter.Geometry geom = r.maps().get(0);
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      float scale = 2f;
      BufferedImage img = new PDFRenderer(doc).renderImage(0, scale);
      double cx = geom.map().getCenterX();
      double cy = geom.map().getCenterY();
      double mpp = geom.metresPerPoint();
      int holeRgb = img.getRGB((int) (cx * scale), (int) (cy * scale)) & 0xFFFFFF;
      // a point in the ring of the ward, 250 m left of the centre
      int ringRgb = img.getRGB((int) ((cx - 250 / mpp) * scale), (int) (cy * scale)) & 0xFFFFFF;
      assertEquals(fill & 0xFFFFFF, ringRgb, "the ward is filled");
      assertNotEquals(fill & 0xFFFFFF, holeRgb, "its hole is not");
      assertEquals(
          Style.standard().background().getRGB() & 0xFFFFFF,
          holeRgb,
          "map background shows through");
    }
  }
}
