package org.wardflow.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: the main window, opened on the fictional demo. */
public class WardflowApp extends Application {

  /** Launches the application (called by {@link org.wardflow.Launcher}). */
  public static void start(String[] args) {
    Application.launch(WardflowApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    BorderPane root = new BorderPane(new Label("Wardflow — exploratory, not predictive"));
    stage.setTitle("Wardflow");
    stage.setScene(new Scene(root, 1280, 800));
    stage.show();
  }
}
