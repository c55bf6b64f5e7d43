package org.wardflow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.io.demo.DemoData;
import org.wardflow.model.Crs;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.render.LegendClass;
import org.wardflow.render.Viewport;
import org.wardflow.testutil.SharedData;
import org.wardflow.ui.layers.ThematicBuilder;
import org.wardflow.ui.layers.ThematicMap;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.MapCanvas;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.map.MapViewModel;
import org.wardflow.ui.selection.SelectionSummary;
import org.wardflow.ui.style.HiddenFlows;
import org.wardflow.ui.style.WardValue;

/**
 * The real application window (headless Monocle stage) on the built-in demo, with the real painter,
 * loader and disclosure gate: the map is drawn, a selected ward shows only its flows, the legend
 * follows the classification, the threshold changes the hatching and the map tips, and a dropped
 * GeoJSON file is loaded.
 */
@ExtendWith(ApplicationExtension.class)
class AppWindowFxTest {
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = DemoWindow.open(stage);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private MainViewModel vm() {
    return window.viewModel();
  }

  private MapViewModel mv() {
    return vm().map();
  }

  private MapCanvas map() {
    return window.map();
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
  }

  private static void fx(Runnable r) throws Exception {
    WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.SECONDS);
  }

  /** Waits until publishing and map building are done and the frame on screen is current. */
  private void settle() throws TimeoutException {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> {
          ThematicMap t = vm().getThematic();
          return mv().getGeography() != null
              && t != null
              && t.input().geography() == mv().getGeography()
              && !vm().isWorking()
              && map().isUpToDate();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private double sx(double x) {
    return mv().getViewport().toScreenX(x);
  }

  private double sy(double y) {
    return mv().getViewport().toScreenY(y);
  }

  private int argbAt(double px, double py) {
    Image img = map().currentImage();
    double s = map().outputScale();
    return img.getPixelReader().getArgb((int) (px * s), (int) (py * s));
  }

  private static int rgb(int argb) {
    return argb & 0xFFFFFF;
  }

  private static boolean near(int argb, int rgb, int tol) {
    return Math.abs(((argb >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= tol
        && Math.abs(((argb >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= tol
        && Math.abs((argb & 0xff) - (rgb & 0xff)) <= tol;
  }

  /** Screen points on a grid inside a ward, at least {@code inset} pixels from its boundary. */
  private List<Point2D> interior(Ward w, double inset) {
    Viewport v = mv().getViewport();
    Geometry shrunk = w.geometry().buffer(-inset * v.metresPerPixel());
    Envelope e = w.geometry().getEnvelopeInternal();
    List<Point2D> out = new ArrayList<>();
    double step = 3 * v.metresPerPixel();
    for (double x = e.getMinX(); x <= e.getMaxX(); x += step) {
      for (double y = e.getMinY(); y <= e.getMaxY(); y += step) {
        Point p = Crs.BNG_FACTORY.createPoint(new Coordinate(x, y));
        if (shrunk.contains(p)) {
          out.add(new Point2D(sx(x), sy(y)));
        }
      }
    }
    return out;
  }

  private void setLayerVisible(LayerKind k, boolean on) throws Exception {
    fx(() -> mv().layer(k).orElseThrow().setVisible(on));
  }

  // ---- tests --------------------------------------------------------------------------------

  @Test
  void opensOnTheDemoWithANonBlankMapAndItsLabels() throws Exception {
    settle();
    FxRobot robot = new FxRobot();
    assertEquals(
        "FICTIONAL · SYNTHETIC", robot.lookup("#dataset-label").queryAs(Label.class).getText());
    assertTrue(
        robot
            .lookup("#caveat")
            .queryAs(Label.class)
            .getText()
            .contains("Exploratory, not predictive"));
    Image img = map().currentImage();
    assertNotNull(img);
    PixelReader r = img.getPixelReader();
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 5) {
      for (int x = 0; x < img.getWidth(); x += 5) {
        colours.add(r.getArgb(x, y));
      }
    }
    assertTrue(colours.size() > 20, "a real map, not a blank: " + colours.size() + " colours");
    // the choropleth's class colours are on screen
    ThematicMap t = vm().getThematic();
    assertFalse(t.choropleth().legendClasses().isEmpty());
    for (LegendClass c : t.choropleth().legendClasses()) {
      long hits = 0;
      for (int y = 0; y < img.getHeight(); y += 2) {
        for (int x = 0; x < img.getWidth(); x += 2) {
          if (near(r.getArgb(x, y), rgb(c.argb()), 3)) {
            hits++;
          }
        }
      }
      // a class may hold a single small ward partly under flow lines: any visible sample counts
      assertTrue(hits > 0, "class " + c.label() + " drawn (" + hits + " samples)");
    }
    assertEquals(DemoData.load().geography().wards().size(), mv().getGeography().wards().size());
    assertTrue(
        robot.lookup("#audit-status").queryAs(Label.class).getText().contains("Audit passed"));
  }

  @Test
  void selectingAWardShowsOnlyItsFlows() throws Exception {
    settle();
    fx(
        () -> {
          vm().policyProperty().set(vm().policyProperty().get().withK(0));
          vm().style().topNProperty().set(0);
          vm().style().labelsProperty().set(false);
          vm().style().hiddenFlowsProperty().set(HiddenFlows.NEVER);
          // the CYP table: each ward's CYP go to a few schools (all pupils go everywhere)
          vm().style().flowTableProperty().set(org.wardflow.ui.style.FlowTableChoice.CYP);
        });
    setLayerVisible(LayerKind.WARDS, false);
    setLayerVisible(LayerKind.SCHOOLS, false);
    settle();
    PublishedTable t = vm().publicationProperty().get().flows();
    Geography g = mv().getGeography();
    // the ward whose flows stay closest together (at least two of them)
    Ward ward = null;
    Envelope reach = null;
    for (int row = 0; row < t.wardCodes().size(); row++) {
      if (t.rowEnd(row) - t.rowStart(row) < 2) {
        continue;
      }
      Ward w = g.wards().byCode(t.wardCodes().get(row)).orElseThrow();
      Envelope e = new Envelope(w.labelPoint().getCoordinate());
      for (int cell = t.rowStart(row); cell < t.rowEnd(row); cell++) {
        g.schools()
            .byUrn(t.schoolUrns().get(t.column(cell)))
            .filter(School::hasLocation)
            .ifPresent(s -> e.expandToInclude(s.location().getCoordinate()));
      }
      if (reach == null || e.getArea() < reach.getArea()) {
        ward = w;
        reach = e;
      }
    }
    assertNotNull(ward);
    double margin =
        Math.max(reach.getWidth(), reach.getHeight()) * 0.3
            + 14 * mv().getViewport().metresPerPixel();
    reach.expandBy(margin);
    int background = rgb(ThematicBuilder.baseStyle().background().getRGB());
    int[] before = countInkOutside(reach, background);
    assertTrue(before[0] > 500, "flows all over the map before: " + before[0]);

    Ward chosen = ward;
    fx(() -> mv().setSelection(MapTarget.of(chosen)));
    settle();
    assertEquals(ward.code(), map().displayedFrameProperty().get().scene().selection().id());
    assertEquals(SelectionSummary.Kind.WARD, vm().getThematic().summary().kind());
    int[] after = countInkOutside(reach, background);
    assertTrue(after[0] < 15, "nothing drawn away from the ward's flows: " + after[0]);
    assertTrue(after[1] > 50, "its flows are drawn: " + after[1]);
    FxRobot robot = new FxRobot();
    assertEquals(ward.name(), robot.lookup("#selection-title").queryAs(Label.class).getText());
  }

  /** {pixels not of the background outside the envelope, inside it}. */
  private int[] countInkOutside(Envelope world, int background) {
    Image img = map().currentImage();
    PixelReader r = img.getPixelReader();
    double s = map().outputScale();
    double x0 = sx(world.getMinX()) * s;
    double x1 = sx(world.getMaxX()) * s;
    double y0 = sy(world.getMaxY()) * s;
    double y1 = sy(world.getMinY()) * s;
    int out = 0;
    int in = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if (!near(r.getArgb(x, y), background, 6)) {
          if (x >= x0 && x <= x1 && y >= y0 && y <= y1) {
            in++;
          } else {
            out++;
          }
        }
      }
    }
    return new int[] {out, in};
  }

  @Test
  void changingTheClassificationChangesTheLegend() throws Exception {
    settle();
    fx(() -> vm().style().measureProperty().set(org.wardflow.ui.style.ChoroplethMeasure.COUNT));
    fx(() -> vm().policyProperty().set(vm().policyProperty().get().withK(0)));
    settle();
    List<String> jenks = labels();
    Image jenksImage = window.legend().imageView().getImage();
    fx(() -> window.stylePanel().methodChooser().setValue(ClassificationMethod.EQUAL_INTERVAL));
    settle();
    assertEquals(ClassificationMethod.EQUAL_INTERVAL, vm().style().methodProperty().get());
    List<String> equal = labels();
    assertNotEquals(jenks, equal, "other class ranges");
    assertTrue(window.legend().imageView().getImage() != jenksImage, "the legend was repainted");
    // equal interval: the ranges have the same width
    List<LegendClass> classes = window.legend().legendProperty().get().classes();
    assertEquals(5, classes.size());
    var bounds = vm().getThematic().choropleth().classification().bounds();
    double w0 = bounds[1] - bounds[0];
    for (int i = 1; i < bounds.length - 1; i++) {
      assertEquals(w0, bounds[i + 1] - bounds[i], 1e-9);
    }
    fx(() -> vm().style().classesProperty().set(3));
    settle();
    assertEquals(3, window.legend().legendProperty().get().classes().size());
  }

  private List<String> labels() {
    return window.legend().legendProperty().get().classes().stream()
        .map(LegendClass::label)
        .toList();
  }

  @Test
  void movingTheThresholdChangesTheHatchingAndTheTips() throws Exception {
    settle();
    fx(
        () -> {
          vm().style().labelsProperty().set(false);
          vm().style().measureProperty().set(org.wardflow.ui.style.ChoroplethMeasure.COUNT);
          window.disclosurePanel().slider().setValue(0);
        });
    settle();
    assertEquals(0, vm().getPublished().policy().k());
    assertTrue(vm().getThematic().choropleth().fills().suppressed().isEmpty(), "nothing hatched");
    // the ward with the smallest published total (1..19) at k = 0, with a clear spot to hover
    PublishedTable open = vm().getPublished();
    Geography g = mv().getGeography();
    Ward small = null;
    Point2D spot = null;
    int total = 0;
    List<Ward> byTotal = new java.util.ArrayList<>(g.wards().wards());
    byTotal.sort(
        java.util.Comparator.comparingInt(
            w -> open.wardTotal(w.code()).isPublished() ? open.wardTotal(w.code()).value() : 0));
    for (Ward w : byTotal) {
      PublishedValue v = open.wardTotal(w.code());
      if (v.isPublished() && v.value() >= 1 && v.value() <= 19) {
        for (Point2D p : interior(w, 6)) {
          Optional<MapTarget> hit = mv().pick(p.getX(), p.getY());
          if (hit.isPresent() && hit.get().id().equals(w.code())) {
            small = w;
            spot = p;
            total = v.value();
            break;
          }
        }
      }
      if (small != null) {
        break;
      }
    }
    assertNotNull(small, "the demo has a small ward total");
    FxRobot robot = new FxRobot();
    robot.moveTo(map().localToScreen(spot));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(map().tip().isVisible(), "map tip shown");
    assertTrue(map().tipText().startsWith(small.name() + "\n"), map().tipText());
    assertTrue(map().tipText().contains("CYP living here: " + total), map().tipText());
    // grey pixels at k = 0 come only from symbols/flows crossing the ward; hatching adds many more
    int greyBefore = countHatch(small);
    assertTrue(greyBefore <= 3, "not hatched at k = 0 (" + greyBefore + " grey pixels)");

    int k = total + 1;
    fx(() -> window.disclosurePanel().slider().setValue(k));
    settle();
    assertEquals(k, vm().getPublished().policy().k());
    Set<String> hatched = vm().getThematic().choropleth().fills().suppressed();
    assertTrue(hatched.contains(small.code()), "the small ward is hatched at k = " + k);
    assertTrue(countHatch(small) > greyBefore + 5, "hatch lines drawn in the ward");
    assertEquals(
        WardValue.Kind.SUPPRESSED, vm().getThematic().choropleth().valueOf(small.code()).kind());
    robot.moveTo(map().localToScreen(spot.add(1, 1)));
    robot.moveTo(map().localToScreen(spot));
    WaitForAsyncUtils.waitForFxEvents();
    String tip = map().tipText();
    assertTrue(tip.contains("CYP living here: [c]"), tip);
    assertTrue(tip.contains("<" + k), tip);
    assertFalse(tip.contains("CYP living here: " + total), "the raw value never shows: " + tip);

    // hovering a school shows its published figures
    School school =
        g.schools().schools().stream()
            .filter(School::hasLocation)
            .filter(
                s ->
                    mv().pick(sx(s.location().getX()), sy(s.location().getY()))
                        .map(x -> x.id().equals(s.urn()))
                        .orElse(false))
            .findFirst()
            .orElseThrow();
    robot.moveTo(map().localToScreen(sx(school.location().getX()), sy(school.location().getY())));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(map().tipText().startsWith(school.name()), map().tipText());
    assertTrue(map().tipText().contains("URN " + school.urn()), map().tipText());
    assertTrue(map().tipText().contains("CYP attending: "), map().tipText());
  }

  /**
   * Samples inside a ward that are hatch ink: neutral grey, darker than the suppressed fill (class
   * colours of the YlOrRd palette are never neutral).
   */
  private int countHatch(Ward w) {
    int fill = ThematicBuilder.baseStyle().suppressedFill().getRed();
    int n = 0;
    for (Point2D p : interior(w, 2)) {
      int c = argbAt(p.getX(), p.getY());
      int r = (c >> 16) & 0xff;
      int gr = (c >> 8) & 0xff;
      int b = c & 0xff;
      if (Math.abs(r - gr) < 8 && Math.abs(gr - b) < 8 && r < fill - 12) {
        n++;
      }
    }
    return n;
  }

  @Test
  void droppingAGeoJsonLoadsIt() throws Exception {
    settle();
    Path file = SharedData.file("wm_wards_2025_bgc_wgs84.geojson");
    Dragboard db = fx(() -> FakeDragboards.withFiles(List.<File>of(file.toFile())));
    DragEvent over =
        new DragEvent(
            DragEvent.DRAG_OVER, db, 300, 300, 300, 300, TransferMode.COPY, null, null, null);
    DragEvent drop =
        new DragEvent(
            DragEvent.DRAG_DROPPED, db, 300, 300, 300, 300, TransferMode.COPY, null, null, null);
    fx(
        () -> {
          Event.fireEvent(map(), over);
          Event.fireEvent(map(), drop);
        });
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> mv().getGeography() != null && mv().getGeography().wards().size() == 192);
    settle();
    assertEquals("", vm().datasetLabelProperty().get(), "real boundaries: no label");
    assertNull(vm().cypTableProperty().get(), "the fictional tables are not mixed with real wards");
    assertTrue(vm().currentReportProperty().get().file().equals(file));
    assertTrue(mv().getViewport().envelope().intersects(mv().getGeography().wards().extent()));
    assertTrue(
        mv().statusMessageProperty().get().startsWith("Opened wm_wards_2025_bgc_wgs84.geojson"),
        mv().statusMessageProperty().get());
    Image img = map().currentImage();
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 6) {
      for (int x = 0; x < img.getWidth(); x += 6) {
        colours.add(img.getPixelReader().getArgb(x, y));
      }
    }
    assertTrue(colours.size() > 3, "the real wards are drawn");
  }
}
