package org.wardflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.io.ImportResult;
import org.wardflow.io.Readers;
import org.wardflow.io.flows.FlowCsvReader;
import org.wardflow.io.flows.FlowImportOptions;
import org.wardflow.model.FlowTable;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.WardLayer;
import org.wardflow.testutil.SharedData;

/**
 * synth → publish → rank → render on the real West Midlands geography (192 wards 2025, 1,238 GIAS
 * establishments, Census 2021 children), all in-process through {@link Cli#run}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealDataPipelineTest {
  private static final int K = 5;

  @TempDir static Path tmp;

  private static Path wards;
  private static Path schools;
  private static Path population;
  private static Path synth;
  private static CliRun synthRun;

  @BeforeAll
  static void synthesise() {
    wards = SharedData.file("wm_wards_2025_bgc_wgs84.geojson");
    schools = SharedData.file("wm_gias_open_establishments_20250524.csv");
    population = SharedData.file("wm_ward25_census2021_usual_residents_age6_DERIVED.csv");
    synth = tmp.resolve("synth");
    synthRun =
        CliRun.of(
            "synth",
            "--wards",
            wards.toString(),
            "--schools",
            schools.toString(),
            "--population",
            population.toString(),
            "--seed",
            "7",
            "--out",
            synth.toString());
  }

  @Test
  @Order(1)
  void synthWritesSyntheticTablesWithAManifest() throws Exception {
    CliRun r = synthRun;
    // GIAS has a school at 0,0 (URN 140604): a warning, so exit code 1 — and it is named
    assertEquals(Cli.WARNINGS, r.code(), r.describe());
    assertTrue(r.err().contains("140604"), r.describe());
    Set<String> wardCodes = new HashSet<>();
    WardLayer wl = Readers.readWards(wards).value();
    wl.wards().forEach(w -> wardCodes.add(w.code()));
    assertEquals(192, wardCodes.size());
    SchoolLayer sl = Readers.readSchools(schools).value();
    Set<String> urns = new HashSet<>();
    sl.schools().forEach(s -> urns.add(s.urn()));
    long pupils = 0;
    for (String f : List.of("pupil_flows.csv", "cyp_flows.csv")) {
      List<CSVRecord> rows = CliDemoTest.csv(synth.resolve(f), "ward_code,school_urn,count");
      assertTrue(rows.size() > 500, f + " has " + rows.size() + " rows");
      Set<String> seenWards = new HashSet<>();
      for (CSVRecord row : rows) {
        assertTrue(wardCodes.contains(row.get(0)), row.toString());
        assertTrue(urns.contains(row.get(1)), row.toString());
        int c = Integer.parseInt(row.get(2));
        assertTrue(c > 0, "only non-zero cells are written: " + row);
        seenWards.add(row.get(0));
        if (f.startsWith("pupil")) {
          pupils += c;
        }
      }
      if (f.startsWith("pupil")) {
        assertEquals(192, seenWards.size(), "pupils live in every ward");
      } else {
        assertTrue(seenWards.size() > 150, "CYP live in most wards: " + seenWards.size());
      }
      assertTrue(r.out().contains("wrote") && r.out().contains(f), r.describe());
    }
    assertTrue(pupils > 400_000 && pupils < 700_000, "WM school-age pupils: " + pupils);

    JsonNode m = new ObjectMapper().readTree(synth.resolve("manifest.json").toFile());
    assertEquals("SYNTHETIC", m.path("label").asText());
    assertTrue(m.path("synthetic").asBoolean());
    assertFalse(m.path("fictional").asBoolean());
    assertEquals("7", m.path("parameters").path("seed").asText());
    assertFalse(m.path("app_version").asText().isEmpty());
    assertTrue(m.path("created").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), m.toString());
    for (Path in : List.of(wards, schools, population)) {
      assertEquals(
          sha256(in), m.path("inputs").path(in.getFileName().toString()).asText(), in.toString());
    }
    for (JsonNode f : m.path("files")) {
      assertTrue(f.path("title").asText().contains("SYNTHETIC"), f.toString());
      assertEquals(sha256(synth.resolve(f.path("name").asText())), f.path("sha256").asText());
    }
    // read back: the manifest marks the table SYNTHETIC
    ImportResult<FlowTable> back =
        FlowCsvReader.read(synth.resolve("cyp_flows.csv"), wl, sl, FlowImportOptions.DEFAULT);
    assertTrue(back.value().info().synthetic(), "read back as SYNTHETIC");
    assertTrue(back.value().info().title().contains("SYNTHETIC"));
  }

  @Test
  @Order(2)
  void synthIsDeterministicForASeed() throws IOException {
    Path again = tmp.resolve("again");
    CliRun r =
        CliRun.of(
            "synth",
            "--wards",
            wards.toString(),
            "--schools",
            schools.toString(),
            "--population",
            population.toString(),
            "--seed",
            "7",
            "--out",
            again.toString());
    assertEquals(Cli.WARNINGS, r.code(), r.describe());
    for (String f : List.of("pupil_flows.csv", "cyp_flows.csv", "ward_rates.csv")) {
      assertEquals(Files.readString(synth.resolve(f)), Files.readString(again.resolve(f)), f);
    }
  }

  @Test
  @Order(3)
  void publishWritesNoValueBelowKAndNoRawValueOfAHiddenCell() throws Exception {
    Path out = tmp.resolve("published");
    Path cyp = synth.resolve("cyp_flows.csv");
    CliRun r =
        CliRun.of(
            "publish",
            "--wards",
            wards.toString(),
            "--schools",
            schools.toString(),
            "--flows",
            cyp.toString(),
            "--k",
            String.valueOf(K),
            "--round",
            "5",
            "--out",
            out.toString());
    assertEquals(Cli.WARNINGS, r.code(), r.describe());
    assertTrue(r.out().contains("audit: PASSED"), r.describe());
    Map<String, Integer> raw = CliDemoTest.rawCells(cyp);
    int rawSmall = 0;
    for (int v : raw.values()) {
      rawSmall += v >= 1 && v < K ? 1 : 0;
    }
    assertTrue(r.out().contains("(" + rawSmall + " primary"), r.describe());

    List<CSVRecord> cells =
        CliDemoTest.csv(out.resolve("cells.csv"), "ward_code,school_urn,value,status");
    assertEquals(raw.size(), cells.size(), "every non-zero cell listed once");
    int published = 0;
    for (CSVRecord c : cells) {
      int x = raw.get(c.get(0) + "|" + c.get(1));
      switch (c.get(3)) {
        case "suppressed" -> assertEquals("", c.get(2), "suppressed cell carries no value: " + c);
        case "published" -> {
          published++;
          int v = Integer.parseInt(c.get(2));
          assertFalse(v >= 1 && v < K, "published value in 1..k-1: " + c);
          assertEquals(0, v % 5, "rounded to 5: " + c);
          assertTrue(Math.abs(v - x) <= 2 || (x >= K && v == K), "rounding of " + x + ": " + c);
        }
        default -> throw new AssertionError("status " + c);
      }
    }
    assertTrue(published > 0, "some cells are published");

    List<CSVRecord> totals = CliDemoTest.csv(out.resolve("totals.csv"), "kind,code,value,status");
    Map<String, Integer> rawWard = new HashMap<>();
    raw.forEach((key, v) -> rawWard.merge(key.substring(0, key.indexOf('|')), v, Integer::sum));
    int wardRows = 0;
    boolean grand = false;
    for (CSVRecord t : totals) {
      assertTrue(Set.of("ward", "school", "grand").contains(t.get(0)), t.toString());
      if (t.get(3).equals("suppressed")) {
        assertEquals("", t.get(2), t.toString());
      } else {
        int v = Integer.parseInt(t.get(2));
        assertFalse(v >= 1 && v < K, "published total in 1..k-1: " + t);
        assertEquals(0, v % 5, t.toString());
      }
      if (t.get(0).equals("ward")) {
        wardRows++;
        assertNotNull(rawWard.get(t.get(1)), t.toString());
      }
      grand |= t.get(0).equals("grand");
    }
    assertEquals(rawWard.size(), wardRows, "a total for every ward of the table");
    assertTrue(grand);

    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals("SYNTHETIC", m.path("label").asText());
    assertEquals(K, m.path("policy").path("k").asInt());
    assertEquals(5, m.path("policy").path("roundingBase").asInt());
    assertEquals("PASSED", m.path("audit").path("status").asText());
    assertEquals("OFFICIAL-SENSITIVE", m.path("protectiveMarking").asText());
    assertEquals(sha256(cyp), m.path("inputs").path("cyp_flows.csv").asText());
    assertEquals(sha256(out.resolve("cells.csv")), m.path("files").path("cells.csv").asText());
  }

  @Test
  @Order(4)
  void publishWithoutTotalsOrZerosWritesNoTotals() throws Exception {
    Path out = tmp.resolve("no-totals");
    CliRun r =
        CliRun.of(
            "publish",
            "--wards",
            wards.toString(),
            "--schools",
            schools.toString(),
            "--flows",
            synth.resolve("pupil_flows.csv").toString(),
            "--k",
            "10",
            "--no-ward-totals",
            "--no-school-totals",
            "--no-grand-total",
            "--no-zeros",
            "--out",
            out.toString());
    assertEquals(Cli.WARNINGS, r.code(), r.describe());
    assertTrue(
        CliDemoTest.csv(out.resolve("totals.csv"), "kind,code,value,status").isEmpty(),
        "no totals published");
    for (CSVRecord c :
        CliDemoTest.csv(out.resolve("cells.csv"), "ward_code,school_urn,value,status")) {
      if (c.get(3).equals("published")) {
        assertTrue(Integer.parseInt(c.get(2)) >= 10, c.toString());
      }
    }
  }

  @Test
  @Order(5)
  void rankComparesWithAListOfRealSchools() throws Exception {
    // a list of real GIAS secondaries: two by URN, one by name with a typo, one unknown
    SchoolLayer sl = Readers.readSchools(schools).value();
    List<org.wardflow.model.School> secondaries =
        sl.schools().stream()
            .filter(s -> s.phase() == org.wardflow.model.Phase.SECONDARY && s.hasLocation())
            .toList();
    org.wardflow.model.School a = secondaries.get(0);
    org.wardflow.model.School b = secondaries.get(10);
    org.wardflow.model.School c = secondaries.get(20);
    Path list = tmp.resolve("list.csv");
    Files.writeString(
        list,
        "urn,school name,priority\n"
            + a.urn()
            + ",\""
            + a.name()
            + "\",1\n"
            + b.urn()
            + ",\""
            + b.name()
            + "\",2\n"
            + ",\""
            + c.name().replaceFirst("School", "Schol")
            + "\",3\n"
            + ",Nowhere Imaginary Academy,4\n",
        StandardCharsets.UTF_8);
    Path pub = tmp.resolve("published");
    Path out = tmp.resolve("ranking");
    CliRun r =
        CliRun.of(
            "rank",
            "--wards",
            wards.toString(),
            "--schools",
            schools.toString(),
            "--flows",
            synth.resolve("cyp_flows.csv").toString(),
            "--list",
            list.toString(),
            "--k",
            String.valueOf(K),
            "--round",
            "5",
            "--out",
            out.toString());
    assertEquals(Cli.WARNINGS, r.code(), r.describe());
    assertTrue(r.out().contains("line 5: ") && r.out().contains("Not found"), r.describe());
    List<CSVRecord> rows =
        CliDemoTest.csv(
            out.resolve("rankings.csv"),
            "school_urn,measure,value,rank,rank_low,rank_high,on_list");
    assertTrue(rows.size() > 300, "schools ranked: " + rows.size());
    // the ranking uses the same published figures as publish: a published school total is the value
    Map<String, String> schoolTotals = new HashMap<>();
    for (CSVRecord t : CliDemoTest.csv(pub.resolve("totals.csv"), "kind,code,value,status")) {
      if (t.get(0).equals("school") && t.get(3).equals("published")) {
        schoolTotals.put(t.get(1), t.get(2));
      }
    }
    int checked = 0;
    Set<String> onList = new HashSet<>();
    for (CSVRecord row : rows) {
      String total = schoolTotals.get(row.get(0));
      if (total != null) {
        assertEquals(
            Double.parseDouble(total), Double.parseDouble(row.get(2)), 1e-9, row.toString());
        checked++;
      }
      if (Boolean.parseBoolean(row.get(6))) {
        onList.add(row.get(0));
      }
    }
    assertTrue(checked > 5, "published school totals compared: " + checked);
    assertTrue(onList.containsAll(List.of(a.urn(), b.urn())), onList.toString());
    JsonNode ag = new ObjectMapper().readTree(out.resolve("agreement.json").toFile());
    for (String key :
        List.of(
            "k",
            "overlap",
            "jaccard_at_k",
            "spearman",
            "kendall",
            "rbo",
            "candidates_not_on_list",
            "on_list_little_evidence")) {
      assertTrue(ag.has(key), key + " in " + ag);
    }
    assertEquals("SYNTHETIC", ag.path("label").asText());
    assertTrue(ag.path("k").asInt() >= 2 && ag.path("k").asInt() <= 3, ag.toString());
    assertTrue(ag.path("overlap").asInt() <= ag.path("k").asInt());
  }

  @Test
  @Order(6)
  void renderDrawsTheRealMapWithSyntheticFlows() throws IOException {
    Path png = tmp.resolve("wm.png");
    CliRun r =
        CliRun.of(
            "render",
            "--wards",
            wards.toString(),
            "--schools",
            schools.toString(),
            "--flows",
            synth.resolve("pupil_flows.csv").toString(),
            "--population",
            population.toString(),
            "--measure",
            "rate",
            "--top",
            "500",
            "--size",
            "960x540",
            "--repeat",
            "1",
            "--out",
            png.toString());
    assertEquals(Cli.WARNINGS, r.code(), r.describe());
    assertEquals(2, r.outLines("render_ms=").size(), r.describe());
    assertTrue(r.out().contains("192 wards"), r.describe());
    java.util.regex.Matcher drawn =
        java.util.regex.Pattern.compile("(\\d+) flows drawn").matcher(r.out());
    assertTrue(drawn.find(), r.describe());
    int flows = Integer.parseInt(drawn.group(1));
    // the 500 largest (ties at the cut kept), less those too short to see at this scale
    assertTrue(flows >= 100 && flows <= 600, "top 500: " + flows);
    assertTrue(r.out().contains("SYNTHETIC"), r.describe());
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(960, img.getWidth());
    assertEquals(540, img.getHeight());
    assertTrue(CliDemoTest.distinctColours(img) > 100);
    assertTrue(CliDemoTest.pngText(png).get("Disclaimer").contains("SYNTHETIC"));
  }

  static String sha256(Path f) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
  }
}
