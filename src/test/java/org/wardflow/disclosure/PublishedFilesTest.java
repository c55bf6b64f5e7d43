package org.wardflow.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.export.PublishedCsvWriter;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;

/** The published CSV files and manifest: format, contents, and no raw value anywhere. */
class PublishedFilesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);

  private static PublishedTable sample(DisclosurePolicy p) {
    DatasetInfo info = new DatasetInfo("Demo city", "synth", "", true, true, Map.of("seed", "42"));
    return PreparedTable.of(
            info,
            FlowFilter.ALL,
            Tables.matrix(new int[][] {{2, 20, 31}, {15, 3, 44}, {26, 18, 37}}, false))
        .publish(p);
  }

  @Test
  void cellsAndTotalsFiles(@TempDir Path dir) throws Exception {
    PublishedTable t = sample(DisclosurePolicy.DEFAULT);
    PublishedCsvWriter.write(t, dir, new PublishedCsvWriter.Options(Map.of(), "", CLOCK));
    List<String> cells = Files.readAllLines(dir.resolve("cells.csv"));
    assertEquals("ward_code,school_urn,value,status", cells.get(0));
    assertEquals(1 + t.cellCount(), cells.size(), "every non-structural cell");
    assertTrue(cells.contains("W0,100000,,suppressed"), cells.toString());
    for (String line : cells.subList(1, cells.size())) {
      String[] f = line.split(",", -1);
      assertEquals(4, f.length);
      assertTrue(f[3].equals("published") ? !f[2].isEmpty() : f[2].isEmpty(), line);
      assertFalse(f[3].equals("published") && Integer.parseInt(f[2]) < 5, line);
    }
    List<String> totals = Files.readAllLines(dir.resolve("totals.csv"));
    assertEquals("kind,code,value,status", totals.get(0));
    assertEquals(1 + 3 + 3 + 1, totals.size());
    assertEquals("ward,W0,53,published", totals.get(1));
    assertEquals("grand,,196,published", totals.get(totals.size() - 1));
  }

  @Test
  void unpublishedKindsOfTotalsAreLeftOut(@TempDir Path dir) throws Exception {
    PublishedTable t = sample(DisclosurePolicy.DEFAULT.withTotals(false, true, false));
    PublishedCsvWriter.write(t, dir, new PublishedCsvWriter.Options(Map.of(), "", CLOCK));
    List<String> totals = Files.readAllLines(dir.resolve("totals.csv"));
    assertEquals(4, totals.size());
    assertTrue(totals.stream().skip(1).allMatch(l -> l.startsWith("school,")), totals.toString());
  }

  @Test
  void manifestRecordsSettingsButNoHiddenNumbers(@TempDir Path dir) throws Exception {
    PublishedTable t = sample(DisclosurePolicy.DEFAULT.withRounding(5));
    PublishedCsvWriter.write(
        t,
        dir,
        new PublishedCsvWriter.Options(
            Map.of("flows.csv", "abc123", "wards.geojson", "def456"), "OFFICIAL-SENSITIVE", CLOCK));
    String text = Files.readString(dir.resolve("manifest.json"));
    JsonNode m = new ObjectMapper().readTree(text);
    assertEquals("Wardflow", m.get("application").asText());
    assertEquals("dev", m.get("version").asText());
    assertEquals("2025-06-01T10:00:00Z", m.get("created").asText());
    assertEquals("FICTIONAL · SYNTHETIC", m.get("label").asText());
    assertEquals("OFFICIAL-SENSITIVE", m.get("protectiveMarking").asText());
    assertEquals("abc123", m.get("inputs").get("flows.csv").asText());
    assertEquals(5, m.get("policy").get("k").asInt());
    assertEquals(5, m.get("policy").get("roundingBase").asInt());
    assertEquals(t.policy().statement(), m.get("policy").get("statement").asText());
    assertEquals("all", m.get("filter").get("description").asText());
    assertEquals("PASSED", m.get("audit").get("status").asText());
    assertEquals("42", m.get("dataset").get("metadata").get("seed").asText());
    assertTrue(m.get("notice").asText().contains("not predictive"));
    assertFalse(text.contains("peopleHidden"), "even rounded, hidden people are not published");
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    String cellsHash =
        HexFormat.of().formatHex(md.digest(Files.readAllBytes(dir.resolve("cells.csv"))));
    assertEquals(cellsHash, m.get("files").get("cells.csv").asText());
  }

  @Test
  void noSuppressedCountAppearsInAnyFile(@TempDir Path dir) throws Exception {
    // distinctive counts: 7 and 3 are suppressed (primary 3 and its complement 7), and neither
    // may appear, alone or summed into a published total the reader could subtract from.
    int[][] a = {{3, 7, 0}, {0, 0, 0}, {0, 0, 0}};
    PublishedTable t =
        PreparedTable.of(Tables.INFO, FlowFilter.ALL, Tables.matrix(a, false))
            .publish(DisclosurePolicy.DEFAULT);
    PublishedCsvWriter.write(t, dir, new PublishedCsvWriter.Options(Map.of(), "", CLOCK));
    String cells = Files.readString(dir.resolve("cells.csv"));
    String totals = Files.readString(dir.resolve("totals.csv"));
    assertFalse(cells.contains(",3,") || cells.contains(",7,"), cells);
    assertTrue(totals.contains("ward,W0,10,published"), totals);
    assertFalse(totals.contains(",3,") || totals.contains(",7,"), totals);
  }
}
