package org.wardflow.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.ui.map.MapTarget;

/** The matrix pane in a real (headless) stage. */
@ExtendWith(ApplicationExtension.class)
class MatrixViewFxTest {
  private static final Set<String> SMALL = Set.of("1", "2", "3", "4");

  private final ObjectProperty<PublishedTable> table =
      new SimpleObjectProperty<>(ViewFixtures.published());
  private final ObjectProperty<MapTarget> selection = new SimpleObjectProperty<>();
  private MatrixView view;

  @Start
  void start(Stage stage) {
    view = MatrixView.create(table, ViewFixtures.geography(), selection);
    stage.setScene(new Scene(view, 1100, 520));
    stage.sizeToScene(); // an earlier test may have sized the shared stage
    stage.show();
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    T t = WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    return t;
  }

  private static void fx(Runnable r) throws Exception {
    WaitForAsyncUtils.asyncFx(r).get(20, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Texts of the visible data cells, row by row (rows in display order). */
  private List<List<String>> dataCellTexts() throws Exception {
    return fx(
        () -> {
          view.layout();
          List<List<String>> out = new ArrayList<>();
          for (int i = 0; i < view.table().getItems().size(); i++) {
            out.add(new ArrayList<>());
          }
          for (Node n : view.table().lookupAll(".matrix-cell")) {
            TableCell<?, ?> c = (TableCell<?, ?>) n;
            if (c.isVisible() && !c.isEmpty() && c.getIndex() >= 0 && c.getIndex() < out.size()) {
              out.get(c.getIndex()).add(c.getText());
            }
          }
          return out;
        });
  }

  private TableRow<?> rowNode(int index) throws Exception {
    return fx(
        () -> {
          for (Node n : view.table().lookupAll(".table-row-cell")) {
            TableRow<?> r = (TableRow<?>) n;
            if (r.getIndex() == index && r.isVisible()) {
              return r;
            }
          }
          return null;
        });
  }

  @Test
  void showsPublishedFiguresOnlyWithHiddenCellsMarked() throws Exception {
    List<List<String>> rows = dataCellTexts();
    List<String> all = rows.stream().flatMap(List::stream).toList();
    assertEquals(6 * 5, all.size(), "6 wards × 5 schools with CYP, all in the window");
    for (String s : all) {
      assertFalse(SMALL.contains(s), "a small count is on screen: " + s);
    }
    assertTrue(all.contains("[c]"), "hidden cells are marked [c]");
    assertTrue(all.contains("25") && all.contains("30"), "published counts are shown");
    long hatched =
        fx(
            () ->
                view.table().lookupAll(".matrix-cell").stream()
                    .filter(
                        n -> n.isVisible() && n.getPseudoClassStates().contains(MatrixView.HIDDEN))
                    .count());
    assertEquals(all.stream().filter("[c]"::equals).count(), hatched, "every [c] is hatched");
    String footer = fx(() -> ((Label) view.lookup("#matrix-footer")).getText());
    assertTrue(footer.contains("[c] hidden to protect small numbers"), footer);
    assertTrue(footer.contains("Exploratory, not predictive"), footer);
    assertEquals(
        "FICTIONAL · SYNTHETIC", fx(() -> ((Label) view.lookup("#matrix-data-label")).getText()));
  }

  @Test
  void clickingAHeaderSortsTheRows(FxRobot robot) throws Exception {
    Node header = fx(() -> view.table().lookup("#matrix-col-total"));
    assertNotNull(header);
    robot.clickOn(header);
    WaitForAsyncUtils.waitForFxEvents();
    MatrixViewModel.Sort s = view.viewModel().sortProperty().get();
    assertEquals(MatrixViewModel.SortTarget.ROW_TOTAL, s.target());
    List<String> order = fx(() -> view.table().getItems().stream().map(MatrixEntity::id).toList());
    assertEquals(
        List.of("W1", "W6", "W5", "W3", "W2", "W4"), order, "hidden totals first, then 30 … 65");
    robot.clickOn(header);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("W4", fx(() -> view.table().getItems().get(0).id()), "second click: descending");

    // a school column: Elm Primary (64) is the first column, largest first
    Node slot = fx(() -> view.table().lookup("#matrix-slot-0"));
    robot.clickOn(slot);
    robot.clickOn(slot);
    WaitForAsyncUtils.waitForFxEvents();
    s = view.viewModel().sortProperty().get();
    assertEquals("100005", s.columnId());
    assertFalse(s.ascending());
    List<String> firstColumn = fx(() -> dataCellTextsUnsafe(0));
    assertEquals("30", firstColumn.get(0), "Dunmere's 30 at Elm Primary comes first");
  }

  private List<String> dataCellTextsUnsafe(int slot) {
    List<String> out = new ArrayList<>();
    view.layout();
    for (int i = 0; i < view.table().getItems().size(); i++) {
      out.add(view.viewModel().cellAt(view.table().getItems().get(i), slot).text());
    }
    return out;
  }

  @Test
  void typingAFilterReducesTheRows(FxRobot robot) throws Exception {
    TextField f = fx(() -> (TextField) view.lookup("#matrix-ward-filter"));
    robot.clickOn(f).write("dun");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, fx(() -> view.table().getItems().size()));
    assertEquals("Dunmere", fx(() -> view.table().getItems().get(0).name()));
    assertTrue(
        fx(() -> ((Label) view.lookup("#matrix-summary")).getText()).startsWith("1 of 6 wards"));
  }

  private List<Label> highlightedHeaders() {
    List<Label> out = new ArrayList<>();
    for (Node n : view.table().lookupAll(".slot-header")) {
      if (n.isVisible() && n.getPseudoClassStates().contains(MatrixView.HIGHLIGHT)) {
        out.add((Label) n);
      }
    }
    return out;
  }

  @Test
  void selectionIsLinkedBothWays(FxRobot robot) throws Exception {
    TableRow<?> castlegate = rowNode(2);
    assertNotNull(castlegate);
    robot.clickOn(castlegate.getChildrenUnmodifiable().get(0));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(new MapTarget(MapTarget.Kind.WARD, "W3", "Castlegate"), selection.get());

    fx(() -> selection.set(new MapTarget(MapTarget.Kind.WARD, "W5", "Eastwick")));
    assertEquals(4, fx(() -> view.table().getSelectionModel().getSelectedIndex()));
    TableRow<?> eastwick = rowNode(4);
    assertTrue(eastwick.getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected")));
    assertEquals(
        new MapTarget(MapTarget.Kind.WARD, "W5", "Eastwick"),
        selection.get(),
        "highlighting does not echo a different selection back");

    fx(() -> selection.set(new MapTarget(MapTarget.Kind.SCHOOL, "100003", "Oak Primary")));
    assertEquals(-1, fx(() -> view.table().getSelectionModel().getSelectedIndex()));
    int highlighted = fx(() -> highlightedHeaders().size());
    assertEquals(1, highlighted, "the school's column header is highlighted");
    String headerText = fx(() -> highlightedHeaders().get(0).getText());
    assertEquals("Oak Primary", headerText);
    assertEquals(
        new MapTarget(MapTarget.Kind.SCHOOL, "100003", "Oak Primary"),
        selection.get(),
        "clearing the row selection does not clear the shared selection");

    // double-click a data cell: selects its column's school
    Node cell =
        fx(
            () ->
                view.table().lookupAll(".matrix-cell").stream()
                    .filter(n -> ((TableCell<?, ?>) n).getIndex() == 0 && n.isVisible())
                    .filter(
                        n ->
                            n.getParent() != null
                                && ((TableCell<?, ?>) n)
                                    .getTableColumn()
                                    .getId()
                                    .equals("matrix-slot-0"))
                    .findFirst()
                    .orElseThrow());
    String firstInWindow = fx(() -> view.viewModel().windowColumn(0).id());
    robot.doubleClickOn(cell);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(firstInWindow, selection.get().id(), "the school of the double-clicked column");
    assertEquals(MapTarget.Kind.SCHOOL, selection.get().kind());
  }

  @Test
  void rowSharesOfAPublishedRowAddUpTo100Percent() throws Exception {
    fx(
        () -> {
          @SuppressWarnings("unchecked")
          ChoiceBox<MatrixMode> mode = (ChoiceBox<MatrixMode>) view.lookup("#matrix-mode");
          mode.setValue(MatrixMode.ROW_SHARES);
        });
    List<List<String>> rows = dataCellTexts();
    List<String> eastwick = rows.get(4);
    assertEquals(5, eastwick.size());
    double sum = 0;
    for (String s : eastwick) {
      assertTrue(s.endsWith("%"), s);
      sum += Double.parseDouble(s.replace("%", ""));
    }
    assertEquals(100, sum, 0.25, "P(school | Eastwick) over its published cells");
    for (String s : rows.get(5)) {
      assertEquals("[c]", s, "Fenby's total is hidden: no shares");
    }
    assertTrue(
        fx(() -> ((Label) view.lookup("#matrix-footer")).getText())
            .contains("a share whose numerator or denominator is hidden is itself hidden"));
  }

  @Test
  void exportWritesTheCsvOfWhatIsShown(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("m.csv");
    fx(
        () -> {
          try {
            view.exportCsv(f);
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        });
    String text = Files.readString(f).toLowerCase(Locale.ROOT);
    assertTrue(text.contains("exploratory, not predictive"));
    assertTrue(text.contains("synthetic"));
    assertEquals(1 + 6, text.lines().filter(l -> !l.startsWith("#")).count(), "header + 6 wards");
  }
}
