package org.wardflow.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.model.Geography;
import org.wardflow.render.Viewport;
import org.wardflow.ui.BuiltInGeography;

/** The map view model without a toolkit: navigation, scale, cursor texts, picking, layers. */
class MapViewModelTest {
  private MapViewModel vm;
  private Geography geo;

  @BeforeEach
  void setUp() {
    vm = new MapViewModel();
    geo = BuiltInGeography.create();
    vm.setSize(1000, 700);
    vm.setGeography(geo);
  }

  private double[] pixelOf(Coordinate c) {
    Viewport v = vm.getViewport();
    return new double[] {v.toScreenX(c.x), v.toScreenY(c.y)};
  }

  @ParameterizedTest
  @CsvSource({"2.0, 120, 80", "0.5, 900, 650", "1.37, 500, 350", "3.0, 0, 0"})
  void zoomAboutKeepsTheMapPointUnderThePixelFixed(double factor, double px, double py) {
    Point2D.Double before = vm.getViewport().toWorld(px, py);
    double mpp = vm.getViewport().metresPerPixel();
    vm.zoomAbout(factor, px, py);
    Point2D.Double after = vm.getViewport().toWorld(px, py);
    assertEquals(before.x, after.x, 1e-6);
    assertEquals(before.y, after.y, 1e-6);
    assertEquals(mpp / factor, vm.getViewport().metresPerPixel(), mpp * 1e-12);
  }

  @Test
  void wheelAwayFromTheUserZoomsInAboutThePointer() {
    double denominator = vm.scaleDenominator();
    Point2D.Double before = vm.getViewport().toWorld(321, 123);
    vm.wheelNotches(2, 321, 123);
    assertEquals(denominator / 2, vm.scaleDenominator(), denominator * 1e-9, "two notches = ×2");
    Point2D.Double after = vm.getViewport().toWorld(321, 123);
    assertEquals(before.x, after.x, 1e-6);
    assertEquals(before.y, after.y, 1e-6);
    vm.wheel(-MapViewModel.WHEEL_DELTA_PER_DOUBLING, 321, 123);
    assertEquals(denominator, vm.scaleDenominator(), denominator * 1e-9, "smooth scroll back");
  }

  @Test
  void panMovesTheMapWithThePointer() {
    Coordinate c = BuiltInGeography.cellCentre(1, 1);
    double[] p = pixelOf(c);
    vm.pan(37, -12);
    double[] q = pixelOf(c);
    assertEquals(p[0] + 37, q[0], 1e-6);
    assertEquals(p[1] - 12, q[1], 1e-6);
  }

  @Test
  void keyboardPanStepsMoveAFifthOfTheView() {
    Viewport v = vm.getViewport();
    double stepX = 0.2 * v.width() * v.metresPerPixel();
    double stepY = 0.2 * v.height() * v.metresPerPixel();
    vm.panStep(MapViewModel.Direction.RIGHT);
    assertEquals(v.centerX() + stepX, vm.getViewport().centerX(), 1e-6);
    vm.panStep(MapViewModel.Direction.UP);
    assertEquals(v.centerY() + stepY, vm.getViewport().centerY(), 1e-6, "up looks north");
    vm.panStep(MapViewModel.Direction.LEFT);
    vm.panStep(MapViewModel.Direction.DOWN);
    assertEquals(v.centerX(), vm.getViewport().centerX(), 1e-6);
    assertEquals(v.centerY(), vm.getViewport().centerY(), 1e-6);
  }

  @Test
  void zoomStepsHalveAndDoubleTheScale() {
    double d = vm.scaleDenominator();
    vm.zoomIn();
    assertEquals(d / 2, vm.scaleDenominator(), d * 1e-9);
    vm.zoomOut();
    vm.zoomOut();
    assertEquals(d * 2, vm.scaleDenominator(), d * 1e-9);
  }

  @Test
  void zoomIsClampedToItsLimits() {
    for (int i = 0; i < 60; i++) {
      vm.zoomIn();
    }
    assertEquals(MapViewModel.MIN_METRES_PER_PIXEL, vm.getViewport().metresPerPixel(), 1e-12);
    for (int i = 0; i < 80; i++) {
      vm.zoomOut();
    }
    assertEquals(MapViewModel.MAX_METRES_PER_PIXEL, vm.getViewport().metresPerPixel(), 1e-9);
  }

  @Test
  void zoomToLayerFitsItsExtentWithASmallMargin() {
    vm.zoomAbout(10, 10, 10);
    vm.pan(400, 300);
    vm.zoomToLayer(LayerKind.WARDS);
    Envelope view = vm.getViewport().envelope();
    Envelope wards = geo.wards().extent();
    assertTrue(view.contains(wards), "all wards visible");
    double fill =
        Math.max(wards.getWidth() / view.getWidth(), wards.getHeight() / view.getHeight());
    assertTrue(fill > 0.88 && fill <= 1, "the wards fill the view: " + fill);
    assertEquals(wards.centre().x, vm.getViewport().centerX(), 1e-6);
  }

  @Test
  void firstRealSizeFitsTheData() {
    MapViewModel fresh = new MapViewModel();
    fresh.setGeography(geo);
    fresh.setSize(1600, 500);
    assertTrue(fresh.getViewport().envelope().contains(geo.extent()));
    assertEquals(1600, fresh.getViewport().width());
  }

  @Test
  void scaleTextIsTheRoundedDenominatorAt96Dpi() {
    double mpp = 25_000 * 0.0254 / 96;
    vm.setViewport(new Viewport(400_000, 285_000, mpp, 800, 600));
    assertEquals("1:25,000", vm.scaleTextProperty().get());
    vm.setViewport(new Viewport(400_000, 285_000, 24_873 * 0.0254 / 96, 800, 600));
    assertEquals("1:25,000", vm.scaleTextProperty().get());
    vm.setViewport(new Viewport(400_000, 285_000, 1_234 * 0.0254 / 96, 800, 600));
    assertEquals("1:1,200", vm.scaleTextProperty().get());
  }

  @Test
  void pointerPositionIsShownInBngAndLatLon() {
    // reference point: BNG E 406800 N 286800 = 52.47908524 N, 1.90130674 W (Proj4J, Helmert)
    vm.setViewport(new Viewport(406_800, 286_800, 2, 800, 600));
    vm.pointerMoved(400, 300);
    assertEquals("E 406,800  N 286,800", vm.cursorTextProperty().get());
    assertEquals("52.47909° N  1.90131° W", vm.latLonTextProperty().get());
    assertEquals(406_800, vm.cursorProperty().get().x, 1e-6);
    vm.pointerMoved(450, 300);
    assertEquals("E 406,900  N 286,800", vm.cursorTextProperty().get(), "2 m per pixel east");
    vm.pointerExited();
    assertNull(vm.cursorProperty().get());
    assertEquals("", vm.cursorTextProperty().get());
  }

  @Test
  void hoverPicksTheWardUnderThePointerAndSchoolsNearIt() {
    double[] ward = pixelOf(BuiltInGeography.cellCentre(3, 0));
    vm.pointerMoved(ward[0], ward[1]);
    assertEquals(BuiltInGeography.wardCode(3), vm.getHover().id());
    assertTrue(vm.getHover().isWard());
    var school = geo.schools().schools().get(0);
    double[] s = pixelOf(school.location().getCoordinate());
    vm.pointerMoved(s[0] + 4, s[1] - 3);
    assertTrue(vm.getHover().isSchool(), "a school within 7 px wins over its ward");
    assertEquals(school.urn(), vm.getHover().id());
    vm.pointerMoved(s[0] + 12, s[1]);
    assertTrue(vm.getHover().isWard(), "12 px away the ward is picked");
    vm.pointerMoved(-50, -50);
    assertNull(vm.getHover(), "outside every ward");
  }

  @Test
  void hiddenLayersAreNotPickedAndLayerOrderDecides() {
    var school = geo.schools().schools().get(0);
    double[] s = pixelOf(school.location().getCoordinate());
    vm.layer(LayerKind.SCHOOLS).orElseThrow().setVisible(false);
    vm.pointerMoved(s[0], s[1]);
    assertTrue(vm.getHover().isWard(), "hidden schools are not picked");
    vm.layer(LayerKind.SCHOOLS).orElseThrow().setVisible(true);
    vm.moveLayer(vm.layer(LayerKind.WARDS).orElseThrow(), 0);
    vm.pointerMoved(s[0], s[1]);
    assertTrue(vm.getHover().isWard(), "wards on top are picked first");
  }

  @Test
  void clickSelectsAndClickOnNothingClears() {
    double[] ward = pixelOf(BuiltInGeography.cellCentre(2, 2));
    vm.click(ward[0], ward[1]);
    assertEquals(BuiltInGeography.wardCode(10), vm.getSelection().id());
    assertEquals(BuiltInGeography.wardName(10), vm.selectedWard().orElseThrow().name());
    assertTrue(vm.statusMessageProperty().get().contains(BuiltInGeography.wardName(10)));
    vm.click(-100, -100);
    assertNull(vm.getSelection());
  }

  @Test
  void zoomToSelectionFitsTheSelectedWard() {
    double[] ward = pixelOf(BuiltInGeography.cellCentre(0, 0));
    vm.click(ward[0], ward[1]);
    vm.zoomToSelection();
    Envelope view = vm.getViewport().envelope();
    Envelope w = vm.selectedWard().orElseThrow().geometry().getEnvelopeInternal();
    assertTrue(view.contains(w));
    assertTrue(w.getHeight() / view.getHeight() > 0.88);
  }

  @Test
  void sceneSnapshotListsLayersBottomFirstAndFollowsChanges() {
    assertEquals(List.of(LayerKind.SCHOOLS, LayerKind.FLOWS, LayerKind.WARDS), kinds(vm.layers()));
    MapScene s0 = vm.getScene();
    assertEquals(LayerKind.WARDS, s0.layers().get(0).kind(), "wards drawn first");
    assertTrue(vm.moveLayer(vm.layer(LayerKind.WARDS).orElseThrow(), 0));
    MapScene s1 = vm.getScene();
    assertNotEquals(s0, s1);
    assertEquals(LayerKind.FLOWS, s1.layers().get(0).kind());
    assertEquals(LayerKind.WARDS, s1.layers().get(2).kind(), "wards now drawn last");
    vm.layer(LayerKind.WARDS).orElseThrow().setVisible(false);
    assertFalse(vm.getScene().isVisible(LayerKind.WARDS));
    assertTrue(vm.getScene().isVisible(LayerKind.SCHOOLS));
    assertTrue(s0.isVisible(LayerKind.WARDS), "snapshots are immutable");
  }

  @Test
  void anotherGeographyKeepsLayerVisibilityAndOrder() {
    vm.moveLayer(vm.layer(LayerKind.WARDS).orElseThrow(), 0);
    vm.layer(LayerKind.SCHOOLS).orElseThrow().setVisible(false);
    double[] ward = pixelOf(BuiltInGeography.cellCentre(0, 0));
    vm.click(ward[0], ward[1]);
    Viewport before = vm.getViewport();
    vm.setGeography(BuiltInGeography.create());
    assertEquals(List.of(LayerKind.WARDS, LayerKind.SCHOOLS, LayerKind.FLOWS), kinds(vm.layers()));
    assertFalse(vm.layer(LayerKind.SCHOOLS).orElseThrow().isVisible());
    assertEquals(BuiltInGeography.wardCode(0), vm.getSelection().id(), "same ward code kept");
    assertEquals(before, vm.getViewport(), "the view stays");
    vm.setGeography(null);
    assertTrue(vm.layers().isEmpty());
    assertNull(vm.getSelection());
  }

  private static List<LayerKind> kinds(List<MapLayer> layers) {
    return layers.stream().map(MapLayer::kind).toList();
  }
}
