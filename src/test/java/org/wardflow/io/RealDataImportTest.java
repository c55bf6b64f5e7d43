package org.wardflow.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.wardflow.io.ImportReport.Severity;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;
import org.wardflow.testutil.SharedData;

/**
 * Importers against the real West Midlands files in ../shared/data. Expected figures come from
 * PROVENANCE.md (counts published with the data), not from this code.
 */
class RealDataImportTest {
  private static ImportResult<WardLayer> wgs84;
  private static ImportResult<WardLayer> bng;

  @BeforeAll
  static void readWards() throws ImportException {
    wgs84 = Readers.readWards(SharedData.file("wm_wards_2025_bgc_wgs84.geojson"));
    bng = Readers.readWards(SharedData.file("wm_wards_2025_bgc_bng.geojson"));
  }

  @Test
  void both2025WardFilesGive192Wards() {
    assertEquals(192, wgs84.value().size());
    assertEquals(192, bng.value().size());
    assertEquals(192, wgs84.report().countOf("wards"));
    assertFalse(wgs84.report().hasErrors());
    assertFalse(bng.report().hasErrors());
  }

  @Test
  void wardsPerDistrictMatchProvenance() {
    Map<String, Integer> perDistrict = new HashMap<>();
    for (Ward w : wgs84.value().wards()) {
      perDistrict.merge(w.districtName(), 1, Integer::sum);
    }
    assertEquals(
        Map.of(
            "Birmingham",
            69,
            "Coventry",
            18,
            "Dudley",
            24,
            "Sandwell",
            24,
            "Solihull",
            17,
            "Walsall",
            20,
            "Wolverhampton",
            20),
        perDistrict);
  }

  @Test
  void crsIsReportedFromTheCrsMember() {
    assertTrue(
        wgs84.report().issues().stream()
            .anyMatch(i -> i.message().contains("EPSG:4326") && i.message().contains("CRS84")));
    assertTrue(
        bng.report().issues().stream()
            .anyMatch(
                i -> i.message().contains("EPSG:27700") && i.message().contains("crs member")));
  }

  @Test
  void sameWardFromWgs84AndBngAgreesWithin5Metres() {
    WardLayer a = wgs84.value();
    WardLayer b = bng.value();
    double worstInterior = 0;
    double worstCentroid = 0;
    for (Ward wa : a.wards()) {
      Ward wb = b.byCode(wa.code()).orElseThrow();
      Point pa = wa.geometry().getInteriorPoint();
      Point pb = wb.geometry().getInteriorPoint();
      worstInterior = Math.max(worstInterior, pa.distance(pb));
      worstCentroid =
          Math.max(
              worstCentroid, wa.geometry().getCentroid().distance(wb.geometry().getCentroid()));
      assertEquals(
          wb.geometry().getArea(),
          wa.geometry().getArea(),
          wb.geometry().getArea() * 1e-3,
          wa.code());
    }
    assertTrue(worstInterior < 5, "worst interior-point distance " + worstInterior + " m");
    assertTrue(worstCentroid < 5, "worst centroid distance " + worstCentroid + " m");
  }

  @Test
  void reprojectedWardsContainTheOnsLabelPoints() {
    // The WGS84 file's BNG_E/BNG_N are ONS's label points; after our reprojection every one must
    // lie inside its own ward (or within 5 m of it).
    int labelled = 0;
    for (Ward w : wgs84.value().wards()) {
      double e = ((Number) w.attributes().get("BNG_E")).doubleValue();
      double n = ((Number) w.attributes().get("BNG_N")).doubleValue();
      Point p = org.wardflow.model.Crs.BNG_FACTORY.createPoint(new Coordinate(e, n));
      assertTrue(w.geometry().distance(p) < 5, w.code() + " label point outside its ward");
      if (w.labelPoint().equalsExact(p)) {
        labelled++;
      }
    }
    assertTrue(labelled > 180, "label points taken from BNG_E/BNG_N: " + labelled);
  }

  @Test
  void wards2013Give163() throws ImportException {
    ImportResult<WardLayer> r =
        Readers.readWards(SharedData.file("wm_wards_2013_bgc_wgs84.geojson"));
    assertEquals(163, r.value().size());
    assertTrue(r.value().byCode("E05001178").isPresent());
    assertEquals("Acocks Green", r.value().byCode("E05001178").get().name());
    assertEquals("E08000025", r.value().byCode("E05001178").get().districtCode());
  }

  @Test
  void giasGives1238EstablishmentsAnd140604HasNoLocation() throws ImportException {
    ImportResult<SchoolLayer> r =
        Readers.readSchools(SharedData.file("wm_gias_open_establishments_20250524.csv"));
    SchoolLayer s = r.value();
    assertEquals(1238, s.size());
    School central = s.byUrn("140604").orElseThrow();
    assertNull(central.location());
    assertEquals("Central Learning Partnership", central.name());
    assertTrue(
        r.report().issues().stream()
            .anyMatch(
                i ->
                    i.severity() == Severity.WARNING
                        && i.location().contains("140604")
                        && i.location().startsWith("line ")
                        && i.message().contains("0,0")));
    // Figures from PROVENANCE.md.
    Map<Phase, Integer> phases = new HashMap<>();
    int noPupils = 0;
    for (School x : s.schools()) {
      phases.merge(x.phase(), 1, Integer::sum);
      if (x.pupilCount().isEmpty()) {
        noPupils++;
      }
    }
    assertEquals(762, phases.get(Phase.PRIMARY));
    assertEquals(196, phases.get(Phase.SECONDARY));
    assertEquals(10, phases.get(Phase.ALL_THROUGH));
    assertEquals(16, phases.get(Phase.SIXTEEN_PLUS));
    assertEquals(44, phases.get(Phase.NURSERY));
    assertEquals(210, phases.get(Phase.NOT_APPLICABLE));
    assertEquals(85, noPupils);
    assertTrue(s.schools().stream().allMatch(School::open));
  }

  @Test
  void schoolsLandInTheWardsTheFileRecords() throws ImportException {
    SchoolLayer s =
        Readers.readSchools(SharedData.file("wm_gias_open_establishments_20250524.csv")).value();
    WardLayer wards = wgs84.value();
    int compared = 0;
    List<String> mismatches = new ArrayList<>();
    for (School x : s.schools()) {
      Object expected = x.attributes().get("wd25cd_pip");
      if (!x.hasLocation()) {
        continue;
      }
      String got = wards.wardAt(x.location().getCoordinate()).map(Ward::code).orElse(null);
      if (expected == null) {
        // The file leaves wd25cd_pip empty for schools outside the seven districts.
        if (got != null) {
          mismatches.add(x.urn() + " expected no ward, got " + got);
        }
        continue;
      }
      compared++;
      if (!expected.equals(got)) {
        // Tolerate only points within a few metres of the recorded ward (datum-shift accuracy).
        Ward w = wards.byCode((String) expected).orElseThrow();
        if (w.geometry().distance(x.location()) > 5) {
          mismatches.add(x.urn() + " expected " + expected + ", got " + got);
        }
      }
    }
    assertTrue(compared > 1200, "schools compared: " + compared);
    assertTrue(mismatches.isEmpty(), "mismatches: " + mismatches);
    // Two named examples.
    assertEquals(
        "E05011186",
        wards
            .wardAt(s.byUrn("103120").orElseThrow().location().getCoordinate())
            .orElseThrow()
            .code());
    assertEquals(
        "E05011156",
        wards
            .wardAt(s.byUrn("103121").orElseThrow().location().getCoordinate())
            .orElseThrow()
            .code());
  }

  @Test
  void populationJoinsAll192WardsWithTheCensusTotal() throws ImportException {
    ImportResult<WardPopulation> r =
        Readers.readWardPopulation(
            SharedData.file("wm_ward25_census2021_usual_residents_age6_DERIVED.csv"),
            wgs84.value());
    WardPopulation p = r.value();
    assertEquals(192, p.total().values().size());
    assertEquals(192, p.children().values().size());
    assertEquals(2_919_651, p.totalResidents(), 0.0);
    assertEquals("Aged 15 years and under", p.children().name());
    assertEquals(6, p.ageGroups().size());
    // Birmingham's Census 2021 total, from PROVENANCE.md.
    double birmingham = 0;
    for (Ward w : wgs84.value().wards()) {
      if (w.districtName().equals("Birmingham")) {
        birmingham += p.total().valueOf(w.code()).orElseThrow();
      }
    }
    assertEquals(1_144_903, birmingham, 0.0);
    assertEquals(0, r.report().countOf("unmatched rows"));
    assertEquals(0, r.report().countOf("wards without data"));
    assertEquals(192, r.report().countOf("joined"));
  }

  @Test
  void populationAgainstThe2013WardsReportsUnmatchedCodesBothWays() throws ImportException {
    WardLayer old = Readers.readWards(SharedData.file("wm_wards_2013_bgc_wgs84.geojson")).value();
    ImportResult<WardPopulation> r =
        Readers.readWardPopulation(
            SharedData.file("wm_ward25_census2021_usual_residents_age6_DERIVED.csv"), old);
    long unmatched = r.report().countOf("unmatched rows");
    long missing = r.report().countOf("wards without data");
    assertTrue(unmatched > 0 && missing > 0);
    Set<String> codes2013 = new HashSet<>();
    old.wards().forEach(w -> codes2013.add(w.code()));
    assertEquals(192 - unmatched, r.value().total().values().size());
    assertEquals(
        163 - missing,
        r.value().total().values().keySet().stream().filter(codes2013::contains).count());
  }

  @Test
  void filesAreDetected() {
    assertEquals(
        List.of(Detection.Content.WARDS),
        Readers.detect(SharedData.file("wm_wards_2025_bgc_bng.geojson")).contents());
    assertEquals(
        List.of(Detection.Content.SCHOOLS),
        Readers.detect(SharedData.file("wm_gias_open_establishments_20250524.csv")).contents());
    Detection d =
        Readers.detect(SharedData.file("wm_ward25_census2021_usual_residents_age6_DERIVED.csv"));
    assertEquals(List.of(Detection.Content.WARD_TABLE), d.contents());
    assertNull(d.problem());
    assertNotNull(d.summary());
  }
}
