package org.wardflow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.School;
import org.wardflow.render.Legend;
import org.wardflow.ui.charts.ChartKind;
import org.wardflow.ui.charts.ChartsView;
import org.wardflow.ui.layers.ThematicMap;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.map.MapViewModel;
import org.wardflow.ui.matrix.MatrixEntity;
import org.wardflow.ui.matrix.MatrixView;

/**
 * The matrix and charts tabs of the real window (built as the application builds it, on the demo):
 * reached by clicking their tabs and by the View menu's shortcuts, showing the published table of
 * the Disclosure panel, and linked to the map selection both ways; the map legend never pictures a
 * figure below k.
 */
@ExtendWith(ApplicationExtension.class)
class ViewsWindowFxTest {
  private static final PseudoClass HIDDEN = PseudoClass.getPseudoClass("wf-hidden");
  private static final PseudoClass HIGHLIGHT = PseudoClass.getPseudoClass("wf-highlight");

  private MainWindow window;
  private final FxRobot robot = new FxRobot();

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

  private static <T> T fx(Callable<T> c) throws Exception {
    T t = WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    return t;
  }

  private static void fx(Runnable r) throws Exception {
    WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
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
              && window.map().isUpToDate();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private MatrixView matrix() {
    return robot.lookup(".matrix-pane").queryAs(MatrixView.class);
  }

  private TabPane tabs() {
    return robot.lookup("#centre-tabs").queryAs(TabPane.class);
  }

  private String selectedTab() {
    return tabs().getSelectionModel().getSelectedItem().getId();
  }

  /** Clicks a centre tab by its header. */
  private void clickTab(String id) throws TimeoutException {
    robot.clickOn(
        robot.lookup("#centre-tabs .tab").match(n -> id.equals(n.getId())).queryAs(Node.class));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> id.equals(selectedTab()));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** A data cell on screen: its text, row entity, column entity and whether it is hatched. */
  private record Shown(String text, MatrixEntity row, MatrixEntity col, boolean hidden) {}

  private List<Shown> shownCells() throws Exception {
    MatrixView m = matrix();
    return fx(
        () -> {
          m.layout();
          List<Shown> out = new ArrayList<>();
          for (Node n : m.table().lookupAll(".matrix-cell")) {
            TableCell<?, ?> c = (TableCell<?, ?>) n;
            if (!c.isVisible() || c.isEmpty() || c.getTableRow() == null) {
              continue;
            }
            Object item = c.getTableRow().getItem();
            TableColumn<?, ?> col = c.getTableColumn();
            if (!(item instanceof MatrixEntity row) || col == null || !col.isVisible()) {
              continue;
            }
            int slot = Integer.parseInt(col.getId().substring("matrix-slot-".length()));
            MatrixEntity e = m.viewModel().windowColumn(slot);
            if (e != null) {
              out.add(new Shown(c.getText(), row, e, c.getPseudoClassStates().contains(HIDDEN)));
            }
          }
          return out;
        });
  }

  /** Checks every cell on screen against the window's published table. */
  private int checkPublishedOnly(int k) throws Exception {
    PublishedTable t = vm().getPublished();
    assertSame(t, matrix().viewModel().tableProperty().get(), "the matrix shows the publication");
    assertEquals(k, t.policy().k());
    List<Shown> cells = shownCells();
    assertTrue(cells.size() > 40, "a screenful of cells: " + cells.size());
    int hidden = 0;
    for (Shown s : cells) {
      PublishedValue v = t.get(s.row().id(), s.col().id());
      if (v.isSuppressed()) {
        assertEquals("[c]", s.text(), "hidden cell " + s);
        assertTrue(s.hidden(), "hatched: " + s);
        hidden++;
      } else if (v.isPublished()) {
        assertEquals(Integer.toString(v.value()), s.text(), "published figure " + s);
      }
      if (k > 1 && s.text().matches("\\d+")) {
        int x = Integer.parseInt(s.text());
        assertFalse(x >= 1 && x < k, "no figure of 1.." + (k - 1) + " on screen: " + s);
      }
    }
    return hidden;
  }

  // ---- tests --------------------------------------------------------------------------------

  @Test
  void matrixTabShowsThePublishedTableAndFollowsTheThresholdSlider() throws Exception {
    settle();
    assertEquals("tab-map", selectedTab(), "the map first");
    clickTab("tab-matrix");
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> matrix().viewModel().tableProperty().get() != null);
    int hiddenAtK5 = checkPublishedOnly(5);
    assertTrue(hiddenAtK5 > 0, "hidden cells on screen at k = 5");
    assertTrue(
        robot.lookup("#matrix-footer").queryAs(Label.class).getText().contains("1–4"),
        "the footer explains [c]");
    // ward names and school names are on screen
    TableView<MatrixEntity> table = matrix().table();
    assertFalse(table.getItems().isEmpty());
    assertTrue(
        robot.lookup(".slot-header").queryAllAs(Label.class).stream()
            .anyMatch(l -> l.isVisible() && !l.getText().isBlank()),
        "school names in the headers");

    // the Disclosure panel's threshold reaches the matrix at once
    fx(() -> window.disclosurePanel().slider().setValue(0));
    settle();
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> matrix().viewModel().tableProperty().get() == vm().getPublished());
    assertEquals(0, checkPublishedOnly(0), "nothing hidden at k = 0");
    assertTrue(
        shownCells().stream().anyMatch(s -> s.text().matches("[1-4]")),
        "small figures appear at k = 0");
    fx(() -> window.disclosurePanel().slider().setValue(10));
    settle();
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> matrix().viewModel().tableProperty().get() == vm().getPublished());
    assertTrue(checkPublishedOnly(10) > hiddenAtK5, "more hidden at k = 10");

    // rounding from the Disclosure panel: every figure on screen is a multiple of 5
    robot.clickOn("#round-5");
    settle();
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> matrix().viewModel().tableProperty().get() == vm().getPublished());
    assertEquals(5, vm().getPublished().policy().roundingBase());
    for (Shown s : shownCells()) {
      if (s.text().matches("\\d+")) {
        assertEquals(0, Integer.parseInt(s.text()) % 5, "rounded: " + s);
      }
    }
  }

  @Test
  void clickingAWardRowSelectsItOnTheMapAndShowOnMapSwitchesToTheMap() throws Exception {
    settle();
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "tab-matrix".equals(selectedTab()));
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> matrix().viewModel().tableProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    TableView<MatrixEntity> table = matrix().table();
    MatrixEntity third = table.getItems().get(2);
    assertTrue(third.isWard());
    Node nameCell =
        robot
            .lookup(".fixed-cell")
            .match(n -> n instanceof TableCell<?, ?> c && third.name().equals(c.getText()))
            .queryAs(Node.class);
    robot.clickOn(nameCell);
    WaitForAsyncUtils.waitForFxEvents();
    MapTarget sel = mv().getSelection();
    assertNotNull(sel, "the click selected the ward");
    assertEquals(MapTarget.Kind.WARD, sel.kind());
    assertEquals(third.id(), sel.id());

    robot.clickOn("#matrix-show-on-map");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "tab-map".equals(selectedTab()));
    settle();
    // the map draws the ward selected: only its flows (the selection summary is the ward's)
    assertEquals(third.id(), window.map().displayedFrameProperty().get().scene().selection().id());
    assertEquals(third.name(), robot.lookup("#selection-title").queryAs(Label.class).getText());
  }

  @Test
  void selectingASchoolOnTheMapSelectsItsColumnInTheMatrix() throws Exception {
    settle();
    PublishedTable t = vm().getPublished();
    // the school with the smallest published positive total that a click on the map picks:
    // it sits far right in the matrix (columns are ordered largest first), so the view must scroll
    School target = null;
    int best = Integer.MAX_VALUE;
    for (School s : mv().getGeography().schools().schools()) {
      if (!s.hasLocation()) {
        continue;
      }
      PublishedValue v = t.schoolTotal(s.urn());
      if (!v.isPublished() || v.value() <= 0 || v.value() >= best) {
        continue;
      }
      double x = mv().getViewport().toScreenX(s.location().getX());
      double y = mv().getViewport().toScreenY(s.location().getY());
      if (mv().pick(x, y).map(p -> p.id().equals(s.urn())).orElse(false)) {
        target = s;
        best = v.value();
      }
    }
    assertNotNull(target, "a school to click");
    School school = target;
    robot.clickOn(
        window
            .map()
            .localToScreen(
                mv().getViewport().toScreenX(school.location().getX()),
                mv().getViewport().toScreenY(school.location().getY())));
    WaitForAsyncUtils.waitForFxEvents();
    assertNotNull(mv().getSelection());
    assertEquals(school.urn(), mv().getSelection().id(), "the click selected the school");

    clickTab("tab-matrix");
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> matrix().viewModel().highlightedColumnProperty().get() >= 0);
    MatrixView m = matrix();
    int col = m.viewModel().highlightedColumnProperty().get();
    assertEquals(school.urn(), m.viewModel().getColumns().get(col).id());
    assertTrue(col > 10, "a column off the first screen: " + col);
    WaitForAsyncUtils.waitForFxEvents();
    List<Label> highlighted =
        robot.lookup(".slot-header").queryAllAs(Label.class).stream()
            .filter(l -> l.isVisible() && l.getPseudoClassStates().contains(HIGHLIGHT))
            .toList();
    assertEquals(1, highlighted.size(), "one highlighted column header on screen");
    assertEquals(school.name(), highlighted.get(0).getText());
  }

  @Test
  void chartsTabShowsTheChartsOfThePublishedTable() throws Exception {
    settle();
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "tab-charts".equals(selectedTab()));
    ChartsView charts = robot.lookup(".charts-pane").queryAs(ChartsView.class);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> charts.viewModel().tableProperty().get() != null);
    assertSame(vm().getPublished(), charts.viewModel().tableProperty().get());
    for (ChartKind k : ChartKind.values()) {
      var chart = charts.chart(k);
      assertFalse(chart.getTitle() == null || chart.getTitle().isBlank(), k + " has a title");
      assertFalse(chart.getData().isEmpty(), k + " has data");
      assertFalse(chart.getData().get(0).getData().isEmpty(), k + " has points");
    }
    assertTrue(charts.chart(ChartKind.DISTANCE).isVisible());
    // and back to the map with its shortcut
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT0);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "tab-map".equals(selectedTab()));
  }

  @Test
  void legendNeverShowsAFlowWidthBelowK() throws Exception {
    settle();
    for (int k : new int[] {5, 10, 3}) {
      fx(() -> window.disclosurePanel().slider().setValue(k));
      settle();
      Legend l = window.legend().legendProperty().get();
      assertNotNull(l.flowScale(), "the flow part is shown");
      assertEquals(k, l.k());
      int[] values = l.flowValues();
      assertTrue(values.length > 0);
      for (int v : values) {
        assertTrue(v >= k, "flow width sample " + v + " at k = " + k);
      }
      assertEquals("Suppressed: counts of 1–" + (k - 1), l.suppressedText("cells")[0]);
      String note = robot.lookup("#legend-suppressed").queryAs(Label.class).getText();
      assertTrue(note.contains("other cells that would reveal them"), note);
    }
    robot.clickOn("#round-10");
    settle();
    Legend l = window.legend().legendProperty().get();
    assertEquals("Figures rounded to 10", l.roundingNote());
    for (int v : l.flowValues()) {
      assertEquals(0, v % 10, "sample on the rounding grid: " + v);
    }
    assertTrue(
        robot
            .lookup("#legend-suppressed")
            .queryAs(Label.class)
            .getText()
            .contains("rounded to the nearest 10"));
  }

  @Test
  void viewMenuListsTheTabsWithShortcuts() throws Exception {
    settle();
    var items = window.viewMenu().getItems();
    for (String id : List.of("menu-view-map", "menu-view-matrix", "menu-view-charts")) {
      var item = items.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
      assertNotNull(item.getAccelerator(), id + " has a shortcut");
    }
    var charts =
        items.stream().filter(i -> "menu-view-charts".equals(i.getId())).findFirst().orElseThrow();
    fx(() -> charts.fire());
    assertEquals("tab-charts", selectedTab());
    assertTrue(((javafx.scene.control.RadioMenuItem) charts).isSelected());
    Button show = robot.lookup("#matrix-show-on-map").queryAs(Button.class);
    assertTrue(show.isDisabled(), "nothing selected: nothing to show");
  }
}
