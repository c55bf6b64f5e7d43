package org.wardflow.ui.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.analysis.FlowStatistics.HiddenCells;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.io.demo.DemoData;
import org.wardflow.model.FlowFilter;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.matrix.MatrixMode;
import org.wardflow.ui.matrix.MatrixView;

/**
 * Both panes on the built-in demo city, snapshot to PNG — to look at them (set {@code
 * WARDFLOW_SNAPSHOTS=/tmp/views} or {@code -Dwardflow.snapshots=…} to keep the images) and to check
 * that they draw something varied (not a blank or one-colour pane).
 */
@ExtendWith(ApplicationExtension.class)
class PaneSnapshotFxTest {
  private static final DemoData DEMO = DemoData.load();
  private final ObjectProperty<PublishedTable> table =
      new SimpleObjectProperty<>(
          DisclosureGate.publish(DEMO.cyp(), FlowFilter.ALL, DisclosurePolicy.DEFAULT));
  private final ObjectProperty<MapTarget> selection = new SimpleObjectProperty<>();
  private final StackPane root = new StackPane();

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(root, 1200, 720));
    stage.sizeToScene(); // an earlier test may have sized the shared stage
    stage.show();
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    T t = WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    return t;
  }

  private static Path dir(Path temp) throws Exception {
    String keep = System.getProperty("wardflow.snapshots", System.getenv("WARDFLOW_SNAPSHOTS"));
    Path d = keep == null ? temp : Path.of(keep);
    Files.createDirectories(d);
    return d;
  }

  private static int snapshot(Node n, Path file) throws Exception {
    BufferedImage img = fx(() -> SwingFXUtils.fromFXImage(n.snapshot(null, null), null));
    ImageIO.write(img, "png", file.toFile());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        colours.add(img.getRGB(x, y) & 0xf0f0f0);
      }
    }
    return colours.size();
  }

  @Test
  void matrixAndChartsOnTheDemoCity(@TempDir Path temp) throws Exception {
    Path out = dir(temp);
    MatrixView matrix =
        fx(
            () -> {
              MatrixView m = MatrixView.create(table, DEMO.geography(), selection);
              root.getChildren().setAll(m);
              return m;
            });
    fx(
        () -> {
          String ward = table.get().wardCodes().get(7);
          selection.set(
              new MapTarget(
                  MapTarget.Kind.WARD,
                  ward,
                  DEMO.geography().wards().byCode(ward).orElseThrow().name()));
          return null;
        });
    assertTrue(snapshot(matrix, out.resolve("matrix-counts.png")) > 12);
    fx(
        () -> {
          matrix.viewModel().modeProperty().set(MatrixMode.ROW_SHARES);
          return null;
        });
    assertTrue(snapshot(matrix, out.resolve("matrix-row-shares.png")) > 12);
    fx(
        () -> {
          matrix.viewModel().transposedProperty().set(true);
          matrix.viewModel().modeProperty().set(MatrixMode.COUNTS);
          return null;
        });
    assertTrue(snapshot(matrix, out.resolve("matrix-transposed.png")) > 12);

    ChartsView charts =
        fx(
            () -> {
              ChartsView c = ChartsView.create(table, DEMO.geography());
              root.getChildren().setAll(c);
              return c;
            });
    for (ChartKind k : ChartKind.values()) {
      fx(
          () -> {
            charts.show(k);
            return null;
          });
      assertTrue(snapshot(charts, out.resolve("chart-" + k.fileStem() + ".png")) > 6, k.name());
    }
    fx(
        () -> {
          charts.viewModel().hiddenCellsProperty().set(HiddenCells.MIDPOINT);
          return null;
        });
    for (ChartKind k : ChartKind.values()) {
      fx(
          () -> {
            charts.show(k);
            return null;
          });
      assertTrue(
          snapshot(charts, out.resolve("chart-" + k.fileStem() + "-midpoints.png")) > 6, k.name());
    }
  }
}
