package org.wardflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** The commands on the built-in FICTIONAL demo and its committed files under {@code maps/}. */
class CliDemoTest {
  private static final String GPKG = "maps/demo.gpkg";
  private static final String CYP = "maps/demo_cyp_flows.csv";
  private static final String PUPILS = "maps/demo_pupil_flows.csv";
  private static final String LIST = "maps/demo_vru_list.csv";

  @TempDir Path tmp;

  @Test
  void renderRepeatPrintsOneTimePerDrawingAndWritesTheImage() throws IOException {
    Path png = tmp.resolve("demo.png");
    CliRun r =
        CliRun.of(
            "render", "--demo", "--size", "640x360", "--repeat", "2", "--out", png.toString());
    assertEquals(Cli.OK, r.code(), r.describe());
    List<String> times = r.outLines("render_ms=");
    assertEquals(3, times.size(), r.describe());
    for (String t : times) {
      double ms = Double.parseDouble(t.substring("render_ms=".length()));
      assertTrue(ms > 0 && ms < 60_000, t);
    }
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(640, img.getWidth());
    assertEquals(360, img.getHeight());
    assertTrue(distinctColours(img) > 50, "a drawn map, not a blank image");
    // the caveat band (dark) spans the top and bottom rows; the map background lies between
    int band = 0x26292F;
    assertEquals(band, img.getRGB(320, 2) & 0xFFFFFF, "top caveat band");
    assertEquals(band, img.getRGB(320, 357) & 0xFFFFFF, "bottom caveat band");
    Map<String, String> text = pngText(png);
    assertTrue(text.get("Disclaimer").contains("FICTIONAL · SYNTHETIC"), text.toString());
    assertTrue(text.get("Disclaimer").contains("Exploratory, not predictive"), text.toString());
    assertTrue(text.get("Comment").contains("Counts of 1–4 suppressed"), text.toString());
    assertTrue(r.out().contains("FICTIONAL · SYNTHETIC"), r.describe());
  }

  @Test
  void renderWithoutRepeatPrintsNoTimesAndTheMeasureChangesTheMap() throws IOException {
    Path count = tmp.resolve("count.png");
    Path rate = tmp.resolve("rate.png");
    CliRun a = CliRun.of("render", "--demo", "--size", "480x320", "--out", count.toString());
    CliRun b =
        CliRun.of(
            "render",
            "--demo",
            "--size",
            "480x320",
            "--measure",
            "share",
            "--palette",
            "Blues",
            "--out",
            rate.toString());
    assertEquals(Cli.OK, a.code(), a.describe());
    assertEquals(Cli.OK, b.code(), b.describe());
    assertTrue(a.outLines("render_ms=").isEmpty(), a.describe());
    BufferedImage ia = ImageIO.read(count.toFile());
    BufferedImage ib = ImageIO.read(rate.toFile());
    int differ = 0;
    for (int y = 0; y < ia.getHeight(); y += 2) {
      for (int x = 0; x < ia.getWidth(); x += 2) {
        if (ia.getRGB(x, y) != ib.getRGB(x, y)) {
          differ++;
        }
      }
    }
    assertTrue(differ > 500, "another measure and palette recolour the wards: " + differ);
  }

  @Test
  void publishTheDemoTableWritesOnlyPublishedFigures() throws IOException {
    Path out = tmp.resolve("pub");
    CliRun r =
        CliRun.of(
            "publish",
            "--wards",
            GPKG,
            "--schools",
            GPKG,
            "--flows",
            CYP,
            "--k",
            "5",
            "--out",
            out.toString());
    assertEquals(Cli.OK, r.code(), r.describe());
    Map<String, Integer> raw = rawCells(Path.of(CYP));
    List<CSVRecord> cells = csv(out.resolve("cells.csv"), "ward_code,school_urn,value,status");
    assertEquals(raw.size(), cells.size(), "one row per non-zero cell of the input");
    int primary = 0;
    for (int v : raw.values()) {
      if (v >= 1 && v <= 4) {
        primary++;
      }
    }
    int suppressed = 0;
    for (CSVRecord c : cells) {
      Integer x = raw.get(c.get(0) + "|" + c.get(1));
      assertTrue(x != null, "a cell of the input: " + c);
      if (c.get(3).equals("suppressed")) {
        suppressed++;
        assertEquals("", c.get(2), "no value for a suppressed cell");
      } else {
        assertEquals("published", c.get(3));
        int v = Integer.parseInt(c.get(2));
        assertFalse(v >= 1 && v <= 4, "no published value in 1..k-1: " + c);
        assertEquals(x.intValue(), v, "unrounded policy publishes the count itself");
      }
    }
    assertTrue(suppressed >= primary, "every count of 1–4 is suppressed");
    assertTrue(r.out().contains("(" + primary + " primary"), r.describe());
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals("FICTIONAL · SYNTHETIC", m.path("label").asText());
    assertEquals(5, m.path("policy").path("k").asInt());
    assertEquals("PASSED", m.path("audit").path("status").asText());
    assertTrue(m.path("inputs").has("demo_cyp_flows.csv"), m.toString());
  }

  @Test
  void rankTheDemoAgainstItsFictionalListUsingBothTables() throws IOException {
    Path out = tmp.resolve("rank");
    CliRun r =
        CliRun.of(
            "rank",
            "--wards",
            GPKG,
            "--schools",
            GPKG,
            "--flows",
            CYP,
            "--pupil-flows",
            PUPILS,
            "--list",
            LIST,
            "--out",
            out.toString());
    assertEquals(Cli.OK, r.code(), r.describe());
    assertTrue(r.out().contains("VRU list matching:"), r.describe());
    assertTrue(r.out().contains("line 2: "), "the matching report names file lines");
    List<CSVRecord> rows =
        csv(
            out.resolve("rankings.csv"),
            "school_urn,measure,value,rank,rank_low,rank_high,on_list");
    Set<String> list = new HashSet<>();
    for (CSVRecord rec : csv(Path.of(LIST), "urn,school_name,tier")) {
      list.add(rec.get(0));
    }
    int previous = 0;
    int onList = 0;
    for (CSVRecord row : rows) {
      int rank = Integer.parseInt(row.get(3));
      assertTrue(rank >= previous, "rank order");
      previous = rank;
      assertTrue(Integer.parseInt(row.get(4)) <= rank && rank <= Integer.parseInt(row.get(5)));
      assertEquals("count", row.get(1));
      assertEquals(list.contains(row.get(0)), Boolean.parseBoolean(row.get(6)), row.toString());
      onList += Boolean.parseBoolean(row.get(6)) ? 1 : 0;
    }
    assertEquals(list.size(), onList, "every list school is ranked and marked");
    JsonNode a = new ObjectMapper().readTree(out.resolve("agreement.json").toFile());
    assertEquals(list.size(), a.path("k").asInt(), "k defaults to the list's size");
    int k = a.path("k").asInt();
    List<String> topK = new ArrayList<>();
    for (CSVRecord row : rows.subList(0, k)) {
      topK.add(row.get(0));
    }
    int overlap = 0;
    for (String u : topK) {
      overlap += list.contains(u) ? 1 : 0;
    }
    assertEquals(overlap, a.path("overlap").asInt(), "overlap of the file's top k with the list");
    double jaccard = (double) overlap / (2 * k - overlap);
    assertEquals(jaccard, a.path("jaccard_at_k").asDouble(), 1e-9);
    for (JsonNode u : a.path("candidates_not_on_list")) {
      assertTrue(topK.contains(u.asText()) && !list.contains(u.asText()), u.asText());
    }
    assertEquals(k - overlap, a.path("candidates_not_on_list").size());
    for (JsonNode u : a.path("on_list_little_evidence")) {
      assertTrue(list.contains(u.asText()) && !topK.contains(u.asText()), u.asText());
    }
    for (String key : List.of("spearman", "kendall", "rbo")) {
      double v = a.path(key).asDouble();
      assertTrue(v >= -1 && v <= 1, key + " " + v);
    }
    assertEquals("FICTIONAL · SYNTHETIC", a.path("label").asText());
  }

  @Test
  void synthOnTheDemoGeographyThenRenderItsFlows() throws IOException {
    Path dir = tmp.resolve("synth");
    CliRun r =
        CliRun.of(
            "synth",
            "--wards",
            GPKG,
            "--schools",
            GPKG,
            "--seed",
            "3",
            "--beta-secondary",
            "1.5",
            "--out",
            dir.toString());
    assertEquals(Cli.OK, r.code(), r.describe());
    for (String f : List.of("pupil_flows.csv", "cyp_flows.csv")) {
      assertTrue(csv(dir.resolve(f), "ward_code,school_urn,count").size() > 10, f);
    }
    JsonNode m = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    assertEquals("SYNTHETIC", m.path("label").asText());
    assertEquals("3", m.path("parameters").path("seed").asText());
    assertEquals("exp:1500", m.path("parameters").path("secondary_decay").asText());
    assertTrue(m.path("inputs").has("demo.gpkg"), m.toString());
    assertTrue(m.has("app_version") && m.has("created"), m.toString());
    assertEquals(3, m.path("files").size());

    Path png = tmp.resolve("synth.png");
    CliRun draw =
        CliRun.of(
            "render",
            "--wards",
            GPKG,
            "--schools",
            GPKG,
            "--flows",
            dir.resolve("cyp_flows.csv").toString(),
            "--hidden-flows",
            "--size",
            "500x400",
            "--out",
            png.toString());
    assertEquals(Cli.OK, draw.code(), draw.describe());
    assertTrue(draw.out().contains("— SYNTHETIC"), "labelled from the manifest: " + draw.out());
    assertTrue(pngText(png).get("Disclaimer").contains("SYNTHETIC"));
    assertFalse(draw.out().contains(" 0 hidden)"), "hidden flows drawn: " + draw.out());
  }

  static int distinctColours(BufferedImage img) {
    Set<Integer> c = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        c.add(img.getRGB(x, y));
      }
    }
    return c.size();
  }

  /** The iTXt/tEXt entries of a PNG. */
  static Map<String, String> pngText(Path png) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      IIOMetadata meta = reader.getImageMetadata(0);
      Node root = meta.getAsTree("javax_imageio_png_1.0");
      for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeName().equals("iTXt") || n.getNodeName().equals("tEXt")) {
          for (Node e = n.getFirstChild(); e != null; e = e.getNextSibling()) {
            NamedNodeMap at = e.getAttributes();
            Node value =
                at.getNamedItem("text") != null
                    ? at.getNamedItem("text")
                    : at.getNamedItem("value");
            out.put(at.getNamedItem("keyword").getNodeValue(), value.getNodeValue());
          }
        }
      }
      reader.dispose();
    }
    return out;
  }

  /** Raw cells of an aggregated flow CSV, keyed "ward|urn". */
  static Map<String, Integer> rawCells(Path file) throws IOException {
    Map<String, Integer> m = new HashMap<>();
    for (CSVRecord r : csv(file, "ward_code,school_urn,count")) {
      m.merge(r.get(0) + "|" + r.get(1), Integer.parseInt(r.get(2)), Integer::sum);
    }
    return m;
  }

  /** Parses a CSV, checking its header line exactly. */
  static List<CSVRecord> csv(Path file, String header) throws IOException {
    String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    assertEquals(header, first, "header of " + file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      return p.getRecords();
    }
  }
}
