package org.wardflow.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.analysis.RankingResult;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.io.demo.DemoData;
import org.wardflow.render.Viewport;
import org.wardflow.ui.DemoWindow;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.map.MapCanvas;
import org.wardflow.ui.map.MapTarget;

/**
 * The comparison reached from the real main window (built as the app builds it, on the demo):
 * Analysis ▸ Compare with VRU List (Ctrl+K) opens it as a centre tab with both maps and the demo's
 * FICTIONAL list; panning one map pans the other; k changes the table and statistics; the main
 * window's disclosure threshold re-ranks it; a table selection selects the school on the maps and
 * in the app; Load VRU List sets the app's list and shows the matching report.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonWorkbenchFxTest {
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = DemoWindow.open(stage);
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
  }

  private static void fx(Runnable r) throws Exception {
    WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.SECONDS);
  }

  private MainViewModel vm() {
    return window.viewModel();
  }

  private void awaitPublished() throws Exception {
    WaitForAsyncUtils.waitFor(
        120, TimeUnit.SECONDS, () -> fx(() -> vm().getPublished() != null && !vm().isWorking()));
  }

  /** Opens the comparison with the keyboard shortcut and waits until it has ranked. */
  private ComparisonView openWithShortcut(FxRobot robot) throws Exception {
    awaitPublished();
    fx(() -> window.map().requestFocus());
    robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    ComparisonView view = fx(() -> (ComparisonView) window.root().lookup("#comparison-view"));
    assertNotNull(view, "Ctrl+K opens the comparison");
    awaitRanked(view);
    return view;
  }

  private static void awaitRanked(ComparisonView view) throws Exception {
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    view.model().getComparison() != null
                        && !view.model().busyProperty().get()
                        && view.listMap().currentImage() != null
                        && view.analysisMap().currentImage() != null));
  }

  @Test
  void theAnalysisMenuOpensTheComparisonAsACentreTabWithTheDemoList(FxRobot robot)
      throws Exception {
    Menu analysis =
        fx(
            () ->
                window.menuBar().getMenus().stream()
                    .filter(m -> "menu-analysis".equals(m.getId()))
                    .findFirst()
                    .orElseThrow());
    int index = fx(() -> window.menuBar().getMenus().indexOf(analysis));
    assertEquals("Help", fx(() -> window.menuBar().getMenus().get(index + 1).getText()));
    MenuItem compare = analysis.getItems().get(0);
    assertEquals(ComparisonInstaller.COMPARE_KEY, compare.getAccelerator());
    ComparisonView view = openWithShortcut(robot);
    TabPane centre = fx(() -> (TabPane) window.root().lookup("#centre-tabs"));
    Tab selected = fx(() -> centre.getSelectionModel().getSelectedItem());
    assertEquals(ComparisonInstaller.TAB_ID, selected.getId());
    // both maps laid out side by side and drawn
    Bounds l = fx(() -> view.listMap().localToScene(view.listMap().getBoundsInLocal()));
    Bounds r = fx(() -> view.analysisMap().localToScene(view.analysisMap().getBoundsInLocal()));
    assertTrue(l.getWidth() > 200 && r.getWidth() > 200, l + " / " + r);
    assertTrue(l.getMaxX() <= r.getMinX() + 1, "list map left of the analysis map");
    // the demo's FICTIONAL list is the app's list, matched in full
    assertNotNull(fx(() -> vm().vruListProperty().get()));
    int listSize = fx(() -> vm().vruListProperty().get().size());
    assertEquals(listSize, fx(() -> view.model().matchReportProperty().get().accepted().size()));
    assertFalse(fx(() -> view.model().listUrns().isEmpty()));
    // the ranking is of the window's published table
    assertTrue(fx(() -> view.model().cypProperty().get() == vm().getPublished()));
    // rankings tab lists every ranked school with its interval
    fx(() -> view.showTab("rankings"));
    int ranked = fx(() -> view.rankingTable().getItems().size());
    assertEquals((int) fx(() -> view.model().rankingProperty().get().size()), ranked);
    // panning one map pans the other
    Viewport before = fx(() -> view.analysisMap().model().getViewport());
    drag(robot, view.listMap(), 140, 70);
    Viewport left = fx(() -> view.listMap().model().getViewport());
    Viewport right = fx(() -> view.analysisMap().model().getViewport());
    assertNotEquals(before.centerX(), right.centerX(), "the analysis map moved with the list map");
    assertEquals(left.centerX(), right.centerX(), 1e-6);
    assertEquals(left.centerY(), right.centerY(), 1e-6);
    assertEquals(left.metresPerPixel(), right.metresPerPixel(), 1e-9);
  }

  private static void drag(FxRobot robot, MapCanvas map, double dx, double dy) throws Exception {
    Bounds b = fx(() -> map.localToScreen(map.getBoundsInLocal()));
    Point2D from = new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    robot.drag(from, MouseButton.PRIMARY).moveBy(dx / 2, dy / 2).moveBy(dx / 2, dy / 2).drop();
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void changingKUpdatesTheTableAndTheStatistics(FxRobot robot) throws Exception {
    ComparisonView view = openWithShortcut(robot);
    fx(() -> view.showTab("agreement"));
    String jaccard10 = fx(() -> ((Label) view.lookup("#stat-jaccard-at-k")).getText());
    int rows10 = fx(() -> view.table().getItems().size());
    robot.clickOn(view.lookup("#k")).eraseText(4).write("25");
    fx(() -> ((javafx.scene.control.Spinner<?>) view.lookup("#k")).commitValue());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(25, fx(() -> view.model().getComparison().k()));
    assertTrue(fx(() -> view.table().getItems().size()) > rows10, "more schools in the table");
    String jaccard25 = fx(() -> ((Label) view.lookup("#stat-jaccard-at-k")).getText());
    assertEquals(
        String.format(java.util.Locale.UK, "%.2f", view.model().getComparison().jaccard()),
        jaccard25);
    assertNotNull(jaccard10);
    String title = fx(() -> ((Label) view.lookup("#right-title")).getText());
    assertTrue(title.contains("top 25"), title);
  }

  @Test
  void theMainWindowsThresholdChangesTheComparison(FxRobot robot) throws Exception {
    ComparisonView view = openWithShortcut(robot);
    RankingResult before = fx(() -> view.model().rankingProperty().get());
    PublishedTable published = fx(() -> vm().getPublished());
    assertEquals(5, published.policy().k());
    fx(() -> window.disclosurePanel().slider().setValue(12));
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    vm().getPublished() != published
                        && !vm().isWorking()
                        && view.model().rankingProperty().get() != before
                        && !view.model().busyProperty().get()));
    RankingResult after = fx(() -> view.model().rankingProperty().get());
    assertEquals(12, after.input().cyp().policy().k(), "ranked from the republished table");
    assertTrue(fx(() -> view.model().cypProperty().get() == vm().getPublished()));
    long estimatedBefore = before.ranked().stream().filter(s -> s.estimated()).count();
    long estimatedAfter = after.ranked().stream().filter(s -> s.estimated()).count();
    assertTrue(
        estimatedAfter > estimatedBefore,
        "more hidden school totals at k = 12: " + estimatedBefore + " → " + estimatedAfter);
    String rankingNotes = fx(() -> ((Label) view.lookup("#ranking-notes")).getText());
    assertTrue(rankingNotes.contains("schools ranked"), rankingNotes);
  }

  @Test
  void selectingASchoolInTheTableSelectsItOnTheMapsAndInTheApp(FxRobot robot) throws Exception {
    ComparisonView view = openWithShortcut(robot);
    fx(() -> view.showTab("comparison"));
    WaitForAsyncUtils.waitForFxEvents();
    String urn = fx(() -> view.table().getItems().get(2).school().urn());
    Node row =
        fx(
            () ->
                view.table().lookupAll(".table-row-cell").stream()
                    .filter(
                        n -> n instanceof javafx.scene.control.TableRow<?> tr && tr.getIndex() == 2)
                    .findFirst()
                    .orElseThrow());
    robot.clickOn(row);
    WaitForAsyncUtils.waitForFxEvents();
    MapTarget onLeft = fx(() -> view.listMap().model().getSelection());
    MapTarget onRight = fx(() -> view.analysisMap().model().getSelection());
    MapTarget inApp = fx(() -> vm().selectionProperty().get());
    for (MapTarget t : new MapTarget[] {onLeft, onRight, inApp}) {
      assertNotNull(t);
      assertTrue(t.isSchool());
      assertEquals(urn, t.id());
    }
    assertFalse(fx(() -> view.model().sourceLegend().isEmpty()), "where its CYP come from");
  }

  @Test
  void loadingAVruListSetsTheAppsListAndShowsTheMatchingReport(@TempDir Path dir) throws Exception {
    awaitPublished();
    var schools = DemoData.load().geography().schools().schools();
    String exact = schools.get(0).urn();
    String fuzzyName = schools.get(1).name().replaceFirst("(?i)school", "Schol");
    Path csv = dir.resolve("vru.csv");
    Files.writeString(
        csv,
        "urn,school_name,tier\n"
            + exact
            + ","
            + schools.get(0).name()
            + ",1\n,"
            + fuzzyName
            + ",2\n,Nowhere Academy of Nothing,3\n");
    ComparisonInstaller installer = fx(() -> installerOf(window));
    var task = fx(() -> installer.loadList(csv));
    task.get(30, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(csv, fx(() -> vm().vruListProperty().get().file()));
    ComparisonView view = fx(installer::view);
    assertNotNull(view);
    awaitRanked(view);
    var report = fx(() -> view.model().matchReportProperty().get());
    assertEquals(3, report.matches().size());
    assertTrue(report.accepted().stream().anyMatch(m -> m.school().urn().equals(exact)));
    String summary = fx(() -> ((Label) view.lookup("#match-summary")).getText());
    assertTrue(summary.contains("entries count"), summary);
    TabPane inner = fx(() -> (TabPane) view.lookup("#comparison-tabs"));
    assertEquals("tab-matching", fx(() -> inner.getSelectionModel().getSelectedItem().getId()));
  }

  @Test
  void theRankingsExportAsCsvAndAsAMarkedPdfTableOfPublishedFigures(
      FxRobot robot, @TempDir Path dir) throws Exception {
    ComparisonView view = openWithShortcut(robot);
    var ranking = fx(() -> view.model().rankingProperty().get());
    assertNotNull(ranking);
    Path csv = dir.resolve("rankings.csv");
    Path pdf = dir.resolve("rankings.pdf");
    var t1 = fx(() -> installerOf(window).exportRankings(csv));
    var t2 = fx(() -> installerOf(window).exportRankings(pdf));
    assertEquals(csv, t1.get(60, TimeUnit.SECONDS));
    assertEquals(pdf, t2.get(60, TimeUnit.SECONDS));
    List<String> lines = Files.readAllLines(csv);
    assertTrue(lines.get(0).contains("Rank (interval)"), lines.get(0));
    String all = String.join("\n", lines);
    assertTrue(all.contains("Exploratory"), "the caveat travels with the table");
    // every ranked school is a row, and each shows its rank interval
    for (var s : ranking.ranked()) {
      assertTrue(all.contains(s.school().name()), s.school().name());
    }
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace("\n", " ");
      assertTrue(text.contains("OFFICIAL-SENSITIVE"), "protective marking");
      assertTrue(text.contains("exploratory, not predictive"), "caveat in the title");
      assertTrue(text.contains(ranking.ranked().get(0).school().name()), "the top school");
    }
  }

  private static ComparisonInstaller installerOf(MainWindow w) {
    return (ComparisonInstaller) w.root().getProperties().get(ComparisonInstaller.class);
  }
}
