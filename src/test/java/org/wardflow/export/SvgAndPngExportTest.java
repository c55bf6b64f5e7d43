package org.wardflow.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wardflow.render.Caveat;
import org.wardflow.render.LegendClass;

/**
 * SVG parsed back as XML (text elements for the statements, vector paths for the wards, no images),
 * the PNG's size and stored resolution, and the record of settings beside each export.
 */
class SvgAndPngExportTest {
  @TempDir Path dir;

  static Document parse(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(svg.toFile());
  }

  static List<String> texts(Document doc) {
    NodeList n = doc.getElementsByTagNameNS("*", "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n.getLength(); i++) {
      out.add(n.item(i).getTextContent());
    }
    return out;
  }

  @Test
  void svgHasTextElementsAndVectorWards() throws Exception {
    MapPage page = ExportFixtures.mapPage();
    Path out = dir.resolve("map.svg");
    ExportResult r = MapExporter.export(page, ExportOptions.of(ExportFormat.SVG), out);
    Document doc = parse(out);
    Element root = doc.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals(
        297 * 72 / 25.4, Double.parseDouble(root.getAttribute("width").replace("pt", "")), 0.1);
    assertEquals(
        210 * 72 / 25.4, Double.parseDouble(root.getAttribute("height").replace("pt", "")), 0.1);
    assertTrue(root.getAttribute("width").endsWith("pt"), "A4 landscape in points");
    List<String> texts = texts(doc);
    assertTrue(texts.contains("Test flows by home ward and school"), "title: " + texts);
    assertEquals(
        2, texts.stream().filter(t -> t.equals("OFFICIAL-SENSITIVE")).count(), "marking twice");
    assertTrue(texts.stream().filter(t -> t.equals(Caveat.EXPLORATORY)).count() >= 2, "caveat");
    assertTrue(texts.contains("Ward A"), "ward names as text");
    String joined = String.join(" ", texts);
    assertTrue(joined.contains("Office for National Statistics"), "attribution");
    assertTrue(joined.contains("Counts of 1–4 suppressed"), "disclosure statement");
    assertEquals(0, doc.getElementsByTagNameNS("*", "image").getLength(), "no raster image");
    // every choropleth class is a vector fill of its colour
    NodeList paths = doc.getElementsByTagNameNS("*", "path");
    assertTrue(paths.getLength() > 20, "wards, edges, flows and symbols are paths");
    Set<String> fills = new HashSet<>();
    java.util.regex.Pattern fillRe = java.util.regex.Pattern.compile("fill:\\s*(rgb\\([^)]*\\))");
    for (int i = 0; i < paths.getLength(); i++) {
      // the fill is on the path or on an enclosing group
      for (org.w3c.dom.Node n = paths.item(i); n instanceof Element e; n = n.getParentNode()) {
        java.util.regex.Matcher mt = fillRe.matcher(e.getAttribute("style"));
        if (mt.find()) {
          fills.add(mt.group(1).replace(" ", ""));
          break;
        }
      }
    }
    LegendSpec legend = page.layout().legend();
    assertFalse(legend.classes().isEmpty());
    for (LegendClass c : legend.classes()) {
      String rgb =
          String.format(
              Locale.ROOT,
              "rgb(%d,%d,%d)",
              (c.argb() >> 16) & 0xFF,
              (c.argb() >> 8) & 0xFF,
              c.argb() & 0xFF);
      assertTrue(fills.contains(rgb), "a path filled " + rgb + " among " + fills);
    }
    assertEquals(r.sha256(), ExportManifest.sha256(Files.readAllBytes(out)));
  }

  @Test
  void svgTextKeepsItsExactSize() throws Exception {
    Path out = dir.resolve("sizes.svg");
    MapExporter.export(ExportFixtures.mapPage(), ExportOptions.of(ExportFormat.SVG), out);
    String svg = Files.readString(out);
    // 6.8 pt notes: drawn 100 times larger under a 1/100 scale, not rounded to 7 px
    assertTrue(svg.contains("font-size: 680px"), "note type keeps its size");
    assertFalse(svg.contains(">  ("), "no leading spaces that SVG would collapse");
  }

  @Test
  void pngHasTheSheetSizeAndResolution() throws Exception {
    Path out = dir.resolve("map.png");
    ExportResult r =
        MapExporter.export(
            ExportFixtures.mapPage(), ExportOptions.of(ExportFormat.PNG).withDpi(150), out);
    BufferedImage img = ImageIO.read(out.toFile());
    assertEquals(Math.round(297 / 25.4 * 150), img.getWidth(), "A4 landscape at 150 dpi");
    assertEquals(Math.round(210 / 25.4 * 150), img.getHeight());
    try (ImageInputStream in =
        ImageIO.createImageInputStream(new ByteArrayInputStream(Files.readAllBytes(out)))) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
      reader.setInput(in);
      IIOMetadataNode root =
          (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
      assertNotNull(phys, "resolution stored");
      assertEquals(
          Math.round(150 / 0.0254), Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis")));
      NodeList entries = root.getElementsByTagName("iTXtEntry");
      Map<String, String> text = new java.util.HashMap<>();
      for (int i = 0; i < entries.getLength(); i++) {
        Element e = (Element) entries.item(i);
        text.put(e.getAttribute("keyword"), e.getAttribute("text"));
      }
      assertEquals("OFFICIAL-SENSITIVE", text.get("Protective marking"));
      assertTrue(text.get("Description").contains(Caveat.EXPLORATORY));
    }
    assertEquals(r.sha256(), ExportManifest.sha256(Files.readAllBytes(out)));
  }

  @Test
  void aManifestRecordsTheSettings() throws IOException {
    Path out = dir.resolve("map.png");
    MapPage page = ExportFixtures.mapPage();
    ExportResult r =
        MapExporter.export(
            page,
            ExportOptions.of(ExportFormat.PNG)
                .withDpi(72)
                .withInputHashes(Map.of("flows.csv", "f00d", "wards.geojson", "beef")),
            out);
    assertEquals(dir.resolve("map.png.manifest.json"), r.manifest());
    JsonNode m = new ObjectMapper().readTree(r.manifest().toFile());
    assertEquals("png", m.get("format").asText());
    assertEquals(72, m.get("dpi").asInt());
    assertEquals(r.sha256(), m.get("sha256").asText());
    assertEquals("OFFICIAL-SENSITIVE", m.get("protectiveMarking").asText());
    assertEquals(Caveat.EXPLORATORY, m.get("caveat").asText());
    assertEquals("f00d", m.get("inputs").get("flows.csv").asText());
    JsonNode p = m.get("pages").get(0);
    assertEquals("map", p.get("kind").asText());
    assertEquals(5, p.get("policy").get("k").asInt());
    assertEquals(page.layout().policy().statement(), p.get("policy").get("statement").asText());
    assertEquals("[\"wards\",\"flows\",\"schools\",\"labels\"]", p.get("layers").toString());
    assertEquals(page.extent().getMinX(), p.get("requestedExtent").get("minX").asDouble(), 0.1);
    JsonNode shown = p.get("shownExtent");
    assertTrue(
        shown.get("minX").asDouble() <= page.extent().getMinX() + 0.1, "shows all asked for");
    assertTrue(shown.get("maxY").asDouble() >= page.extent().getMaxY() - 0.1);
    assertTrue(p.get("scale").asText().startsWith("1:"));
    assertEquals("EPSG:27700", p.get("crs").asText());
    assertFalse(m.toString().contains("\"raw\""), "no raw figures recorded");
    assertTrue(p.get("counts").get("flowsHidden").asInt() > 0);
  }

  @Test
  void withoutAManifestOnlyTheFileIsWritten() throws IOException {
    Path out = dir.resolve("plain.svg");
    ExportResult r =
        MapExporter.export(
            ExportFixtures.mapPage(), ExportOptions.of(ExportFormat.SVG).withManifest(false), out);
    assertEquals(null, r.manifest());
    try (var s = Files.list(dir)) {
      assertEquals(List.of(out), s.toList(), "no manifest, no temporary file left");
    }
  }
}
