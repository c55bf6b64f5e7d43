package org.wardflow.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.wardflow.model.Ward;
import org.wardflow.render.Renderer;
import org.wardflow.render.Viewport;
import org.wardflow.render.WardFills;

/**
 * Where the layout puts things, and that every format shows the same map as the screen: the same
 * ground point carries the same ward colour in the screen render, the PNG and the PDF.
 */
class LayoutGeometryTest {
  @TempDir Path dir;

  static MapPage with(MapPage p, LayoutSpec s) {
    return new MapPage(s, p.scene(), p.style(), p.extent());
  }

  @Test
  void landscapeSheet() {
    MapPage page = ExportFixtures.mapPage();
    LayoutPainter.Geometry g = LayoutPainter.layout(page);
    double m = 10 * PaperSize.PT_PER_MM;
    Rectangle2D content =
        new Rectangle2D.Double(m, m, g.page().getWidth() - 2 * m, g.page().getHeight() - 2 * m);
    assertEquals(m, g.topBand().getY(), 1e-6, "marking band at the top margin");
    assertEquals(content.getMaxY(), g.bottomBand().getMaxY(), 1e-6, "and at the bottom");
    assertTrue(content.contains(g.map()), "map within the margins");
    assertTrue(g.legend().getX() > g.map().getMaxX(), "legend right of the map");
    assertFalse(g.legend().intersects(g.map()));
    assertFalse(g.notes().intersects(g.map()));
    // the extent asked for is shown whole and centred
    Envelope asked = page.extent();
    assertTrue(g.extent().covers(asked), g.extent() + " covers " + asked);
    assertEquals(asked.centre().x, g.extent().centre().x, 1e-6);
    assertEquals(asked.centre().y, g.extent().centre().y, 1e-6);
    assertEquals(g.map().getWidth() * g.metresPerPoint(), g.extent().getWidth(), 1e-6, "one scale");
    assertEquals(g.metresPerPoint() * 72 / 0.0254, g.scaleDenominator(), 1e-6);
  }

  @Test
  void portraitSheetPutsTheLegendUnderTheMap() {
    MapPage page = ExportFixtures.mapPage();
    MapPage portrait =
        with(page, page.layout().toBuilder().orientation(Orientation.PORTRAIT).build());
    LayoutPainter.Geometry g = LayoutPainter.layout(portrait);
    assertTrue(g.page().getHeight() > g.page().getWidth());
    assertTrue(g.legend().getY() >= g.map().getMaxY(), "legend below the map");
    assertTrue(g.notes().getY() >= g.legend().getMaxY(), "notes below the legend");
  }

  @Test
  void overviewOnlyWhenTheMapShowsPartOfTheArea() {
    MapPage page = ExportFixtures.mapPage();
    LayoutSpec withOverview = page.layout().toBuilder().overview(true).build();
    assertTrue(
        LayoutPainter.layout(with(page, withOverview)).overview().isEmpty(),
        "the whole area is on the map: no overview");
    Envelope part = new Envelope(page.extent());
    part.expandBy(-part.getWidth() * 0.3);
    LayoutPainter.Geometry g =
        LayoutPainter.layout(new MapPage(withOverview, page.scene(), page.style(), part));
    assertFalse(g.overview().isEmpty(), "zoomed in: an overview");
    assertFalse(g.overview().intersects(g.map()));
  }

  @Test
  void aSheetTooSmallForItsTextSaysSo() {
    MapPage page = ExportFixtures.mapPage();
    LayoutSpec tiny =
        page.layout().toBuilder()
            .paper(PaperSize.custom(60, 60))
            .marginMm(10)
            .notes("A long note. ".repeat(60))
            .build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LayoutPainter.layout(with(page, tiny)));
    assertTrue(e.getMessage().contains("leaves no room"), e.getMessage());
  }

  @Test
  void everyFormatShowsTheScreensMap() throws Exception {
    MapPage full = ExportFixtures.mapPage();
    // wards only, so no flow or label happens to cover the points checked
    MapPage page =
        new MapPage(
            full.layout(),
            full.scene().withLayers(java.util.List.of(org.wardflow.render.Layer.WARDS)),
            full.style(),
            full.extent());
    WardFills fills = page.scene().wardFills();
    // the screen: the page's extent in an 800 × 600 viewport
    Viewport screen = Viewport.fit(page.extent(), 800, 600, 0);
    BufferedImage onScreen = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB_PRE);
    Renderer.render(page.scene(), page.style(), screen, onScreen);
    int dpi = 150;
    BufferedImage png = MapExporter.renderImage(page, dpi, "");
    Path pdf = dir.resolve("m.pdf");
    ExportResult r = MapExporter.export(page, ExportOptions.of(ExportFormat.PDF), pdf);
    LayoutPainter.Geometry g = r.maps().get(0);
    BufferedImage pdfImg;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      pdfImg = new PDFRenderer(doc).renderImage(0, dpi / 72f);
    }
    int checked = 0;
    for (Ward w : page.scene().geography().wards().wards()) {
      if (fills.kindOf(w.code()) != WardFills.Kind.VALUE) {
        continue;
      }
      // a point well inside the ward, away from labels and flow ends
      Point p = w.geometry().buffer(-120).getInteriorPoint();
      if (p.isEmpty()) {
        continue;
      }
      int want = fills.argb().get(w.code()) & 0xFFFFFF;
      double px = g.map().getCenterX() + (p.getX() - g.extent().centre().x) / g.metresPerPoint();
      double py = g.map().getCenterY() - (p.getY() - g.extent().centre().y) / g.metresPerPoint();
      int sx = (int) screen.toScreenX(p.getX());
      int sy = (int) screen.toScreenY(p.getY());
      assertTrue(
          near(want, onScreen.getRGB(sx, sy)),
          w.code() + " on screen " + hex(onScreen.getRGB(sx, sy)));
      int ix = (int) (px * dpi / 72);
      int iy = (int) (py * dpi / 72);
      assertTrue(
          near(want, png.getRGB(ix, iy)), w.code() + " in the PNG " + hex(png.getRGB(ix, iy)));
      assertTrue(
          near(want, pdfImg.getRGB(ix, iy)),
          w.code() + " in the PDF " + hex(pdfImg.getRGB(ix, iy)));
      checked++;
    }
    assertTrue(checked >= 3, "wards checked: " + checked);
  }

  static boolean near(int a, int b) {
    for (int s = 0; s <= 16; s += 8) {
      if (Math.abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)) > 12) {
        return false;
      }
    }
    return true;
  }

  static String hex(int v) {
    return Integer.toHexString(v & 0xFFFFFF);
  }
}
