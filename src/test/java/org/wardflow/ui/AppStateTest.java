package org.wardflow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.wardflow.io.ImportReport;
import org.wardflow.model.Crs;
import org.wardflow.model.Geography;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;
import org.wardflow.render.FlowScale;
import org.wardflow.testutil.GridFlows;
import org.wardflow.ui.layers.ThematicMap;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.selection.SelectionSummary;
import org.wardflow.ui.style.ChoroplethMeasure;
import org.wardflow.ui.style.FlowTableChoice;

/**
 * The application state without a toolkit: data → gate → thematic map → map content, the map tips
 * (published figures only), the scale lock and the rule that fictional and real data never mix.
 */
class AppStateTest {
  private MainViewModel vm;
  private Geography geo;

  @BeforeEach
  void setUp() {
    vm = new MainViewModel(RecentFiles.inMemory());
    vm.map().setSize(800, 600);
    geo = BuiltInGeography.create();
    vm.showData(
        new AppData(geo, GridFlows.table(), GridFlows.table(), GridFlows.children(), null, null));
  }

  private MapTarget ward(int i) {
    return MapTarget.of(geo.wards().wards().get(i));
  }

  @Test
  void dataFlowsThroughTheGateIntoTheMapContent() {
    ThematicMap t = vm.getThematic();
    assertNotNull(t);
    assertSame(vm.getPublished(), t.input().cyp(), "the map is built from the published table");
    assertSame(t.scene(), vm.map().getContent().scene(), "the map content is the thematic scene");
    assertSame(vm.map().getContent(), vm.map().getScene().content(), "frames carry the content");
    assertEquals("FICTIONAL · SYNTHETIC", vm.datasetLabelProperty().get());
    assertTrue(
        vm.map().layer(LayerKind.FLOWS).orElseThrow().getName().contains("SYNTHETIC"),
        vm.map().layer(LayerKind.FLOWS).orElseThrow().getName());
    // every flow drawn is a published or hidden cell of the published flow table
    var flows = t.scene().flows();
    assertFalse(flows.isEmpty());
    for (var f : flows) {
      var v = t.input().flows().get(f.wardCode(), f.schoolUrn());
      assertEquals(v, f.value());
    }
  }

  @Test
  void policyAndStyleChangesRebuildTheMap() {
    ThematicMap before = vm.getThematic();
    vm.policyProperty().set(vm.policyProperty().get().withK(0));
    ThematicMap open = vm.getThematic();
    assertTrue(before != open);
    assertTrue(open.choropleth().fills().suppressed().isEmpty(), "k = 0 hides nothing");
    assertFalse(before.choropleth().fills().suppressed().isEmpty(), "k = 5 hides small totals");
    vm.style().measureProperty().set(ChoroplethMeasure.COUNT);
    assertEquals(ChoroplethMeasure.COUNT, vm.getThematic().choropleth().measure());
    vm.map().setSelection(ward(2));
    assertEquals(SelectionSummary.Kind.WARD, vm.getThematic().summary().kind());
  }

  @Test
  void tipsShowPublishedFiguresAndHiddenOnesAsSymbols() {
    // Brindle Park (ward 1) has 2 CYP: hidden at k = 5
    String tip = vm.tipText(ward(1));
    assertTrue(tip.startsWith(BuiltInGeography.wardName(1) + "\n"), tip);
    assertTrue(tip.contains("CYP living here: [c]"), tip);
    assertTrue(tip.contains("<5"), tip);
    assertFalse(tip.contains("here: 2"), "the raw value never appears: " + tip);
    vm.policyProperty().set(vm.policyProperty().get().withK(0));
    assertTrue(vm.tipText(ward(1)).contains("CYP living here: 2"), "published at k = 0");
    vm.policyProperty().set(vm.policyProperty().get().withK(3));
    String at3 = vm.tipText(ward(1));
    assertTrue(at3.contains("[c]") && at3.contains("<3"), at3);
    // a school tip, and the flow to it from the selected ward
    vm.policyProperty().set(vm.policyProperty().get().withK(0));
    vm.map().setSelection(ward(10));
    MapTarget school = MapTarget.of(geo.schools().byUrn(GridFlows.urn(5)).orElseThrow());
    String st = vm.tipText(school);
    assertTrue(st.contains("CYP from " + BuiltInGeography.wardName(10) + ": 40"), st);
    assertTrue(st.contains("CYP attending: 60"), st);
  }

  @Test
  void theFlowTableCanBeTheAllPupilsTable() {
    var cypOnly = vm.publicationProperty().get();
    assertSame(cypOnly.cyp(), cypOnly.flows());
    vm.style().flowTableProperty().set(FlowTableChoice.PUPILS);
    var both = vm.publicationProperty().get();
    assertTrue(both.cyp() != both.flows(), "flows now from the pupils table");
    assertTrue(vm.map().layer(LayerKind.FLOWS).orElseThrow().getName().contains("All pupils"));
  }

  @Test
  void theScaleLockKeepsTheWidthPerCount() {
    vm.policyProperty().set(vm.policyProperty().get().withK(0));
    double fitted =
        FlowScale.resolve(vm.getThematic().scene(), vm.getThematic().style()).pixelsPerCount();
    vm.style().scaleLockProperty().set(true);
    assertEquals(fitted, vm.style().lockedPixelsPerCountProperty().get(), 1e-12);
    // a filter that removes the largest flow would refit an unlocked scale; locked, it stays
    vm.filterProperty()
        .set(new org.wardflow.model.FlowFilter(null, java.util.Set.of("4-10"), null));
    FlowScale locked = FlowScale.resolve(vm.getThematic().scene(), vm.getThematic().style());
    assertTrue(locked.locked());
    assertEquals(fitted, locked.pixelsPerCount(), 1e-12);
    vm.style().scaleLockProperty().set(false);
    FlowScale refit = FlowScale.resolve(vm.getThematic().scene(), vm.getThematic().style());
    assertFalse(refit.locked());
    assertTrue(refit.pixelsPerCount() != fitted, "unlocked, the scale refits to the sub-table");
  }

  @Test
  void realWardsDropTheFictionalTables() {
    var square =
        Crs.BNG_FACTORY.createPolygon(
            new Coordinate[] {
              new Coordinate(410_000, 280_000),
              new Coordinate(411_000, 280_000),
              new Coordinate(411_000, 281_000),
              new Coordinate(410_000, 281_000),
              new Coordinate(410_000, 280_000)
            });
    WardLayer real =
        new WardLayer("wards.geojson", List.of(Ward.of("E05000001", "Real", "", "", square, null)));
    String msg =
        vm.apply(LoadResult.ofWards(real, new ImportReport(Path.of("/d/wards.geojson"), "wards")));
    assertNull(vm.cypTableProperty().get());
    assertNull(vm.pupilTableProperty().get());
    assertNull(vm.childrenProperty().get());
    assertNull(vm.getPublished());
    assertTrue(msg.contains("flow tables and population were removed"), msg);
    assertEquals("", vm.datasetLabelProperty().get());
    assertTrue(vm.getThematic().choropleth().legendClasses().isEmpty(), "no choropleth left");
  }

  @Test
  void aLoadedFlowTableBecomesTheCypTable() {
    var t = GridFlows.table();
    String msg = vm.apply(LoadResult.ofFlows(t, new ImportReport(Path.of("/d/f.csv"), "flows")));
    assertSame(t, vm.cypTableProperty().get());
    assertTrue(msg.contains("now the CYP table"), msg);
  }
}
