package org.wardflow.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.Ward;
import org.wardflow.render.Viewport;
import org.wardflow.ui.AppData;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.RecentFiles;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.MapLayer;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.map.MapViewModel;

/**
 * Undo at view-model level (no toolkit): the demo in a {@link MainViewModel} publishing on the
 * calling thread, a fake clock, and a queue standing in for the FX thread's {@code runLater}.
 */
class HistoryRecorderTest {
  private static final AppData DEMO = AppData.demo();
  private final AtomicLong now = new AtomicLong(10_000);
  private final Queue<Runnable> later = new ArrayDeque<>();
  private MainViewModel vm;
  private History history;

  @BeforeEach
  void setUp() {
    vm = new MainViewModel(RecentFiles.inMemory());
    history = new History(now::get, History.DEFAULT_LIMIT);
    new HistoryRecorder(vm, history, later::add);
    vm.map().setSize(800, 600);
    vm.showData(DEMO);
    flushLater();
  }

  private void flushLater() {
    while (!later.isEmpty()) {
      later.poll().run();
    }
  }

  private void tick() {
    now.addAndGet(History.COALESCE_MILLIS * 2);
  }

  @Test
  void openingDataIsNotAnEdit() {
    assertTrue(history.undoNames().isEmpty(), history.undoNames().toString());
  }

  @Test
  void paletteChangeIsUndoneAndRedoneAndRebuildsTheChoropleth() {
    String before = vm.style().paletteProperty().get();
    var paletteShown = vm.getThematic().choropleth().legendClasses();
    vm.style().paletteProperty().set("Greens");
    assertNotEquals(paletteShown, vm.getThematic().choropleth().legendClasses());
    assertEquals("Undo Change Palette", history.undoTextProperty().get());
    history.undo();
    assertEquals(before, vm.style().paletteProperty().get());
    assertEquals(paletteShown, vm.getThematic().choropleth().legendClasses());
    assertEquals("Redo Change Palette", history.redoTextProperty().get());
    history.redo();
    assertEquals("Greens", vm.style().paletteProperty().get());
    assertFalse(history.canRedoProperty().get());
  }

  @Test
  void everyStyleSettingIsUndoable() {
    vm.style().methodProperty().set(ClassificationMethod.EQUAL_INTERVAL);
    tick();
    vm.style().classesProperty().set(7);
    tick();
    vm.style().minCountProperty().set(3);
    tick();
    vm.style().scaleLockProperty().set(true);
    tick();
    vm.style().labelsProperty().set(false);
    assertEquals(
        List.of(
            "Hide Labels",
            "Lock Flow Scale",
            "Change Minimum Flow",
            "Change Number of Classes",
            "Change Classification"),
        history.undoNames());
    while (history.undo()) {
      // all of them
    }
    assertNotEquals(ClassificationMethod.EQUAL_INTERVAL, vm.style().methodProperty().get());
    assertNotEquals(7, vm.style().classesProperty().get());
    assertEquals(0, vm.style().minCountProperty().get());
    assertFalse(vm.style().scaleLockProperty().get());
    assertTrue(vm.style().labelsProperty().get());
  }

  @Test
  void thresholdDragIsOneStepAndRepublishes() {
    int k0 = vm.policyProperty().get().k();
    for (int k = k0 + 1; k <= k0 + 6; k++) {
      vm.disclosure().setPolicy(vm.disclosure().getPolicy().withK(k));
      now.addAndGet(60);
    }
    assertEquals(List.of("Change Threshold"), history.undoNames());
    assertEquals(k0 + 6, vm.getPublished().policy().k());
    history.undo();
    assertEquals(k0, vm.policyProperty().get().k());
    assertEquals(k0, vm.getPublished().policy().k());
  }

  @Test
  void undoNeverLowersTheFloor() {
    DisclosurePolicy p0 = vm.policyProperty().get();
    vm.disclosure().setPolicy(p0.withRounding(10));
    tick();
    vm.disclosure().setPolicy(vm.disclosure().getPolicy().withFloor(p0.floor() + 3));
    assertEquals(List.of("Change Rounding"), history.undoNames(), "a floor change is no edit");
    history.undo();
    DisclosurePolicy p = vm.policyProperty().get();
    assertEquals(0, p.roundingBase());
    assertEquals(p0.floor() + 3, p.floor());
  }

  @Test
  void filterLayersAndSelectionAreUndoable() {
    vm.filterProperty()
        .set(new FlowFilter(java.util.Set.of("2024"), java.util.Set.of(), java.util.Set.of()));
    tick();
    MapLayer flows = vm.map().layer(LayerKind.FLOWS).orElseThrow();
    flows.setVisible(false);
    tick();
    List<LayerKind> order0 = vm.map().layers().stream().map(MapLayer::kind).toList();
    vm.map().moveLayer(vm.map().layers().get(0), 2);
    tick();
    Ward w = DEMO.geography().wards().wards().get(0);
    vm.map().setSelection(MapTarget.of(w));
    assertEquals(
        List.of("Select " + w.name(), "Move Layer", "Hide Flows", "Change Sub-table"),
        history.undoNames());
    history.undo();
    assertNull(vm.map().getSelection());
    history.undo();
    assertEquals(order0, vm.map().layers().stream().map(MapLayer::kind).toList());
    history.undo();
    assertTrue(vm.map().layer(LayerKind.FLOWS).orElseThrow().isVisible());
    history.undo();
    assertEquals(FlowFilter.ALL, vm.filterProperty().get());
  }

  @Test
  void aBurstOfZoomingAndPanningIsOneStepAndResizingIsNone() {
    MapViewModel map = vm.map();
    Viewport v0 = map.getViewport();
    for (int i = 0; i < 10; i++) {
      map.wheel(40, 400, 300);
      now.addAndGet(30);
    }
    map.pan(25, -10);
    map.setSize(900, 650);
    assertEquals(List.of("Change View"), history.undoNames());
    tick();
    map.zoomOut();
    assertEquals(List.of("Zoom", "Change View"), history.undoNames());
    history.undo();
    history.undo();
    Viewport v = map.getViewport();
    assertEquals(v0.centerX(), v.centerX(), 1e-6);
    assertEquals(v0.centerY(), v.centerY(), 1e-6);
    assertEquals(v0.metresPerPixel(), v.metresPerPixel(), 1e-9);
    assertEquals(900, v.width(), "undo keeps the window size");
  }
}
