package org.wardflow.ui;

import javafx.stage.Stage;
import org.wardflow.io.demo.DemoData;
import org.wardflow.ui.layers.ThematicPainter;
import org.wardflow.ui.load.WardflowLoader;

/**
 * The whole main window on the built-in demo, built exactly as {@link WardflowApp} builds it (the
 * real painter, loader and every feature installed by {@link Workbench}) but with in-memory recent
 * files: the set-up of the whole-window tests and the user-guide screenshots.
 */
public final class DemoWindow {

  private DemoWindow() {}

  /** The application's services on the demo, remembering recent files in memory only. */
  public static AppServices services() {
    return new AppServices(
        () -> DemoData.load().geography(),
        new ThematicPainter(),
        new WardflowLoader(),
        RecentFiles.inMemory(),
        AppData::demo);
  }

  /**
   * Builds the window with every feature and shows it on a stage (call on the FX thread).
   *
   * @param stage the stage
   * @return the window
   */
  public static MainWindow open(Stage stage) {
    MainWindow window = new MainWindow(services());
    Workbench.install(window);
    window.show(stage);
    return window;
  }
}
