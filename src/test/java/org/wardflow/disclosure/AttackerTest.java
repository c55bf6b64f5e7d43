package org.wardflow.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.wardflow.export.PublishedCsvWriter;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

/**
 * An attacker who has only the published files (cells.csv, totals.csv, manifest.json) and solves
 * linear programmes: recovers no suppressed cell exactly and bounds none within the protection
 * level — for single exports and for two exports of the same data at different thresholds made
 * through the publication ledger. A control shows the same two exports made without the ledger do
 * leak, so the attack is real.
 */
class AttackerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static void export(PublishedTable t, Path dir) throws IOException {
    PublishedCsvWriter.write(t, dir, PublishedCsvWriter.Options.of(Map.of("flows.csv", "ab12")));
  }

  /** Parses an export onto a grid (ward and school indices shared between exports). */
  static LpAttacker.View read(Path dir, Map<String, Integer> wards, Map<String, Integer> schools)
      throws IOException {
    JsonNode manifest = JSON.readTree(dir.resolve("manifest.json").toFile());
    int k = manifest.get("policy").get("k").asInt();
    int base = manifest.get("policy").get("roundingBase").asInt();
    List<CSVRecord> cells = records(dir.resolve("cells.csv"));
    for (CSVRecord r : cells) {
      wards.putIfAbsent(r.get("ward_code"), wards.size());
      schools.putIfAbsent(r.get("school_urn"), schools.size());
    }
    // cells in grid order of the shared indices: the caller lists the same cells in every export
    int n = cells.size();
    int[] row = new int[n];
    int[] col = new int[n];
    boolean[] pub = new boolean[n];
    int[] val = new int[n];
    List<CSVRecord> sorted = new ArrayList<>(cells);
    sorted.sort(
        (a, b) -> {
          int c = Integer.compare(wards.get(a.get("ward_code")), wards.get(b.get("ward_code")));
          return c != 0
              ? c
              : Integer.compare(schools.get(a.get("school_urn")), schools.get(b.get("school_urn")));
        });
    for (int i = 0; i < n; i++) {
      CSVRecord r = sorted.get(i);
      row[i] = wards.get(r.get("ward_code"));
      col[i] = schools.get(r.get("school_urn"));
      String status = r.get("status");
      assertTrue(status.equals("published") || status.equals("suppressed"), status);
      pub[i] = status.equals("published");
      assertEquals(pub[i], !r.get("value").isEmpty(), "value empty exactly when suppressed");
      val[i] = pub[i] ? Integer.parseInt(r.get("value")) : 0;
    }
    List<CSVRecord> totals = records(dir.resolve("totals.csv"));
    for (CSVRecord r : totals) {
      switch (r.get("kind")) {
        case "ward" -> wards.putIfAbsent(r.get("code"), wards.size());
        case "school" -> schools.putIfAbsent(r.get("code"), schools.size());
        case "grand" -> assertEquals("", r.get("code"));
        default -> throw new AssertionError("unknown kind " + r.get("kind"));
      }
    }
    Integer[] rowTotal = new Integer[wards.size()];
    Integer[] colTotal = new Integer[schools.size()];
    Integer grand = null;
    for (CSVRecord r : totals) {
      if (!r.get("status").equals("published")) {
        assertEquals("suppressed", r.get("status"));
        assertTrue(r.get("value").isEmpty());
        continue;
      }
      int v = Integer.parseInt(r.get("value"));
      switch (r.get("kind")) {
        case "ward" -> rowTotal[wards.get(r.get("code"))] = v;
        case "school" -> colTotal[schools.get(r.get("code"))] = v;
        default -> grand = v;
      }
    }
    return new LpAttacker.View(
        wards.size(),
        schools.size(),
        row,
        col,
        pub,
        new boolean[n],
        val,
        rowTotal,
        colTotal,
        grand,
        base,
        k);
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(r)
          .getRecords();
    }
  }

  /** Sorted (ward, school) → raw count for asserting on truly suppressed cells. */
  private static Map<String, Integer> rawByKey(PublishedTable t, int[][] a) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < t.cellCount(); i++) {
      m.put(
          t.wardCodes().get(t.row(i)) + "|" + t.schoolUrns().get(t.column(i)),
          a[t.row(i)][t.column(i)]);
    }
    return m;
  }

  record Case(int[][] counts, DisclosurePolicy policy) {}

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(2, 10),
            Arbitraries.of(0, 5, 10),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 7),
            Arbitraries.longs())
        .as(
            (r, c, k, base, zeros, totals, seed) ->
                new Case(
                    Tables.random(new Random(seed), r, c, 0.7, 0.5, k),
                    DisclosurePolicy.DEFAULT
                        .withK(k)
                        .withRounding(base)
                        .withZeros(zeros)
                        .withTotals((totals & 1) != 0, (totals & 2) != 0, (totals & 4) != 0)));
  }

  @Property(tries = 300)
  void fromTheFilesAloneNoSuppressedCellCanBeNarrowed(@ForAll("cases") Case c) throws IOException {
    PublishedTable t = Tables.prepared(c.counts()).publish(c.policy());
    Path dir = Files.createTempDirectory("attack");
    export(t, dir);
    Map<String, Integer> wards = new LinkedHashMap<>();
    Map<String, Integer> schools = new LinkedHashMap<>();
    LpAttacker.View v = read(dir, wards, schools);
    int lb = c.policy().publishZeros() ? 1 : 0;
    LpAttacker.Bounds[] b = LpAttacker.attack(List.of(v), lb, true);
    Map<String, Integer> raw = rawByKey(t, c.counts());
    int p = c.policy().protectionLevel();
    int k = c.policy().k();
    for (int i = 0; i < v.cellRow().length; i++) {
      String key = key(wards, schools, v, i);
      if (v.cellPublished()[i]) {
        assertFalse(k > 1 && v.cellValue()[i] >= 1 && v.cellValue()[i] < k);
      } else if (raw.get(key) > 0) {
        assertTrue(b[i].width() >= p, key + " narrowed to " + b[i] + " from the files");
      }
    }
  }

  private static String key(
      Map<String, Integer> wards, Map<String, Integer> schools, LpAttacker.View v, int i) {
    return name(wards, v.cellRow()[i]) + "|" + name(schools, v.cellCol()[i]);
  }

  private static String name(Map<String, Integer> m, int idx) {
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      if (e.getValue() == idx) {
        return e.getKey();
      }
    }
    throw new AssertionError("no label for index " + idx);
  }

  private static FlowTable flowTable(int[][] a, String title) {
    FlowTable.Builder b =
        FlowTable.builder(new DatasetInfo(title, "attacker test", "", false, true, Map.of()));
    for (int r = 0; r < a.length; r++) {
      for (int c = 0; c < a[r].length; c++) {
        if (a[r][c] > 0) {
          b.add("W" + r, String.valueOf(100000 + c), a[r][c]);
        }
      }
    }
    return b.build();
  }

  /**
   * Attacks two exports together: a cell suppressed in both must keep the first export's protection
   * level (a later export must not break an earlier promise; it cannot take back what the earlier
   * one published).
   */
  private static List<String> combinedLeaks(PublishedTable t1, PublishedTable t2, int[][] a)
      throws IOException {
    Path d1 = Files.createTempDirectory("attack1");
    Path d2 = Files.createTempDirectory("attack2");
    export(t1, d1);
    export(t2, d2);
    Map<String, Integer> wards = new LinkedHashMap<>();
    Map<String, Integer> schools = new LinkedHashMap<>();
    LpAttacker.View v1 = read(d1, wards, schools);
    LpAttacker.View v2 = read(d2, wards, schools);
    assertEquals(v1.cellRow().length, v2.cellRow().length, "both list every non-structural cell");
    LpAttacker.Bounds[] b = LpAttacker.attack(List.of(v1, v2), 1, true);
    int p = t1.protectionLevel();
    List<String> leaks = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      if (b[i] != null && b[i].width() < p) {
        leaks.add(key(wards, schools, v1, i) + " in " + b[i]);
      }
    }
    return leaks;
  }

  @Test
  void twoExportsAtDifferentThresholdsThroughTheLedgerRevealNothing() throws IOException {
    Random rnd = new Random(4242);
    int[][] kPairs = {{5, 3}, {3, 5}, {5, 8}, {8, 5}, {10, 4}, {4, 10}};
    int checked = 0;
    for (int trial = 0; trial < 60; trial++) {
      int[][] a = Tables.random(rnd, 2 + rnd.nextInt(4), 2 + rnd.nextInt(4), 0.8, 0.5, 8);
      FlowTable table = flowTable(a, "ledger trial " + trial);
      int[] ks = kPairs[trial % kPairs.length];
      int base = trial % 3 == 0 ? 5 : 0;
      PublicationLedger ledger = new PublicationLedger();
      DisclosurePolicy p1 = DisclosurePolicy.DEFAULT.withFloor(0).withK(ks[0]).withRounding(base);
      DisclosurePolicy p2 = DisclosurePolicy.DEFAULT.withFloor(0).withK(ks[1]);
      PublicationLedger.Decision d1 = ledger.publish(table, FlowFilter.ALL, p1, "wards", "one");
      PublicationLedger.Decision d2 = ledger.publish(table, FlowFilter.ALL, p2, "wards", "two");
      assertTrue(d1.published() && d2.published(), d2.explanation());
      List<String> leaks = combinedLeaks(d1.table(), d2.table(), a);
      assertTrue(leaks.isEmpty(), "trial " + trial + " leaks " + leaks);
      checked++;
    }
    assertEquals(60, checked);
  }

  @Test
  void withoutTheLedgerTheSameTwoExportsLeak() throws IOException {
    // one ward: 2 and 3 at schools A and B, 30 at school C; ward total published.
    // k = 5 hides all three (2 + 3 = 5 alone leaves each within 1..4); k = 3 hides only 2 and 3
    // and publishes 30 — so the two exports together pin 2 and 3 to within 1..4.
    int[][] a = {{2, 3, 30}};
    DisclosurePolicy wardTotalOnly =
        DisclosurePolicy.DEFAULT.withFloor(0).withTotals(true, false, false);
    PreparedTable pt = Tables.prepared(a);
    PublishedTable k5 = pt.publish(wardTotalOnly.withK(5));
    PublishedTable k3 = pt.publish(wardTotalOnly.withK(3));
    assertTrue(k5.cell(2).isSuppressed());
    assertTrue(k3.cell(2).isPublished());
    assertFalse(combinedLeaks(k5, k3, a).isEmpty(), "the control attack must succeed");

    FlowTable table = flowTable(a, "control");
    PublicationLedger ledger = new PublicationLedger();
    PublishedTable g5 =
        ledger.publish(table, FlowFilter.ALL, wardTotalOnly.withK(5), "wards", "first").table();
    PublicationLedger.Decision d3 =
        ledger.publish(table, FlowFilter.ALL, wardTotalOnly.withK(3), "wards", "second");
    assertEquals(PublicationLedger.Outcome.ADJUSTED, d3.outcome());
    assertTrue(d3.table().cell(2).isSuppressed(), "the ledger keeps 30 suppressed");
    assertTrue(combinedLeaks(g5, d3.table(), a).isEmpty());
  }
}
