package org.wardflow.guide;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.wardflow.model.Ward;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.Workbench;
import org.wardflow.ui.map.MapTarget;

/**
 * Generates the screenshots of the user guide ({@code docs/user-guide.md}) from the real
 * application window: the demo opened exactly as a user sees it, each main task set up through the
 * window's own controls and view models, and the whole window captured. Run with {@code mvn -Pguide
 * test-compile exec:exec} (headless; writes {@code docs/images/guide-*.png}).
 */
public final class UserGuideShots {

  private static final int WIDTH = 1600;
  private static final int HEIGHT = 1000;

  private MainWindow window;
  private Stage stage;
  private final Path out;
  private final List<String> written = new ArrayList<>();

  private UserGuideShots(Path out) {
    this.out = out;
  }

  /**
   * Writes the guide's screenshots.
   *
   * @param args optional output folder (default {@code docs/images})
   * @throws Exception if the window cannot be driven
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
    Files.createDirectories(out);
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get(60, TimeUnit.SECONDS);
    UserGuideShots shots = new UserGuideShots(out);
    try {
      shots.run();
    } finally {
      Platform.exit();
    }
    System.out.println("Wrote " + shots.written);
    System.exit(0);
  }

  private void run() throws Exception {
    onFx(
        () -> {
          window = new MainWindow(org.wardflow.ui.DemoWindow.services());
          Workbench.install(window);
          stage = new Stage();
          window.show(stage);
          stage.setX(0);
          stage.setY(0);
          stage.setWidth(WIDTH);
          stage.setHeight(HEIGHT);
        });
    settle();
    shot("guide-main-window");

    // read the flows: select the ward with most CYP living there
    onFx(
        () -> {
          Ward top = topWard();
          window.viewModel().map().setSelection(MapTarget.of(top));
        });
    settle();
    shot("guide-read-flows");
    onFx(() -> window.viewModel().map().setSelection(null));

    // disclosure control: a higher threshold
    onFx(() -> window.disclosurePanel().slider().setValue(10));
    settle();
    shot("guide-disclosure");
    onFx(() -> window.disclosurePanel().slider().setValue(5));
    settle();

    // present: a two-step storyboard (the whole city; the top ward), presented at 1280 x 720
    var present = org.wardflow.ui.present.PresentInstaller.of(window);
    if (present.isPresent()) {
      var p = present.get();
      onFx(p::addCurrentView);
      onFx(() -> window.viewModel().map().setSelection(MapTarget.of(topWard())));
      settle();
      onFx(p::addCurrentView);
      onFx(() -> window.viewModel().map().setSelection(null));
      onFx(p::showStoryboard);
      settle();
      shot("guide-storyboard");
      onFx(
          () ->
              p.setPresentationOptions(
                  org.wardflow.ui.present.PresentationWindow.Options.windowed(1280, 720)));
      var shown = onFx(p::startPresentation);
      if (shown.isPresent()) {
        Thread.sleep(3000);
        Stage slides = shown.get().stage();
        onFx(() -> slides.getScene().getRoot().requestLayout());
        Thread.sleep(1500);
        shotOf(slides, "guide-present");
        onFx(slides::close);
      }
    }

    // the comparison opens as a tab through its menu accelerator
    onFx(
        () -> {
          Runnable compare =
              stage
                  .getScene()
                  .getAccelerators()
                  .get(org.wardflow.ui.compare.ComparisonInstaller.COMPARE_KEY);
          if (compare != null) {
            compare.run();
          }
        });
    Thread.sleep(4000);
    settle();

    // the Export Map dialog with its preview
    onFx(() -> org.wardflow.ui.export.ExportInstaller.of(window).exportMap());
    Thread.sleep(4000);
    var dialog = onFx(() -> org.wardflow.ui.export.ExportInstaller.of(window).openDialog());
    if (dialog != null) {
      Stage d = onFx(() -> (Stage) dialog.dialog().getDialogPane().getScene().getWindow());
      shotOf(d, "guide-export");
      onFx(() -> dialog.dialog().close());
    }

    // the other views, each a centre tab when installed
    for (String[] tab :
        new String[][] {
          {"tab-matrix", "guide-matrix"},
          {"tab-charts", "guide-charts"},
          {"tab-compare", "guide-compare"},
        }) {
      if (selectTab(tab[0])) {
        settle();
        shot(tab[1]);
      } else {
        System.out.println("No tab " + tab[0] + ": " + tab[1] + " not written");
      }
    }
    selectTab("tab-map");
    settle();

    // load your own data: the real West Midlands wards and schools, when ../shared/data is here
    Path data =
        Path.of(System.getenv().getOrDefault("WARDFLOW_SHARED_DATA", "../shared/data"))
            .toAbsolutePath()
            .normalize();
    Path wards = data.resolve("wm_wards_2025_bgc_wgs84.geojson");
    Path schools = data.resolve("wm_gias_open_establishments_20250524.csv");
    if (Files.isRegularFile(wards) && Files.isRegularFile(schools)) {
      var task = onFx(() -> window.openFiles(List.of(wards, schools)));
      task.get(300, TimeUnit.SECONDS);
      onFx(() -> showReport());
      settle();
      shot("guide-load-data");
    } else {
      System.out.println("No real data at " + data + ": guide-load-data not written");
    }
  }

  private void showReport() {
    Node report = stage.getScene().lookup("#tool-report");
    if (report instanceof javafx.scene.control.ToggleButton t) {
      t.setSelected(true);
    }
  }

  /** The ward with the most CYP living there (published total), or null before publication. */
  private Ward topWard() {
    var published = window.viewModel().getPublished();
    Ward best = null;
    int most = -1;
    for (Ward w : window.viewModel().map().getGeography().wards().wards()) {
      var v = published.wardTotal(w.code());
      if (v.isPublished() && v.value() > most) {
        most = v.value();
        best = w;
      }
    }
    return best;
  }

  private boolean selectTab(String id) throws Exception {
    return onFx(
        () -> {
          Node n = stage.getScene().lookup("#centre-tabs");
          if (!(n instanceof TabPane tabs)) {
            return false;
          }
          for (Tab t : tabs.getTabs()) {
            if (id.equals(t.getId())) {
              tabs.getSelectionModel().select(t);
              return true;
            }
          }
          return false;
        });
  }

  private void shot(String name) throws Exception {
    shotOf(stage, name);
  }

  private void shotOf(Stage which, String name) throws Exception {
    WritableImage img = onFx(() -> which.getScene().snapshot(null));
    BufferedImage b = SwingFXUtils.fromFXImage(img, null);
    Path file = out.resolve(name + ".png");
    ImageIO.write(b, "png", file.toFile());
    written.add(file.getFileName().toString());
  }

  private void settle() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    BooleanSupplier done =
        () -> {
          try {
            return onFx(
                () ->
                    window.viewModel().map().getGeography() != null
                        && window.viewModel().getThematic() != null
                        && !window.viewModel().isWorking()
                        && window.map().isUpToDate());
          } catch (Exception e) {
            return false;
          }
        };
    Thread.sleep(300);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the window did not settle in 120 s");
      }
      Thread.sleep(100);
    }
    Thread.sleep(500);
  }

  private static void onFx(Runnable r) throws Exception {
    onFx(
        () -> {
          r.run();
          return null;
        });
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(c.call());
          } catch (Throwable e) {
            f.completeExceptionally(e);
          }
        });
    return f.get(120, TimeUnit.SECONDS);
  }
}
