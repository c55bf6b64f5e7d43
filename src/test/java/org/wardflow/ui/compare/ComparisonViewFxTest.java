package org.wardflow.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.analysis.ListComparison;
import org.wardflow.analysis.ListComparison.Agreement;
import org.wardflow.render.Viewport;
import org.wardflow.ui.map.MapCanvas;

/** The side-by-side view on a real (headless) stage with the demo city. */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewFxTest {
  private ComparisonView view;
  private ComparisonInputs inputs;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    // start without a list: the test loads it, as a user would
    inputs = ComparisonInputs.demo().withList(null);
    view = ComparisonView.create(inputs);
    stage.setScene(new Scene(view, 1260, 780));
    stage.show();
  }

  @AfterEach
  void stop() throws Exception {
    fx(() -> view.dispose());
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
  }

  private static void fx(Runnable r) throws Exception {
    WaitForAsyncUtils.asyncFx(r).get(20, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void awaitRanked() throws Exception {
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> fx(() -> view.model().getComparison() != null && !view.model().busyProperty().get()));
  }

  private void awaitMaps() throws Exception {
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> fx(() -> view.listMap().isUpToDate() && view.analysisMap().isUpToDate()));
    // a frame submitted by refresh() has the same request content: wait for the pipeline to drain
    Thread.sleep(300);
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> fx(() -> view.listMap().isUpToDate() && view.analysisMap().isUpToDate()));
  }

  private Path writeDemoList(Path dir) throws Exception {
    StringBuilder sb = new StringBuilder("urn,school_name,tier\n");
    for (var e : ComparisonInputs.demoList(org.wardflow.io.demo.DemoData.load()).entries()) {
      sb.append(e.urn())
          .append(",\"")
          .append(e.name().replace("\"", "\"\""))
          .append("\",")
          .append(e.tier())
          .append('\n');
    }
    Path f = dir.resolve("vru_list.csv");
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  private static int countPixels(Image img, int argb) {
    PixelReader pr = img.getPixelReader();
    int n = 0;
    for (int y = 0; y < (int) img.getHeight(); y++) {
      for (int x = 0; x < (int) img.getWidth(); x++) {
        if (pr.getArgb(x, y) == argb) {
          n++;
        }
      }
    }
    return n;
  }

  private void loadList(Path dir) throws Exception {
    Path f = writeDemoList(dir);
    fx(() -> view.loadList(f));
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> fx(() -> view.model().matchReportProperty().get() != null));
    awaitRanked();
    awaitMaps();
  }

  @Test
  void loadingTheListShowsBothMapsColouredByAgreement(@TempDir Path dir) throws Exception {
    awaitRanked();
    assertTrue(fx(() -> view.model().listUrns().isEmpty()), "no list yet");
    loadList(dir);
    assertFalse(fx(() -> view.model().listUrns().isEmpty()));
    Image left = fx(() -> view.listMap().currentImage());
    Image right = fx(() -> view.analysisMap().currentImage());
    assertNotNull(left);
    assertNotNull(right);
    int listOnly = AgreementColours.of(Agreement.LIST_ONLY);
    int analysisOnly = AgreementColours.of(Agreement.ANALYSIS_ONLY);
    int both = AgreementColours.of(Agreement.BOTH);
    assertTrue(countPixels(left, listOnly) > 0, "list-only schools on the list map");
    assertTrue(countPixels(left, both) > 0, "schools on both on the list map");
    assertEquals(0, countPixels(left, analysisOnly), "no analysis-only school on the list map");
    assertTrue(countPixels(right, analysisOnly) > 0, "analysis-only schools on the analysis map");
    assertTrue(countPixels(right, both) > 0);
    assertEquals(0, countPixels(right, listOnly), "no list-only school on the analysis map");
    String summary = fx(() -> ((Label) view.lookup("#match-summary")).getText());
    assertTrue(summary.contains("entries count"), summary);
  }

  @Test
  void panningOneMapPansTheOther(FxRobot robot) throws Exception {
    awaitRanked();
    awaitMaps();
    Viewport before = fx(() -> view.analysisMap().model().getViewport());
    drag(robot, view.listMap(), 120, 60);
    Viewport l = fx(() -> view.listMap().model().getViewport());
    Viewport r = fx(() -> view.analysisMap().model().getViewport());
    assertNotEquals(before.centerX(), r.centerX(), "the right map moved");
    assertSame(l, r);
    // and the other way round, with a zoom
    fx(() -> view.analysisMap().model().zoomIn());
    drag(robot, view.analysisMap(), -80, 40);
    assertSame(
        fx(() -> view.listMap().model().getViewport()),
        fx(() -> view.analysisMap().model().getViewport()));
  }

  private static void assertSame(Viewport a, Viewport b) {
    assertEquals(a.centerX(), b.centerX(), 1e-6);
    assertEquals(a.centerY(), b.centerY(), 1e-6);
    assertEquals(a.metresPerPixel(), b.metresPerPixel(), 1e-9);
  }

  private static void drag(FxRobot robot, MapCanvas map, double dx, double dy) throws Exception {
    Bounds b = fx(() -> map.localToScreen(map.getBoundsInLocal()));
    Point2D from = new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    robot.drag(from, MouseButton.PRIMARY).moveBy(dx / 2, dy / 2).moveBy(dx / 2, dy / 2).drop();
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void changingKUpdatesTheTableAndTheStatistics(FxRobot robot, @TempDir Path dir) throws Exception {
    loadList(dir);
    int rows10 = fx(() -> view.table().getItems().size());
    String overlap10 = fx(() -> ((Label) view.lookup("#stat-overlap")).getText());
    long analysis10 = fx(() -> analysisRows());
    assertEquals(10, analysis10);
    robot.clickOn("#k").eraseText(4).write("30");
    fx(() -> ((javafx.scene.control.Spinner<?>) view.lookup("#k")).commitValue());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(30, fx(() -> view.model().getComparison().k()));
    assertEquals(30L, fx(() -> analysisRows()));
    assertTrue(fx(() -> view.table().getItems().size()) > rows10 - 1);
    String overlap30 = fx(() -> ((Label) view.lookup("#stat-overlap")).getText());
    int o10 = Integer.parseInt(overlap10);
    int o30 = Integer.parseInt(overlap30);
    assertTrue(o30 >= o10, o10 + " → " + o30);
    assertEquals(view.model().getComparison().overlap(), o30);
    String title = fx(() -> ((Label) view.lookup("#right-title")).getText());
    assertTrue(title.contains("top 30"), title);
  }

  private long analysisRows() {
    return view.table().getItems().stream()
        .filter(r -> r.agreement() != Agreement.LIST_ONLY)
        .count();
  }

  @Test
  void selectingASchoolInTheTableSelectsItOnTheMaps(FxRobot robot, @TempDir Path dir)
      throws Exception {
    loadList(dir);
    ListComparison.Row row = fx(() -> view.table().getItems().get(2));
    String urn = row.school().urn();
    fx(() -> view.table().scrollTo(2));
    String name = row.school().name();
    javafx.scene.Node cell =
        robot
            .from(view.table())
            .lookup(
                (javafx.scene.Node n) ->
                    n instanceof javafx.scene.control.TableCell<?, ?> c && name.equals(c.getText()))
            .query();
    robot.clickOn(cell);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(urn, fx(() -> view.listMap().model().getSelection()).id());
    assertEquals(urn, fx(() -> view.analysisMap().model().getSelection()).id());
    assertEquals(urn, fx(() -> inputs.selection().get()).id(), "shared with the app");
    assertFalse(
        fx(() -> view.model().overlayProperty().get().sourceFills().suppressed().isEmpty())
            && fx(() -> view.model().overlayProperty().get().sourceFills().argb().isEmpty()),
        "wards its CYP come from are filled");
    // and back: selecting on a map (through the shared selection) selects the table row
    String other = fx(() -> view.table().getItems().get(0).school().urn());
    fx(
        () ->
            view.analysisMap()
                .model()
                .setSelection(
                    org.wardflow.ui.map.MapTarget.of(
                        inputs.geography().schools().byUrn(other).orElseThrow())));
    assertEquals(
        other, fx(() -> view.table().getSelectionModel().getSelectedItem().school().urn()));
    awaitMaps();
    snapshot("compare-view.png");
    fx(
        () ->
            ((javafx.scene.control.TabPane) view.lookup("#comparison-tabs"))
                .getSelectionModel()
                .select(1));
    assertTrue(fx(() -> view.lookup("#agreement-chart").isVisible()));
    snapshot("compare-agreement.png");
  }

  @Test
  void swipeModeTogglesAndTheDividerMoves(FxRobot robot, @TempDir Path dir) throws Exception {
    loadList(dir);
    assertFalse(fx(() -> view.isSwipeShown()));
    robot.clickOn("#swipe");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(fx(() -> view.isSwipeShown()));
    assertTrue(fx(() -> view.swipeDivider().isVisible() && view.swipeDivider().getScene() != null));
    double w = fx(() -> view.listMap().getWidth());
    assertEquals(w, fx(() -> view.analysisMap().getWidth()), 1, "both maps fill the swipe area");
    double clip0 = fx(() -> view.swipeClipWidth());
    assertEquals(w / 2, clip0, 2);
    Bounds d = fx(() -> view.swipeDivider().localToScreen(view.swipeDivider().getBoundsInLocal()));
    robot
        .drag(new Point2D(d.getCenterX(), d.getCenterY()), MouseButton.PRIMARY)
        .moveBy(-100, 0)
        .moveBy(-100, 0)
        .drop();
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(clip0 - 200, fx(() -> view.swipeClipWidth()), 3);
    awaitMaps();
    snapshot("compare-swipe.png");
    robot.clickOn("#swipe");
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(fx(() -> view.isSwipeShown()));
    assertTrue(fx(() -> view.listMap().getWidth()) < w * 0.6, "side by side again");
  }

  private void snapshot(String name) throws Exception {
    javafx.scene.image.WritableImage img = fx(() -> view.snapshot(null, null));
    int w = (int) img.getWidth();
    int h = (int) img.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader pr = img.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(x, y, pr.getArgb(x, y));
      }
    }
    Path dir = Path.of("target", "snapshots");
    Files.createDirectories(dir);
    assertTrue(ImageIO.write(out, "png", dir.resolve(name).toFile()));
  }
}
