package org.wardflow.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.ui.matrix.ViewFixtures;

/** The charts pane in a real (headless) stage: the Lorenz chart and its exports. */
@ExtendWith(ApplicationExtension.class)
class ChartsViewFxTest {
  private final ObjectProperty<PublishedTable> table =
      new SimpleObjectProperty<>(ViewFixtures.published());
  private ChartsView view;

  @Start
  void start(Stage stage) {
    view = ChartsView.create(table, ViewFixtures.geography());
    stage.setScene(new Scene(view, 900, 620));
    stage.sizeToScene(); // an earlier test may have sized the shared stage
    stage.show();
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    T t = WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    return t;
  }

  @Test
  void theLorenzChartShowsTheCurveWithTheGiniInItsTitle() throws Exception {
    fx(
        () -> {
          view.show(ChartKind.LORENZ);
          return null;
        });
    XYChart<?, ?> chart = view.chart(ChartKind.LORENZ);
    String title = fx(chart::getTitle);
    String gini =
        String.format(
            Locale.UK, "%.2f", giniFromTitle(view.viewModel().chart(ChartKind.LORENZ).title()));
    assertTrue(title.contains("Gini " + gini), title);
    XYChart.Series<?, ?> curve =
        fx(
            () ->
                chart.getData().stream()
                    .filter(s -> s.getName().equals(ChartsViewModel.LORENZ_SERIES))
                    .findFirst()
                    .orElseThrow());
    int schools = table.get().schoolUrns().size();
    assertEquals(schools + 1, fx(() -> curve.getData().size()));
    assertEquals(
        100.0, fx(() -> ((Number) curve.getData().get(schools).getYValue()).doubleValue()), 1e-9);
    assertTrue(fx(() -> chart.getXAxis().getLabel()).contains("%"));
    assertNotNull(fx(() -> curve.getNode()), "the line is drawn");
  }

  private static double giniFromTitle(String title) {
    int i = title.indexOf("Gini ") + 5;
    return Double.parseDouble(title.substring(i, title.indexOf(' ', i)));
  }

  @Test
  void exportingWritesAPngAndACsv(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("lorenz.png");
    Path csv = dir.resolve("lorenz.csv");
    fx(
        () -> {
          view.show(ChartKind.LORENZ);
          view.exportPng(ChartKind.LORENZ, png);
          view.exportCsv(ChartKind.LORENZ, csv);
          return null;
        });
    BufferedImage img = ImageIO.read(png.toFile());
    assertNotNull(img, "a readable PNG");
    double w = fx(() -> view.card(ChartKind.LORENZ).getLayoutBounds().getWidth());
    assertEquals(2 * w, img.getWidth(), 2, "snapshot at twice the screen resolution");
    int dark = 0;
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        int rgb = img.getRGB(x, y);
        if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
          dark++;
        }
      }
    }
    assertTrue(dark > 100, "text and lines are drawn: " + dark);
    String text = Files.readString(csv);
    assertTrue(text.contains("Exploratory, not predictive"));
    assertTrue(text.contains(ChartsViewModel.LORENZ_SERIES));
    assertTrue(text.contains("FICTIONAL · SYNTHETIC"));
  }

  @Test
  void changingTheHiddenCellTreatmentRedrawsWithItsNote() throws Exception {
    String before = fx(() -> view.viewModel().chart(ChartKind.DISTANCE).notes().get(0));
    fx(
        () -> {
          view.viewModel()
              .hiddenCellsProperty()
              .set(org.wardflow.analysis.FlowStatistics.HiddenCells.MIDPOINT);
          return null;
        });
    String after =
        fx(
            () ->
                ((javafx.scene.control.Label) view.lookup("#chart-notes-distance-travelled"))
                    .getText());
    assertTrue(before.contains("left out"), before);
    assertTrue(after.contains("middle of their possible range"), after);
  }
}
