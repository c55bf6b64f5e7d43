package org.wardflow.ui;

/**
 * Attaches the views and commands that live outside the core window — matrix and charts, the
 * comparison with the VRU list, presentation mode, project files, exports, preferences — to a
 * {@link MainWindow}. The application and the whole-window tests both build the window this way, so
 * what is tested is what users get.
 */
public final class Workbench {

  private Workbench() {}

  /**
   * Installs every feature into the window (call on the FX thread, once, before showing it).
   *
   * @param window the main window
   */
  public static void install(MainWindow window) {
    // one line per feature, each feature's wiring kept in its own package
    org.wardflow.ui.matrix.ViewsInstaller.install(window);
    org.wardflow.ui.present.PresentInstaller.install(window);
    org.wardflow.ui.history.ComfortInstaller.install(window);
  }
}
