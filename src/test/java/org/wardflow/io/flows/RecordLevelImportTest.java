package org.wardflow.io.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.wardflow.io.CrsTransform;
import org.wardflow.io.ImportReport;
import org.wardflow.io.ImportReport.Issue;
import org.wardflow.io.ImportResult;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowDimension;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.testutil.RealGeography;
import org.wardflow.testutil.SharedData;

class RecordLevelImportTest {
  @TempDir Path dir;

  private static Issue issue(ImportReport r, String text) {
    return r.issues().stream()
        .filter(i -> i.message().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no issue with \"" + text + "\":\n" + r.format()));
  }

  private static int cell(FlowTable t, String ward, String urn) {
    CountMatrix m = t.matrix(FlowFilter.ALL);
    int r = m.wardCodes().indexOf(ward);
    int c = m.schoolUrns().indexOf(urn);
    return r < 0 || c < 0 ? 0 : m.get(r, c);
  }

  @Test
  void homesArePlacedInTheRightWardByPointInPolygon() throws Exception {
    Coordinate ne = CrsTransform.bngToWgs84(401_700, 301_300);
    String csv =
        "person_id,home_ward_code,home_easting,home_northing,home_longitude,home_latitude,"
            + "school_urn\n"
            + "a1,,400100,300100,,,100001\n" // SW
            + "a2,,401900,300200,,,100001\n" // SE
            + "a3,,400300,301800,,,100001\n" // NW
            + String.format(Locale.ROOT, "a4,,,,%.7f,%.7f,100001%n", ne.x, ne.y) // NE (WGS84)
            + "a5,E05000003,,,,,100002\n" // by code
            + "a6,E05999999,401500,301500,,,100002\n" // unknown code → coordinates (NE)
            + "a7,,399000,300500,,,100002\n" // outside
            + "a8,,0,0,,,100002\n" // unknown location
            + "a9,,four hundred,300500,,,100002\n" // unreadable
            + "a10,E05999998,,,,,100002\n" // unknown code, no coordinates
            + "a11,,,,,,100002\n"; // nothing
    Path f = TinyGeography.write(dir, "records.csv", csv);
    ImportResult<FlowTable> r =
        FlowCsvReader.read(
            f, TinyGeography.wards(), TinyGeography.schools(), FlowImportOptions.DEFAULT);
    assertEquals(
        FlowCsvShape.RECORD_LEVEL, FlowCsvReader.detectShape(f, FlowImportOptions.DEFAULT));
    FlowTable t = r.value();
    assertEquals(1, cell(t, TinyGeography.SW, "100001"));
    assertEquals(1, cell(t, TinyGeography.SE, "100001"));
    assertEquals(1, cell(t, TinyGeography.NW, "100001"));
    assertEquals(1, cell(t, TinyGeography.NE, "100001"), "WGS 84 home placed after transform");
    assertEquals(1, cell(t, TinyGeography.NW, "100002"));
    assertEquals(1, cell(t, TinyGeography.NE, "100002"), "unknown code fell back to coordinates");
    ImportReport rep = r.report();
    assertEquals(11, rep.countOf("rows read"));
    assertEquals(6, rep.countOf("rows kept"));
    assertEquals(5, rep.countOf("rows skipped"));
    assertEquals(11, rep.countOf("people read"), "one person per row");
    assertEquals(1, issue(rep, "placed by their home coordinates").people());
    assertEquals(1, issue(rep, "outside the boundary area").people());
    assertEquals(1, issue(rep, "0,0").people());
    assertEquals(1, issue(rep, "unreadable").people());
    assertEquals(1, issue(rep, "E05999998").people());
    assertEquals(1, issue(rep, "No home ward code and no home coordinates").people());
  }

  @Test
  void identifiersCoordinatesAgesAndDatesAreAbsentFromEveryOutput() throws Exception {
    List<String> secrets = new ArrayList<>();
    StringBuilder sb = new StringBuilder("Pupil ID,Easting,Northing,URN,Age,Date,Group\n");
    java.util.Random rnd = new java.util.Random(42);
    for (int i = 0; i < 200; i++) {
      String id = String.format("UPN-K%07dQ", 1_000_000 + i * 37);
      String x = String.format(Locale.ROOT, "%.3f", 400_000 + 1 + rnd.nextDouble() * 1998);
      String y = String.format(Locale.ROOT, "%.3f", 300_000 + 1 + rnd.nextDouble() * 1998);
      String age = String.format(Locale.ROOT, "%.2f", 10 + rnd.nextDouble() * 8);
      String date = String.format("%02d/%02d/2024", 1 + rnd.nextInt(28), 1 + rnd.nextInt(12));
      secrets.addAll(List.of(id, x, y, age, date));
      sb.append(String.join(",", id, x, y, i % 2 == 0 ? "100001" : "100002", age, date, "g"))
          .append('\n');
    }
    // rows with problems, whose messages must not echo the values either
    sb.append("UPN-BADROW01Z,401000.123,300999.875,100001,fourteen,2024-02-30,g\n");
    sb.append("UPN-BADROW02Z,400500.5,300500.5,Jane Smith,15,someday,g\n");
    sb.append("UPN-BADROW03Z,401200.625,nope,100001,15,2024-01-01,g\n");
    sb.append("UPN-K1000000Q,400600.25,300600.75,100001,14,2024-03-15,g\n"); // repeated id
    secrets.addAll(
        List.of(
            "UPN-BADROW01Z",
            "401000.123",
            "300999.875",
            "2024-02-30",
            "UPN-BADROW02Z",
            "400500.5",
            "UPN-BADROW03Z",
            "401200.625",
            "2024-01-01",
            "Jane Smith",
            "fourteen",
            "someday",
            "400600.25",
            "300600.75",
            "2024-03-15"));
    Path f = TinyGeography.write(dir, "cyp_records.csv", sb.toString());
    ImportResult<FlowTable> r =
        FlowCsvReader.readRecordLevel(
            f,
            TinyGeography.wards(),
            TinyGeography.schools(),
            FlowImportOptions.DEFAULT.withPeriods(PeriodGranularity.MONTH));
    FlowTable t = r.value();
    List<String> outputs = new ArrayList<>();
    outputs.add(r.report().format());
    r.report().issues().forEach(i -> outputs.add(i.location() + " " + i.message()));
    outputs.addAll(t.wardCodes());
    outputs.addAll(t.schoolUrns());
    for (FlowDimension d : FlowDimension.values()) {
      outputs.addAll(t.dimensionValues(d));
    }
    outputs.add(t.info().title());
    outputs.add(t.info().source());
    t.info().metadata().forEach((k, v) -> outputs.add(k + "=" + v));
    String all = String.join("\n", outputs);
    for (String s : secrets) {
      assertFalse(all.contains(s), "output contains the record-level value " + s);
    }
    // …but what they were used for happened
    assertEquals(
        202, t.matrix(FlowFilter.ALL).total(), "all rows but the bad-URN and bad-coordinate ones");
    assertTrue(
        t.dimensionValues(FlowDimension.PERIOD).stream().allMatch(p -> p.matches("2024-\\d\\d")));
    assertTrue(
        t.dimensionValues(FlowDimension.AGE_BAND).stream()
            .allMatch(b -> Set.of("10-13", "14-15", "16-17", "18-24").contains(b)));
    assertTrue(t.recordCount() < 202, "aggregated: fewer records than children");
    assertEquals(1, issue(r.report(), "person id already appeared").people());
    assertEquals(1, issue(r.report(), "not URNs (not shown)").people());
    assertEquals(1, issue(r.report(), "coordinates unreadable").people());
    assertEquals(1, issue(r.report(), "Unreadable date").people());
    assertEquals(1, issue(r.report(), "Unreadable age").people());
  }

  @Test
  void agesBecomeBandsAndDatesBecomePeriods() throws Exception {
    String csv =
        "home_ward_code,school_urn,age,date\n"
            + "E05000001,100001,9,2023-12-31\n"
            + "E05000001,100001,10,01/01/2024\n"
            + "E05000001,100001,13.9,15 March 2024\n"
            + "E05000001,100001,14,2024-03\n"
            + "E05000001,100001,30,2024\n";
    Path f = TinyGeography.write(dir, "ages.csv", csv);
    FlowImportOptions years =
        FlowImportOptions.DEFAULT.withAgeBands(AgeBands.parse("0-9,10-13,14-17"));
    FlowTable ty =
        FlowCsvReader.readRecordLevel(f, TinyGeography.wards(), TinyGeography.schools(), years)
            .value();
    assertEquals(List.of("2023", "2024"), ty.dimensionValues(FlowDimension.PERIOD));
    assertEquals(List.of("0-9", "10-13", "14-17"), ty.dimensionValues(FlowDimension.AGE_BAND));
    assertEquals(
        2, ty.matrix(new FlowFilter(null, Set.of("10-13"), null)).total(), "ages 10 and 13.9");
    ImportResult<FlowTable> rm =
        FlowCsvReader.readRecordLevel(
            f,
            TinyGeography.wards(),
            TinyGeography.schools(),
            years.withPeriods(PeriodGranularity.MONTH));
    assertEquals(
        List.of("2023-12", "2024-01", "2024-03", "2024"),
        rm.value().dimensionValues(FlowDimension.PERIOD));
    assertEquals(1, issue(rm.report(), "year only").people());
    assertEquals(1, issue(rm.report(), "in no age band").people(), "age 30");
  }

  @Test
  void realSchoolPointsLandInTheirKnownWards() throws Exception {
    Geography g = RealGeography.load();
    Path gias = SharedData.file("wm_gias_open_establishments_20250524.csv");
    Map<String, String> expected = new HashMap<>();
    StringBuilder bng = new StringBuilder("child_id,home_easting,home_northing,school_urn\n");
    StringBuilder wgs = new StringBuilder("child_id,lon,lat,school_urn\n");
    try (Reader in = Files.newBufferedReader(gias, StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      int i = 0;
      for (CSVRecord rec : p) {
        String ward = rec.get("wd25cd_pip");
        if (ward.isEmpty() || g.schools().byUrn(rec.get("urn")).isEmpty()) {
          continue;
        }
        expected.put(rec.get("urn"), ward);
        bng.append("c")
            .append(i)
            .append(',')
            .append(rec.get("easting"))
            .append(',')
            .append(rec.get("northing"))
            .append(',')
            .append(rec.get("urn"))
            .append('\n');
        wgs.append("c")
            .append(i++)
            .append(',')
            .append(rec.get("longitude"))
            .append(',')
            .append(rec.get("latitude"))
            .append(',')
            .append(rec.get("urn"))
            .append('\n');
      }
    }
    assertTrue(expected.size() > 1200, "GIAS schools with a known ward: " + expected.size());
    for (String body : List.of(bng.toString(), wgs.toString())) {
      Path f = TinyGeography.write(dir, "homes.csv", body);
      ImportResult<FlowTable> r =
          FlowCsvReader.readRecordLevel(f, g.wards(), g.schools(), FlowImportOptions.DEFAULT);
      FlowTable t = r.value();
      int agree = 0;
      for (int k = 0; k < t.recordCount(); k++) {
        if (t.wardOf(k).equals(expected.get(t.schoolOf(k)))) {
          agree++;
        }
      }
      assertEquals(expected.size(), r.report().countOf("rows kept"), r.report().format());
      // the expected wards were found against the WGS 84 polygons; a handful of schools lie
      // within a few metres of a boundary, where the BNG polygons (0.1 m, Helmert) may differ
      assertTrue(
          agree >= expected.size() - 5,
          agree + " of " + expected.size() + " schools in their known ward");
    }
  }
}
