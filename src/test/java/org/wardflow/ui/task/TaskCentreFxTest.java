package org.wardflow.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.io.ImportReport;
import org.wardflow.io.demo.DemoData;
import org.wardflow.ui.AppData;
import org.wardflow.ui.AppServices;
import org.wardflow.ui.DataLoader;
import org.wardflow.ui.FileFormat;
import org.wardflow.ui.LoadResult;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.RecentFiles;
import org.wardflow.ui.Workbench;

/**
 * Long tasks in the real window: opening files with a slow loader shows progress with a Cancel
 * button after a moment, the window keeps responding meanwhile, and Cancel stops the read (the
 * loader's thread is interrupted, later files are not read, nothing is loaded). Plain work
 * submitted to the {@link TaskCentre} sees the cancellation through its {@link
 * TaskCentre.Progress}.
 */
@ExtendWith(ApplicationExtension.class)
class TaskCentreFxTest {
  /** A loader that takes 20 s per file unless its thread is interrupted. */
  static final class SlowLoader implements DataLoader {
    final AtomicInteger calls = new AtomicInteger();
    final AtomicBoolean interrupted = new AtomicBoolean();

    @Override
    public List<FileFormat> formats() {
      return List.of();
    }

    @Override
    public LoadResult load(Path file) {
      calls.incrementAndGet();
      try {
        for (int i = 0; i < 800; i++) {
          Thread.sleep(25);
        }
      } catch (InterruptedException e) {
        interrupted.set(true);
        Thread.currentThread().interrupt();
      }
      return LoadResult.failed(new ImportReport(file, "slow file").error("", "stopped"));
    }
  }

  private final SlowLoader loader = new SlowLoader();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    AppServices services =
        new AppServices(
                () -> DemoData.load().geography(),
                new org.wardflow.ui.layers.ThematicPainter(),
                loader,
                RecentFiles.inMemory(),
                AppData::demo)
            .withLoader(loader);
    window = new MainWindow(services);
    Workbench.install(window);
    window.show(stage);
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
  }

  private void demoShown() throws Exception {
    WaitForAsyncUtils.waitFor(
        120, TimeUnit.SECONDS, () -> window.viewModel().map().getGeography() != null);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.tasks().tasks().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void cancellingALongImportStopsItAndTheWindowStaysResponsive(FxRobot robot) throws Exception {
    demoShown();
    Node indicator = robot.lookup("#task-indicator").query();
    assertFalse(indicator.isVisible(), "no task, no indicator");
    var geography = window.viewModel().map().getGeography();

    Task<List<LoadResult>> t =
        fx(() -> window.openFiles(List.of(Path.of("big-1.csv"), Path.of("big-2.csv"))));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, indicator::isVisible);
    WaitForAsyncUtils.waitForFxEvents();
    Label title = robot.lookup("#task-title").queryAs(Label.class);
    assertEquals("Opening 2 files — reading big-1.csv", fx(title::getText));

    // the window responds while the file is read: a zoom button works at once
    double mpp = window.viewModel().map().getViewport().metresPerPixel();
    robot.clickOn("#tool-zoom-in");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(mpp / 2, window.viewModel().map().getViewport().metresPerPixel(), mpp * 1e-9);
    assertTrue(fx(t::isRunning), "the click was handled while the file was still being read");

    robot.clickOn("#task-cancel");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(t::getState) == Worker.State.CANCELLED);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, loader.interrupted::get);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(indicator.isVisible(), "the indicator goes when the task is cancelled");
    assertTrue(
        window.viewModel().map().statusMessageProperty().get().startsWith("Stopped opening"),
        window.viewModel().map().statusMessageProperty().get());
    WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
    assertEquals(1, loader.calls.get(), "the second file is never read");
    assertTrue(geography == window.viewModel().map().getGeography(), "nothing was loaded");
    assertFalse(window.viewModel().busyProperty().get());
  }

  @Test
  void submittedWorkSeesTheCancellationAndQuickWorkIsNotShown(FxRobot robot) throws Exception {
    demoShown();
    Node indicator = robot.lookup("#task-indicator").query();
    TaskCentre centre = window.tasks();
    AtomicReference<String> quick = new AtomicReference<>();
    fx(() -> centre.submit("Quick", p -> "done", quick::set, e -> {}));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "done".equals(quick.get()));
    WaitForAsyncUtils.sleep(TaskIndicator.SHOW_AFTER_MILLIS + 200, TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(indicator.isVisible(), "work quicker than 300 ms is never shown");

    CountDownLatch stopped = new CountDownLatch(1);
    AtomicInteger steps = new AtomicInteger();
    AtomicBoolean delivered = new AtomicBoolean();
    Task<Integer> slow =
        fx(
            () ->
                centre.submit(
                    "Generating synthetic flows",
                    p -> {
                      for (int i = 0; i < 10_000; i++) {
                        if (p.isCancelled()) {
                          stopped.countDown();
                          return i;
                        }
                        p.update(i, 10_000);
                        steps.incrementAndGet();
                        Thread.sleep(2);
                      }
                      return 10_000;
                    },
                    v -> delivered.set(true),
                    e -> {}));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, indicator::isVisible);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(slow::getProgress) > 0);
    robot.clickOn("#task-cancel");
    assertTrue(stopped.await(5, TimeUnit.SECONDS) || slow.isCancelled());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(slow.isCancelled());
    assertTrue(steps.get() < 10_000, "the loop stopped early");
    assertFalse(delivered.get(), "a cancelled task delivers no result");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !indicator.isVisible());
  }
}
