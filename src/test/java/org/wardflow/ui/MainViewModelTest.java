package org.wardflow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.wardflow.io.ImportReport;
import org.wardflow.model.Crs;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;

/** Opening files: reports kept, layers merged, fictional and real data never mixed. */
class MainViewModelTest {
  private MainViewModel vm;

  @BeforeEach
  void setUp() {
    vm = new MainViewModel(RecentFiles.inMemory());
    vm.map().setSize(800, 600);
    vm.showGeography(BuiltInGeography.create());
  }

  private static WardLayer realWards() {
    var square =
        Crs.BNG_FACTORY.createPolygon(
            new Coordinate[] {
              new Coordinate(410_000, 280_000),
              new Coordinate(411_000, 280_000),
              new Coordinate(411_000, 281_000),
              new Coordinate(410_000, 281_000),
              new Coordinate(410_000, 280_000)
            });
    return new WardLayer(
        "wards.geojson", List.of(Ward.of("E05000001", "Real", "", "", square, null)));
  }

  private static SchoolLayer realSchools() {
    School s =
        new School(
            "100001",
            "Real School",
            Phase.PRIMARY,
            "",
            true,
            200,
            Crs.BNG_FACTORY.createPoint(new Coordinate(410_500, 280_500)),
            "",
            "",
            null);
    return new SchoolLayer("gias.csv", List.of(s));
  }

  @Test
  void theDemoCarriesItsFictionalLabel() {
    assertEquals("FICTIONAL", vm.datasetLabelProperty().get());
    assertEquals("Built-in fictional grid", vm.datasetTitleProperty().get());
  }

  @Test
  void realWardsReplaceTheDemoAndItsFictionalSchools() {
    ImportReport rep = new ImportReport(Path.of("/d/wards.geojson"), "ward boundaries (GeoJSON)");
    rep.count("read", 1).warn("feature 1", "ring repaired");
    String msg = vm.apply(LoadResult.ofWards(realWards(), rep));
    Geography g = vm.map().getGeography();
    assertEquals("E05000001", g.wards().wards().get(0).code());
    assertEquals(0, g.schools().size(), "fictional schools removed");
    assertEquals("", vm.datasetLabelProperty().get(), "observed data has no label");
    assertTrue(msg.startsWith("Opened wards.geojson — ward boundaries (GeoJSON): read 1"), msg);
    assertTrue(msg.contains("1 warning"), msg);
    assertTrue(msg.contains("fictional schools were removed"), msg);
    assertSame(rep, vm.currentReportProperty().get());
    assertEquals(List.of(Path.of("/d/wards.geojson")), vm.recentFiles().files());
    assertTrue(vm.map().getViewport().envelope().contains(g.wards().extent()), "zoomed to it");
  }

  @Test
  void realSchoolsJoinRealWards() {
    vm.apply(LoadResult.ofWards(realWards(), new ImportReport(Path.of("/d/wards.geojson"), "w")));
    vm.apply(LoadResult.ofSchools(realSchools(), new ImportReport(Path.of("/d/gias.csv"), "s")));
    Geography g = vm.map().getGeography();
    assertEquals(1, g.wards().size());
    assertEquals(1, g.schools().size());
    assertEquals("wards.geojson + gias.csv", g.info().title());
    assertEquals("", g.info().label());
    assertEquals(2, vm.reports().size());
  }

  @Test
  void schoolsFarOutsideTheWardsDoNotZoomTheMapOut() {
    vm.apply(LoadResult.ofWards(realWards(), new ImportReport(Path.of("/d/wards.geojson"), "w")));
    School near = realSchools().schools().get(0);
    School far =
        new School(
            "100002",
            "Mis-coded School",
            Phase.PRIMARY,
            "",
            true,
            100,
            Crs.BNG_FACTORY.createPoint(new Coordinate(530_000, 180_000)),
            "",
            "",
            null);
    vm.apply(
        LoadResult.ofSchools(
            new SchoolLayer("gias.csv", List.of(near, far)),
            new ImportReport(Path.of("/d/gias.csv"), "s")));
    var view = vm.map().getViewport().envelope();
    assertTrue(view.contains(realWards().extent()), "the wards stay in view");
    assertTrue(view.getWidth() < 10_000, "fitted to the 1 km ward, not the far school: " + view);
  }

  @Test
  void syntheticDataKeepsItsLabel() {
    DatasetInfo synth = new DatasetInfo("Synthetic", "gen", "", false, true, Map.of());
    vm.apply(new LoadResult(new ImportReport(Path.of("/d/s.gpkg"), "s"), realWards(), null, synth));
    assertEquals("SYNTHETIC", vm.datasetLabelProperty().get());
  }

  @Test
  void aFailedFileLeavesTheMapAndRecentFilesAlone() {
    Geography before = vm.map().getGeography();
    ImportReport rep = new ImportReport(Path.of("/d/x.txt"), "unsupported file");
    rep.error("", "Wardflow cannot open “x.txt”: “.txt” files are not supported.");
    String msg = vm.apply(LoadResult.failed(rep));
    assertSame(before, vm.map().getGeography());
    assertEquals(
        "Could not open x.txt: Wardflow cannot open “x.txt”: “.txt” files are not supported.", msg);
    assertEquals(msg, vm.map().statusMessageProperty().get());
    assertTrue(vm.recentFiles().files().isEmpty());
    assertEquals(List.of(rep), vm.reports());
  }
}
