package org.wardflow.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: the main window, opened on the start-up geography of {@link
 * AppServices#defaults()}; files named on the command line are opened after it.
 */
public class WardflowApp extends Application {

  private MainWindow window;

  /** Creates the application (called by JavaFX). */
  public WardflowApp() {}

  /** Launches the application (called by {@link org.wardflow.Launcher}). */
  public static void start(String[] args) {
    Application.launch(WardflowApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    window = new MainWindow(AppServices.defaults());
    Workbench.install(window);
    window.show(stage);
    List<Path> files =
        getParameters().getUnnamed().stream()
            .filter(a -> !a.startsWith("-"))
            .map(Path::of)
            .toList();
    // a project file (double-clicked: see the file associations) opens as the project
    List<Path> projects =
        files.stream().filter(org.wardflow.ui.project.ProjectInstaller::isProject).toList();
    List<Path> data = files.stream().filter(f -> !projects.contains(f)).toList();
    if (!projects.isEmpty()) {
      org.wardflow.ui.project.ProjectInstaller.controller(window).open(projects.get(0));
    }
    if (!data.isEmpty()) {
      window.openFiles(data);
    }
  }

  @Override
  public void stop() {
    if (window != null) {
      window.dispose();
    }
  }
}
