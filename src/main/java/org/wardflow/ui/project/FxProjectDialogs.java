package org.wardflow.ui.project;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.wardflow.io.project.ProjectLoadReport.SourceCheck;
import org.wardflow.io.project.ProjectService;
import org.wardflow.ui.MainWindow;

/** The project questions as JavaFX dialogs and file choosers, owned by the main window. */
public final class FxProjectDialogs implements ProjectDialogs {
  private final Supplier<Window> owner;

  /**
   * Dialogs owned by a window.
   *
   * @param owner the window (may supply null before it is shown)
   */
  public FxProjectDialogs(Supplier<Window> owner) {
    this.owner = owner;
  }

  private static FileChooser.ExtensionFilter projects() {
    return new FileChooser.ExtensionFilter(
        "Wardflow projects (*" + ProjectService.EXTENSION + ")", "*" + ProjectService.EXTENSION);
  }

  @Override
  public Path chooseProjectToOpen(Path folder) {
    FileChooser fc = new FileChooser();
    fc.setTitle("Open project");
    fc.getExtensionFilters().addAll(projects(), new FileChooser.ExtensionFilter("All files", "*"));
    if (folder != null && Files.isDirectory(folder)) {
      fc.setInitialDirectory(folder.toFile());
    }
    File f = fc.showOpenDialog(owner.get());
    return f == null ? null : f.toPath();
  }

  @Override
  public Path chooseProjectToSave(Path suggested) {
    FileChooser fc = new FileChooser();
    fc.setTitle("Save project as");
    fc.getExtensionFilters().add(projects());
    if (suggested != null) {
      Path dir = suggested.toAbsolutePath().getParent();
      if (dir != null && Files.isDirectory(dir)) {
        fc.setInitialDirectory(dir.toFile());
      }
      fc.setInitialFileName(suggested.getFileName().toString());
    }
    File f = fc.showSaveDialog(owner.get());
    return f == null ? null : f.toPath();
  }

  @Override
  public Path relocate(SourceCheck problem) {
    ButtonType locate = new ButtonType("Locate…", ButtonBar.ButtonData.YES);
    ButtonType skip = new ButtonType("Continue without it", ButtonBar.ButtonData.NO);
    Alert a = alert(Alert.AlertType.WARNING, "Input file not found or changed", locate, skip);
    a.setHeaderText(
        switch (problem.status()) {
          case CHANGED -> "An input file has changed";
          case UNREADABLE -> "An input file cannot be read";
          default -> "An input file is missing";
        });
    a.getDialogPane().setContent(wrapped(problem.message()));
    Optional<ButtonType> r = a.showAndWait();
    if (r.isEmpty() || r.get() != locate) {
      return null;
    }
    FileChooser fc = new FileChooser();
    Path old = Path.of(problem.source().path());
    fc.setTitle("Locate " + (old.getFileName() == null ? "the file" : old.getFileName()));
    Path dir = old.getParent();
    while (dir != null && !Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    if (dir != null) {
      fc.setInitialDirectory(dir.toFile());
    }
    if (old.getFileName() != null) {
      fc.setInitialFileName(old.getFileName().toString());
    }
    File f = fc.showOpenDialog(owner.get());
    return f == null ? null : f.toPath();
  }

  @Override
  public Unsaved unsavedChanges(String projectName, String action) {
    ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
    ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    Alert a =
        alert(Alert.AlertType.CONFIRMATION, "Unsaved changes", save, discard, ButtonType.CANCEL);
    a.setHeaderText("Save the changes to “" + projectName + "”?");
    a.getDialogPane()
        .setContent(
            wrapped("Your changes will be lost if you don't save them before " + action + "."));
    Optional<ButtonType> r = a.showAndWait();
    if (r.isEmpty() || r.get() == ButtonType.CANCEL) {
      return Unsaved.CANCEL;
    }
    return r.get() == save ? Unsaved.SAVE : Unsaved.DISCARD;
  }

  @Override
  public String[] properties(String title, String marking) {
    javafx.scene.control.Dialog<ButtonType> d = new javafx.scene.control.Dialog<>();
    d.setTitle("Project properties");
    d.setHeaderText("Title and protective marking of the project's outputs");
    Window w = owner.get();
    if (w != null) {
      d.initOwner(w);
    }
    d.getDialogPane()
        .getStylesheets()
        .add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
    d.getDialogPane().getStyleClass().add("wardflow-dialog");
    d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    javafx.scene.control.TextField titleField = new javafx.scene.control.TextField(title);
    titleField.setId("project-title");
    titleField.setPromptText("e.g. VRU schools review 2025");
    javafx.scene.control.ComboBox<String> markingBox =
        new javafx.scene.control.ComboBox<>(
            javafx.collections.FXCollections.observableArrayList(
                "OFFICIAL-SENSITIVE", "OFFICIAL", "OFFICIAL-SENSITIVE [PERSONAL]"));
    markingBox.setEditable(true);
    markingBox.setId("project-marking");
    markingBox.setValue(marking);
    javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
    g.setHgap(10);
    g.setVgap(8);
    g.addRow(0, new Label("Title"), titleField);
    g.addRow(1, new Label("Protective marking"), markingBox);
    Label note =
        wrapped(
            "The marking is printed at the top and bottom of every export and presentation slide"
                + " of this project.");
    g.add(note, 0, 2, 2, 1);
    titleField.setPrefColumnCount(28);
    d.getDialogPane().setContent(g);
    Optional<ButtonType> r = d.showAndWait();
    if (r.isEmpty() || r.get() != ButtonType.OK) {
      return null;
    }
    String m = markingBox.getEditor().getText();
    return new String[] {titleField.getText().strip(), m == null ? "" : m.strip()};
  }

  @Override
  public void error(String title, String message) {
    Alert a = alert(Alert.AlertType.ERROR, title, ButtonType.CLOSE);
    a.setHeaderText(title);
    a.getDialogPane().setContent(wrapped(message));
    a.showAndWait();
  }

  private Alert alert(Alert.AlertType type, String title, ButtonType... buttons) {
    Alert a = new Alert(type, "", buttons);
    a.setTitle(title);
    Window w = owner.get();
    if (w != null) {
      a.initOwner(w);
    }
    a.getDialogPane()
        .getStylesheets()
        .add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
    a.getDialogPane().getStyleClass().add("wardflow-dialog");
    a.getDialogPane().setMinWidth(460);
    return a;
  }

  private static Label wrapped(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMaxWidth(520);
    return l;
  }
}
