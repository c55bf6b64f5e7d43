package org.wardflow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.io.ImportReport;
import org.wardflow.model.Crs;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;
import org.wardflow.render.Viewport;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.MapCanvas;
import org.wardflow.ui.map.MapText;
import org.wardflow.ui.map.MapViewModel;

/**
 * The main window in a real (headless Monocle) stage: the map is drawn, and mouse, keyboard, layer
 * list and drag-and-drop act on it.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
  private static final int FILL_TOLERANCE = 12;

  private MainWindow window;
  private final List<Path> loaded = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) {
    AppServices services =
        new AppServices(
            BuiltInGeography::create,
            new InterimWardPainter(),
            new FakeLoader(),
            RecentFiles.inMemory());
    window = new MainWindow(services);
    Workbench.install(window);
    window.show(stage);
  }

  /** A loader that "reads" any .geojson as two wards far to the east, with a warning. */
  private final class FakeLoader implements DataLoader {
    @Override
    public List<FileFormat> formats() {
      return List.of(new FileFormat("Ward boundaries (GeoJSON)", List.of("geojson")));
    }

    @Override
    public LoadResult load(Path file) {
      loaded.add(file);
      ImportReport report = new ImportReport(file, "ward boundaries (GeoJSON)");
      if (!file.toString().endsWith(".geojson")) {
        return LoadResult.failed(report.error("", "unsupported file " + file.getFileName()));
      }
      report.count("read", 2).warn("feature 2 (DR000002)", "self-intersecting ring repaired");
      Ward a = Ward.of("DR000001", "Dropton North", "", "", square(500_000, 300_000), null);
      Ward b = Ward.of("DR000002", "Dropton South", "", "", square(500_000, 298_000), null);
      return LoadResult.ofWards(
          new WardLayer(file.getFileName().toString(), List.of(a, b)), report);
    }
  }

  private static org.locationtech.jts.geom.Polygon square(double x, double y) {
    return Crs.BNG_FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(x, y),
          new Coordinate(x + 2000, y),
          new Coordinate(x + 2000, y + 2000),
          new Coordinate(x, y + 2000),
          new Coordinate(x, y)
        });
  }

  // ---- helpers ------------------------------------------------------------------------------

  private MapCanvas map() {
    return window.map();
  }

  private MapViewModel model() {
    return window.viewModel().map();
  }

  private void awaitFrame() throws TimeoutException {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> model().getGeography() != null && map().isUpToDate());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Screen position of a BNG coordinate on the map. */
  private Point2D screenOf(Coordinate c) {
    Viewport v = model().getViewport();
    return map().localToScreen(v.toScreenX(c.x), v.toScreenY(c.y));
  }

  /** ARGB of the displayed frame at a BNG coordinate. */
  private int pixelAt(Coordinate c) {
    Viewport v = model().getViewport();
    Image img = map().currentImage();
    double s = map().outputScale();
    PixelReader r = img.getPixelReader();
    return r.getArgb((int) (v.toScreenX(c.x) * s), (int) (v.toScreenY(c.y) * s));
  }

  private static boolean close(int argb, java.awt.Color expected) {
    int r = (argb >> 16) & 0xff;
    int g = (argb >> 8) & 0xff;
    int b = argb & 0xff;
    return Math.abs(r - expected.getRed()) <= FILL_TOLERANCE
        && Math.abs(g - expected.getGreen()) <= FILL_TOLERANCE
        && Math.abs(b - expected.getBlue()) <= FILL_TOLERANCE;
  }

  private static boolean isWardFill(int argb) {
    for (java.awt.Color c : InterimWardPainter.WARD_FILLS) {
      if (close(argb, c)) {
        return true;
      }
    }
    return false;
  }

  /** Centre of a ward with no school near it (Dunmere, south-east corner). */
  private static Coordinate quietWardCentre() {
    return BuiltInGeography.cellCentre(3, 0);
  }

  // ---- tests --------------------------------------------------------------------------------

  @Test
  void opensWithAMapThatIsNotBlank() throws Exception {
    awaitFrame();
    Image img = map().currentImage();
    assertNotNull(img, "a frame is shown");
    assertTrue(
        img.getWidth() > 300 && img.getHeight() > 200,
        "the map has a real size: " + img.getWidth() + "x" + img.getHeight());
    assertTrue(isWardFill(pixelAt(quietWardCentre())), "a ward is filled at its centre");
    Coordinate outside = new Coordinate(BuiltInGeography.WEST - 100, BuiltInGeography.SOUTH - 100);
    assertTrue(
        close(pixelAt(outside), InterimWardPainter.BACKGROUND), "background outside the wards");
    Set<Integer> colours = new HashSet<>();
    PixelReader r = img.getPixelReader();
    for (int y = 0; y < img.getHeight(); y += 7) {
      for (int x = 0; x < img.getWidth(); x += 7) {
        colours.add(r.getArgb(x, y));
      }
    }
    assertTrue(colours.size() >= 4, "several colours drawn, got " + colours.size());
    assertEquals("FICTIONAL", window.viewModel().datasetLabelProperty().get());
    FxRobot robot = new FxRobot();
    assertEquals("FICTIONAL", robot.lookup("#dataset-label").queryAs(Label.class).getText());
    assertTrue(robot.lookup("#caveat").queryAs(Label.class).getText().contains("not predictive"));
  }

  @Test
  void wheelZoomChangesTheScaleInTheStatusBar(FxRobot robot) throws Exception {
    awaitFrame();
    Label scale = robot.lookup("#status-scale").queryAs(Label.class);
    String before = scale.getText();
    double denominatorBefore = model().scaleDenominator();
    Coordinate anchor = quietWardCentre();
    robot.moveTo(screenOf(anchor));
    robot.scroll(3, VerticalDirection.UP);
    WaitForAsyncUtils.waitForFxEvents();
    assertNotEquals(before, scale.getText(), "scale text changed");
    assertEquals(MapText.scale(model().scaleDenominator()), scale.getText());
    assertNotEquals(denominatorBefore, model().scaleDenominator(), 1e-6);
    Viewport v = model().getViewport();
    Point2D local = map().screenToLocal(screenOf(anchor));
    assertEquals(anchor.x, v.toWorld(local.getX(), local.getY()).x, v.metresPerPixel() * 2);
    awaitFrame();
  }

  @Test
  void hoveringAWardShowsItsNameInTheMapTipAndStatusBar(FxRobot robot) throws Exception {
    awaitFrame();
    robot.moveTo(screenOf(quietWardCentre()));
    WaitForAsyncUtils.waitForFxEvents();
    String name = BuiltInGeography.wardName(3);
    assertTrue(map().tip().isVisible(), "map tip shown");
    assertTrue(map().tipText().startsWith(name + "\n"), map().tipText());
    assertTrue(map().tipText().contains(BuiltInGeography.wardCode(3)), map().tipText());
    assertTrue(
        robot.lookup("#status-hover").queryAs(Label.class).getText().contains(name),
        "status bar names the ward");
    assertTrue(robot.lookup("#status-bng").queryAs(Label.class).getText().startsWith("E 40"));
    assertTrue(robot.lookup("#status-latlon").queryAs(Label.class).getText().contains("° N"));
  }

  @Test
  void clickingAWardSelectsIt(FxRobot robot) throws Exception {
    awaitFrame();
    robot.moveTo(screenOf(quietWardCentre())).clickOn(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    assertNotNull(model().getSelection());
    assertEquals(BuiltInGeography.wardCode(3), model().getSelection().id());
    assertEquals(
        BuiltInGeography.wardName(3),
        robot.lookup("#selection-title").queryAs(Label.class).getText());
    awaitFrame();
    assertTrue(map().displayedFrameProperty().get().scene().selection() != null);
  }

  @Test
  void droppingAFileLoadsItAndShowsItsReport(@TempDir Path dir) throws Exception {
    awaitFrame();
    Path file = Files.writeString(dir.resolve("dropton.geojson"), "{}");
    Dragboard db =
        WaitForAsyncUtils.asyncFx(() -> FakeDragboards.withFiles(List.of(file.toFile())))
            .get(10, TimeUnit.SECONDS);
    DragEvent over =
        new DragEvent(
            DragEvent.DRAG_OVER, db, 300, 300, 300, 300, TransferMode.COPY, null, null, null);
    DragEvent drop =
        new DragEvent(
            DragEvent.DRAG_DROPPED, db, 300, 300, 300, 300, TransferMode.COPY, null, null, null);
    WaitForAsyncUtils.asyncFx(
            () -> {
              Event.fireEvent(map(), over);
              Event.fireEvent(map(), drop);
            })
        .get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().reports().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(file), loaded);
    assertEquals("DR000001", model().getGeography().wards().wards().get(0).code());
    assertEquals("", window.viewModel().datasetLabelProperty().get(), "real data: no label");
    assertEquals(0, model().getGeography().schools().size(), "fictional schools not mixed in");
    ImportReportPane pane = new FxRobot().lookup("#import-report").queryAs(ImportReportPane.class);
    assertTrue(pane.isExpanded(), "report panel opened");
    assertTrue(pane.getText().contains("dropton.geojson"), pane.getText());
    @SuppressWarnings("unchecked")
    TableView<ImportReport.Issue> issues =
        new FxRobot().lookup("#report-issues").queryAs(TableView.class);
    assertEquals(1, issues.getItems().size());
    assertEquals(ImportReport.Severity.WARNING, issues.getItems().get(0).severity());
    assertTrue(model().getViewport().envelope().contains(500_000, 299_000), "zoomed to the file");
    MenuBar bar = new FxRobot().lookup("#menu-bar").queryAs(MenuBar.class);
    Menu recent =
        (Menu)
            bar.getMenus().get(0).getItems().stream()
                .filter(m -> "menu-recent".equals(m.getId()))
                .findFirst()
                .orElseThrow();
    assertFalse(recent.isDisable(), "Open Recent is enabled");
    assertTrue(recent.getItems().get(0).getText().contains("dropton.geojson"));
    awaitFrame();
    assertTrue(isWardFill(pixelAt(new Coordinate(501_000, 301_000))), "dropped wards drawn");
  }

  @Test
  void keyboardZoomAndPanWorkOnTheFocusedMap(FxRobot robot) throws Exception {
    awaitFrame();
    robot.clickOn(map(), MouseButton.MIDDLE);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(map().isFocused(), "map has focus");
    double before = model().getViewport().metresPerPixel();
    robot.type(KeyCode.EQUALS);
    assertEquals(before / 2, model().getViewport().metresPerPixel(), before * 1e-9);
    robot.type(KeyCode.MINUS, 2);
    assertEquals(before * 2, model().getViewport().metresPerPixel(), before * 1e-9);
    double cx = model().getViewport().centerX();
    robot.type(KeyCode.RIGHT);
    assertTrue(model().getViewport().centerX() > cx, "right arrow looks further east");
    awaitFrame();
  }

  @Test
  void layerCheckboxHidesTheLayer(FxRobot robot) throws Exception {
    awaitFrame();
    assertTrue(isWardFill(pixelAt(quietWardCentre())));
    robot.clickOn("#layer-visible-WARDS");
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(model().layer(LayerKind.WARDS).orElseThrow().isVisible());
    assertFalse(robot.lookup("#layer-visible-WARDS").queryAs(CheckBox.class).isSelected());
    awaitFrame();
    assertTrue(
        close(pixelAt(quietWardCentre()), InterimWardPainter.BACKGROUND), "ward no longer drawn");
    robot.moveTo(screenOf(quietWardCentre()));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(null, model().getHover(), "hidden layers are not picked");
  }

  @Test
  void unsupportedFileShowsAnErrorReport(@TempDir Path dir) throws Exception {
    awaitFrame();
    Path file = Files.writeString(dir.resolve("notes.txt"), "hello");
    WaitForAsyncUtils.asyncFx(() -> window.openFiles(List.of(file))).get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().reports().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(window.viewModel().reports().get(0).hasErrors());
    assertTrue(
        model().statusMessageProperty().get().startsWith("Could not open notes.txt"),
        model().statusMessageProperty().get());
    assertEquals(12, model().getGeography().wards().size(), "the map is unchanged");
    assertTrue(window.viewModel().recentFiles().files().isEmpty(), "failed files not recent");
  }
}
