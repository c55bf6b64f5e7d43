package org.wardflow.io.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.io.ImportReport;
import org.wardflow.io.ImportReport.Issue;
import org.wardflow.io.ImportResult;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.testutil.RealGeography;
import org.wardflow.testutil.SharedData;

/**
 * Reconciliation on the real West Midlands geography: a SYNTHETIC pupils table for the 2025 wards
 * is written out, then damaged the way real tables are — some rows re-coded to 2016, 2013 and 2026
 * ward codes, an unknown URN, zero and negative counts — and the report must explain each problem
 * with exactly the people it affects.
 */
class RealReconciliationTest {
  @TempDir Path dir;

  private static Issue issue(ImportReport r, String text) {
    return r.issues().stream()
        .filter(i -> i.message().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no issue with \"" + text + "\":\n" + r.format()));
  }

  @Test
  void otherVintagesUnknownUrnsAndBadCountsAreReportedWithTheirPeople() throws Exception {
    Geography g = RealGeography.load();
    FlowTable pupils = RealGeography.syntheticFlows().pupils();
    Path clean = dir.resolve("pupils.csv");
    FlowCsvWriter.write(pupils, clean);

    WardCodeVintages since2015 =
        WardCodeVintages.readCsv(SharedData.file("wm_ward_all_codes_since2015.csv"));
    WardCodeVintages wd13 =
        WardCodeVintages.of(
            new org.wardflow.model.WardLayer(
                "wm_wards_2013_bgc_wgs84.geojson", RealGeography.wards2013()),
            null);
    assertEquals(163, wd13.size(), "the 2013 wards");
    assertEquals("2013", wd13.lookup("E05001178").get(0).vintage(), "vintage from the file name");
    assertEquals(WardCodeVintages.of("2013", RealGeography.wardCodes2013()).size(), wd13.size());
    WardCodeVintages all = since2015.merge(wd13);
    // a code of the 2016 wards, another of the 2013 wards, and a code from the 2026 reviews
    String only2016 = null;
    String from2013 = null;
    String from2026 = null;
    try (Reader in =
            Files.newBufferedReader(
                SharedData.file("wm_ward_all_codes_since2015.csv"), StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (CSVRecord r : p) {
        String c = r.get("WDCD");
        if (g.wards().indexOf(c) >= 0) {
          continue;
        }
        if (only2016 == null && r.get("SOURCEFILE").equals("2016")) {
          only2016 = c;
        }
        if (from2026 == null && r.get("SOURCEFILE").equals("2026")) {
          from2026 = c;
        }
      }
    }
    for (String c : RealGeography.wardCodes2013().keySet()) {
      if (g.wards().indexOf(c) < 0 && !c.equals(only2016)) {
        from2013 = c;
        break;
      }
    }
    assertTrue(only2016 != null && from2013 != null && from2026 != null, "test codes found");

    List<String> lines = Files.readAllLines(clean, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>(lines);
    long people2016 = 0;
    long people2013 = 0;
    long people2026 = 0;
    long total = 0;
    for (int i = 1; i < out.size(); i++) {
      String[] f = out.get(i).split(",");
      int n = Integer.parseInt(f[2]);
      total += n;
      String code = i % 97 == 0 ? only2016 : i % 89 == 0 ? from2013 : i % 83 == 0 ? from2026 : null;
      if (code != null) {
        out.set(i, code + "," + f[1] + "," + f[2]);
        if (code.equals(only2016)) {
          people2016 += n;
        } else if (code.equals(from2013)) {
          people2013 += n;
        } else {
          people2026 += n;
        }
      }
    }
    String urn = g.schools().schools().get(0).urn();
    String ward = g.wards().wards().get(0).code();
    out.add(ward + ",999001,7");
    out.add(ward + ",999001,4");
    out.add(ward + "," + urn + ",0");
    out.add(ward + "," + urn + ",-3");
    Path damaged = dir.resolve("damaged.csv");
    Files.write(damaged, out, StandardCharsets.UTF_8);

    ImportResult<FlowTable> r =
        FlowCsvReader.read(
            damaged, g.wards(), g.schools(), FlowImportOptions.DEFAULT.withVintages(since2015));
    ImportReport rep = r.report();

    Issue i2016 = issue(rep, only2016);
    assertTrue(i2016.message().contains("is a 2016 ward code"), i2016.message());
    assertTrue(i2016.message().contains("your boundaries are 2025"), i2016.message());
    assertEquals(people2016, i2016.people());
    Issue i2013 = issue(rep, from2013);
    assertEquals(people2013, i2013.people());
    // with the 2013 wards given too, the 2013 vintage is named
    ImportReport withWd13 =
        FlowCsvReader.read(
                damaged, g.wards(), g.schools(), FlowImportOptions.DEFAULT.withVintages(all))
            .report();
    Issue again = issue(withWd13, from2013);
    assertTrue(again.message().contains("2013"), again.message());
    assertEquals(people2013, again.people());
    Issue i2026 = issue(rep, from2026);
    assertTrue(i2026.message().contains("is a 2026 ward code"), i2026.message());
    assertEquals(people2026, i2026.people());
    Issue unknownUrn = issue(rep, "999001");
    assertEquals(11, unknownUrn.people());
    assertEquals("lines " + (lines.size() + 1) + ", " + (lines.size() + 2), unknownUrn.location());
    assertEquals(-1, issue(rep, "Negative count").people());
    assertEquals(0, issue(rep, "Zero counts").people());

    long skipped = people2016 + people2013 + people2026 + 11;
    assertEquals(total + 11, rep.countOf("people read"));
    assertEquals(skipped, rep.countOf("people skipped"));
    assertEquals(total + 11 - skipped, rep.countOf("people kept"));
    assertEquals(total + 11 - skipped, r.value().matrix(FlowFilter.ALL).total());
    assertEquals(lines.size() - 1 + 4, rep.countOf("rows read"));
    assertEquals(rep.countOf("rows read"), rep.countOf("rows kept") + rep.countOf("rows skipped"));
  }

  @Test
  void wardCodeListsAreReadWithTheirVintages() throws Exception {
    WardCodeVintages v =
        WardCodeVintages.readCsv(SharedData.file("wm_ward_all_codes_since2015.csv"));
    assertEquals(355, v.size(), "355 codes in the list");
    assertEquals("2016", v.lookup("E05001178").get(0).vintage());
    assertEquals("Acocks Green", v.lookup("e05001178 ").get(0).name());
    assertEquals("Birmingham", v.lookup("E05001178").get(0).district());
  }
}
