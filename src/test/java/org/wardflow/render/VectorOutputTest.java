package org.wardflow.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Geography;

/**
 * The same renderer drawing onto vector Graphics2D implementations: JFreeSVG and PDFBox-graphics2d.
 * The output must be vector — paths and text elements, never an embedded raster image.
 */
class VectorOutputTest {
  static final Geography GEO = TinyWorld.geography();

  static Scene fullScene() {
    return Scene.of(GEO)
        .withWardFills(
            new WardFills(
                Map.of("W00", 0xFFD7301F, "W01", 0xFF2C7FB8, "W02", 0xFF31A354),
                Set.of("W11"),
                Set.of("W12")))
        .withFlows(
            List.of(
                new Flow("W00", "200", PublishedValue.published(40)),
                new Flow("W10", "300", PublishedValue.published(12)),
                new Flow("W01", "400", PublishedValue.hidden(CellStatus.SUPPRESSED_PRIMARY))));
  }

  @Test
  void svgIsVectorWithTextAsText() {
    Viewport vp = TinyWorld.gridViewport();
    SVGGraphics2D svg = new SVGGraphics2D(vp.width(), vp.height());
    RenderResult r = Renderer.render(fullScene(), Style.standard(), vp, svg);
    assertTrue(r.completed());
    String doc = svg.getSVGElement();
    assertTrue(count(doc, "<path") >= 6, "wards, edges, flows and symbols are paths");
    assertTrue(doc.contains("<text"), "labels are text elements");
    assertTrue(doc.contains(">Ward 00<"), "a ward name as text");
    assertTrue(doc.contains("clip-path"), "hatching is clipped vector lines");
    assertTrue(doc.contains("stroke-dasharray"), "hidden flows are dashed strokes");
    assertFalse(doc.contains("<image"), "no raster images");
  }

  @Test
  void legendAndFurnitureAreVectorToo() {
    SVGGraphics2D svg = new SVGGraphics2D(600, 600);
    Style st = Style.standard();
    Scene scene = fullScene();
    Legend legend =
        Legend.forScene(
            scene,
            st,
            "CYP living in ward",
            List.of(
                new LegendClass(0xFFD7301F, "1 – 10", 1),
                new LegendClass(0xFF2C7FB8, "11 – 40", 2)),
            "CYP, home ward → school");
    // the legend's counts and parts come from the scene as drawn
    assertEquals(1, legend.noDataCount());
    assertEquals(1, legend.suppressedCount());
    assertTrue(legend.hiddenFlows());
    assertEquals(4, legend.shapes().size());
    assertEquals(40, legend.flowLargest(), 1e-9);
    java.awt.geom.Rectangle2D measured =
        LegendPainter.measure(legend, st, svg.getFontRenderContext());
    java.awt.geom.Rectangle2D painted = LegendPainter.paint(legend, st, svg, 10, 10);
    assertEquals(measured.getWidth(), painted.getWidth(), 1e-6, "measure = paint");
    assertEquals(measured.getHeight(), painted.getHeight(), 1e-6);
    MapFurniture.scaleBar(svg, st, TinyWorld.gridViewport(), 10, 500, 200);
    MapFurniture.northArrow(svg, st, 500, 450, 60);
    CaveatBand.paint(
        svg, st, new Caveat("OFFICIAL-SENSITIVE", Caveat.EXPLORATORY, "SYNTHETIC"), 0, 570, 600);
    String doc = svg.getSVGElement();
    assertTrue(doc.contains(">11 – 40<"));
    // secondary suppression hides figures of k or more too: the entry must not say "fewer than k"
    assertTrue(doc.contains(">Suppressed: counts of 1–4<"), "the suppressed entry");
    assertTrue(doc.contains(">and totals that would reveal them<"), "secondary suppression");
    assertFalse(doc.contains("fewer than"));
    assertTrue(doc.contains(">No data<"));
    assertTrue(doc.contains(">Exploratory, not predictive<"));
    assertTrue(doc.contains(">SYNTHETIC<"));
    assertTrue(doc.contains(">OFFICIAL-SENSITIVE<"));
    assertTrue(doc.contains(">N<"));
    assertTrue(doc.contains(">Primary<") && doc.contains(">Secondary<"));
    assertFalse(doc.contains("<image"));
  }

  @Test
  void pdfIsVectorWithExtractableText() throws IOException {
    Viewport vp = TinyWorld.gridViewport();
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(vp.width(), vp.height()));
      doc.addPage(page);
      PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, vp.width(), vp.height());
      g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
      Renderer.render(fullScene(), Style.standard(), vp, g);
      g.dispose();
      PDFormXObject form = g.getXFormObject();
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawForm(form);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Ward 00"), "text is text: " + text);
      assertEquals(0, images(doc.getPage(0).getResources()), "no raster images");
    }
  }

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

  static int count(String s, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
