package org.wardflow.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.ui.map.MapTarget;

/**
 * A West Midlands–sized matrix (192 wards × 1,238 schools): the pane shows, scrolls and re-sorts
 * with only a screenful of cells, because columns are windowed as well as rows.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixScaleFxTest {
  private static final ViewFixtures.Study STUDY = ViewFixtures.large(7);
  private final ObjectProperty<PublishedTable> table = new SimpleObjectProperty<>();
  private final ObjectProperty<MapTarget> selection = new SimpleObjectProperty<>();
  private MatrixView view;

  @Start
  void start(Stage stage) {
    view = MatrixView.create(table, STUDY.geography(), selection);
    stage.setScene(new Scene(new StackPane(view), 1240, 760));
    stage.sizeToScene(); // an earlier test may have sized the shared stage
    stage.show();
  }

  private static long timeFx(Runnable r) throws Exception {
    long t0 = System.nanoTime();
    WaitForAsyncUtils.asyncFx(r).get(60, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    return (System.nanoTime() - t0) / 1_000_000;
  }

  @Test
  void aWestMidlandsSizedMatrixStaysLight() throws Exception {
    long show = timeFx(() -> table.set(STUDY.table()));
    int columns = WaitForAsyncUtils.asyncFx(() -> view.viewModel().getColumns().size()).get();
    assertTrue(columns > 1_000, "schools with CYP: " + columns);
    long cells =
        WaitForAsyncUtils.asyncFx(() -> (long) view.table().lookupAll(".matrix-cell").size()).get();
    assertTrue(cells < 2_000, "only a screenful of data cells exists: " + cells);
    long scroll =
        timeFx(
            () -> {
              for (int i = 0; i < 20; i++) {
                view.viewModel().scrollColumns(37);
                view.table().scrollTo(i * 9);
                view.layout();
              }
            });
    String id = STUDY.table().schoolUrns().get(900);
    long select = timeFx(() -> selection.set(new MapTarget(MapTarget.Kind.SCHOOL, id, "School")));
    int col =
        WaitForAsyncUtils.asyncFx(() -> view.viewModel().highlightedColumnProperty().get()).get();
    assertEquals(id, view.viewModel().getColumns().get(col).id());
    long sort =
        timeFx(() -> view.viewModel().sortProperty().set(MatrixViewModel.Sort.byColumn(id, false)));
    System.out.printf(
        "Matrix 192 × %d: show %d ms, 20 scroll steps %d ms, select %d ms, sort %d ms%n",
        columns, show, scroll, select, sort);
    // generous bounds for a loaded 2-core machine; a non-windowed TableView took > 100 s to show
    assertTrue(show < 15_000, "show took " + show + " ms");
    assertTrue(scroll < 15_000, "scrolling took " + scroll + " ms");
  }
}
