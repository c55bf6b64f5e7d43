package org.wardflow.ui.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.io.ImportReport;
import org.wardflow.model.Geography;
import org.wardflow.testutil.SharedData;
import org.wardflow.ui.BuiltInGeography;
import org.wardflow.ui.LoadResult;

/** Opening files by content: boundaries, schools, flow tables (both shapes), population. */
class WardflowLoaderTest {
  private final WardflowLoader loader = new WardflowLoader();

  private static String errors(LoadResult r) {
    return r.report().issues().stream()
        .filter(i -> i.severity() == ImportReport.Severity.ERROR)
        .map(ImportReport.Issue::message)
        .reduce("", (a, b) -> a + b);
  }

  @Test
  void realWardBoundariesAndSchoolsAreRecognisedByContent() {
    LoadResult wards = loader.load(SharedData.file("wm_wards_2025_bgc_wgs84.geojson"));
    assertTrue(wards.ok(), errors(wards));
    assertEquals(192, wards.wards().size());
    assertNull(wards.schools());
    LoadResult schools = loader.load(SharedData.file("wm_gias_open_establishments_20250524.csv"));
    assertTrue(schools.ok(), errors(schools));
    assertNotNull(schools.schools());
    assertNull(schools.flows(), "a school register is not a flow table although it has URNs");
  }

  @Test
  void wardPopulationIsJoinedToTheWardsShown() {
    LoadResult wards = loader.load(SharedData.file("wm_wards_2025_bgc_wgs84.geojson"));
    Geography g =
        new Geography(
            wards.wards(),
            new org.wardflow.model.SchoolLayer("none", List.of()),
            org.wardflow.model.DatasetInfo.ofFile("w", "", ""));
    LoadResult pop =
        loader.load(SharedData.file("wm_ward25_census2021_usual_residents_age6_DERIVED.csv"), g);
    assertTrue(pop.ok(), errors(pop));
    assertNotNull(pop.children());
    assertEquals(6102, pop.children().valueOf("E05011118").orElseThrow(), 1e-9, "Acocks Green");
    assertNotNull(pop.population());
  }

  @Test
  void anAggregatedFlowTableIsReconciledWithTheGeographyShown(@TempDir Path dir) throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("flows.csv"),
            "ward_code,school_urn,count\n"
                + "FX000001,F100001,12\n"
                + "FX000002,F100002,3\n"
                + "FX999999,F100002,4\n");
    LoadResult none = loader.load(csv);
    assertFalse(none.ok());
    assertTrue(errors(none).contains("open the wards and schools first"), errors(none));
    LoadResult r = loader.load(csv, BuiltInGeography.create());
    assertTrue(r.ok(), errors(r));
    assertNotNull(r.flows());
    assertEquals(2, r.flows().recordCount(), "the unknown ward's row is skipped");
    assertTrue(
        r.report().issues().stream().anyMatch(i -> i.message().contains("FX999999")),
        "the skipped row is reported");
  }

  @Test
  void aRecordLevelFileIsAggregatedOnImport(@TempDir Path dir) throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("children.csv"),
            "person_id,home_ward_code,school_urn,age\n"
                + "P1,FX000001,F100001,12\n"
                + "P2,FX000001,F100001,13\n"
                + "P3,FX000003,F100002,14\n");
    LoadResult r = loader.load(csv, BuiltInGeography.create());
    assertTrue(r.ok(), errors(r));
    assertEquals(2, r.flows().wardCodes().size());
    assertFalse(r.report().format().contains("P1"), "identifiers never reach the report");
  }

  @Test
  void anUnknownCsvGetsAClearMessage(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("notes.csv"), "colour,taste\nred,sweet\n");
    LoadResult r = loader.load(csv, BuiltInGeography.create());
    assertFalse(r.ok());
    String msg = errors(r);
    assertTrue(msg.contains("notes.csv"), msg);
    assertTrue(msg.contains("flow tables"), msg);
    assertFalse(msg.contains("Exception"), msg);
  }

  @Test
  void missingFilesAndFoldersAreReported(@TempDir Path dir) {
    assertTrue(errors(loader.load(dir.resolve("nope.geojson"))).contains("does not exist"));
    assertTrue(errors(loader.load(dir)).contains("folder"));
  }

  @Test
  void flowHeadersAreToldApartFromSchoolRegisters() {
    assertTrue(WardflowLoader.isFlowTable(List.of("ward_code", "school_urn", "count")));
    assertTrue(WardflowLoader.isFlowTable(List.of("WD25CD", "URN", "n")));
    assertTrue(
        WardflowLoader.isFlowTable(
            List.of("person_id", "home_easting", "home_northing", "school_urn")));
    assertFalse(
        WardflowLoader.isFlowTable(List.of("URN", "EstablishmentName", "Easting", "Northing")));
    assertFalse(WardflowLoader.isFlowTable(List.of("WD25CD", "children")));
  }
}
