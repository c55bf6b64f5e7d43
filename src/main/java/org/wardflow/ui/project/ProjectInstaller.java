package org.wardflow.ui.project;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.wardflow.export.AppVersion;
import org.wardflow.io.project.ProjectService;
import org.wardflow.io.project.RecentProjects;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.MainWindow;

/**
 * Puts project files into the main window: File ▸ New Project, Open Project… (Ctrl+Shift+O), Recent
 * Projects, Save Project (Ctrl+S), Save Project As… (Ctrl+Shift+S); the project's name and a "•"
 * for unsaved changes in the title bar; the unsaved-changes question on New, Open and Quit (and
 * when the window is closed); the crash-recovery offer as a bar above the map once the window is
 * shown.
 *
 * <p>The Wardflow folder (recent projects, autosave of a project never saved) is {@code
 * ~/.wardflow}, or the folder named by the system property {@value #HOME_PROPERTY}.
 */
public final class ProjectInstaller {
  /** System property naming the Wardflow folder (tests point it into {@code target/}). */
  public static final String HOME_PROPERTY = "wardflow.home";

  private ProjectInstaller() {}

  /**
   * Installs project files into a window (on the FX thread, before it is shown).
   *
   * @param window the main window
   * @return the controller (also found with {@link #controller})
   */
  public static ProjectController install(MainWindow window) {
    Path home =
        Path.of(
            System.getProperty(
                HOME_PROPERTY, Path.of(System.getProperty("user.home"), ".wardflow").toString()));
    ProjectService service = new ProjectService(AppVersion.get());
    ProjectController c =
        new ProjectController(
            window,
            service,
            new RecentProjects(home.resolve("recent-projects.json")),
            home,
            new FxProjectDialogs(window::stage));
    window.root().getProperties().put(ProjectController.KEY, c);
    addMenuItems(window, c);
    RecoveryBar bar = new RecoveryBar(c);
    c.setRecoveryOffer(bar::show);
    if (window.root() instanceof javafx.scene.layout.BorderPane bp
        && bp.getTop() instanceof Pane top) {
      top.getChildren().add(bar);
    }
    interceptQuit(window, c);
    acceptDroppedProjects(window, c);
    window
        .root()
        .sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (scene != null) {
                scene
                    .windowProperty()
                    .addListener(
                        (o2, w0, w) -> {
                          if (w instanceof Stage s) {
                            attach(window, c, s);
                          }
                        });
              }
            });
    return c;
  }

  /** True when a file is a Wardflow project (by its extension). */
  public static boolean isProject(Path f) {
    Path name = f.getFileName();
    return name != null
        && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(ProjectService.EXTENSION);
  }

  /** A project file dropped on the window opens as the project (data files go on as before). */
  private static void acceptDroppedProjects(MainWindow window, ProjectController c) {
    window
        .root()
        .addEventFilter(
            javafx.scene.input.DragEvent.DRAG_DROPPED,
            e -> {
              if (!e.getDragboard().hasFiles()) {
                return;
              }
              List<Path> files =
                  e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
              if (!files.isEmpty() && files.stream().allMatch(ProjectInstaller::isProject)) {
                e.setDropCompleted(true);
                e.consume();
                Platform.runLater(() -> c.open(files.get(0)));
              }
            });
  }

  /** The controller installed into a window, or null. */
  public static ProjectController controller(MainWindow window) {
    return (ProjectController) window.root().getProperties().get(ProjectController.KEY);
  }

  private static void addMenuItems(MainWindow window, ProjectController c) {
    MenuItem newProject =
        item(
            "New Project",
            "project-new",
            new KeyCodeCombination(
                KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            e -> c.newProject());
    MenuItem open =
        item(
            "Open Project…",
            "project-open",
            new KeyCodeCombination(
                KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            e -> c.openWithChooser());
    Menu recent = new Menu("Recent Projects");
    recent.setId("project-recent");
    recent.disableProperty().bind(Bindings.isEmpty(c.recentProjects()));
    fillRecent(recent, c);
    c.recentProjects().addListener((javafx.beans.Observable o) -> fillRecent(recent, c));
    MenuItem save =
        item(
            "Save Project",
            "project-save",
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
            e -> c.save());
    MenuItem saveAs =
        item(
            "Save Project As…",
            "project-save-as",
            new KeyCodeCombination(
                KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            e -> c.saveAs());
    MenuItem props = new MenuItem("Project Properties…");
    props.setId("project-properties");
    props.setOnAction(e -> c.editProperties());
    for (MenuItem mi : List.of(save, saveAs, newProject, open, props)) {
      mi.disableProperty().bind(c.openingProperty());
    }
    window.addFileItems(new SeparatorMenuItem(), newProject, open, recent, save, saveAs, props);
    window.addShortcut("Ctrl+Shift+N", "New project (on the start-up data)");
    window.addShortcut("Ctrl+Shift+O", "Open a project");
    window.addShortcut("Ctrl+S", "Save the project");
    window.addShortcut("Ctrl+Shift+S", "Save the project under another name");
  }

  private static void fillRecent(Menu recent, ProjectController c) {
    List<MenuItem> items = new ArrayList<>();
    int n = 1;
    for (Path p : c.recentProjects()) {
      String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
      MenuItem mi = new MenuItem((n <= 9 ? "_" + n + " " : "") + name);
      mi.setMnemonicParsing(true);
      if (p.getParent() != null) {
        mi.setText(mi.getText() + "  —  " + p.getParent());
      }
      mi.setOnAction(e -> c.open(p));
      items.add(mi);
      n++;
    }
    recent.getItems().setAll(items);
  }

  private static MenuItem item(
      String text, String id, KeyCombination accel, EventHandler<ActionEvent> action) {
    MenuItem mi = new MenuItem(text);
    mi.setId(id);
    mi.setAccelerator(accel);
    mi.setOnAction(action);
    return mi;
  }

  /** Quit asks about unsaved changes before the window's own Quit runs. */
  private static void interceptQuit(MainWindow window, ProjectController c) {
    for (MenuItem mi : window.fileMenu().getItems()) {
      if ("Quit".equals(mi.getText())) {
        EventHandler<ActionEvent> quit = mi.getOnAction();
        mi.setOnAction(
            e -> {
              if (c.confirmDiscard("quitting")) {
                quit.handle(e);
              }
            });
      }
    }
  }

  private static void attach(MainWindow window, ProjectController c, Stage stage) {
    stage.addEventFilter(
        WindowEvent.WINDOW_CLOSE_REQUEST,
        e -> {
          if (!c.confirmDiscard("closing Wardflow")) {
            e.consume();
          }
        });
    stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> c.dispose());
    stage.addEventHandler(
        WindowEvent.WINDOW_SHOWN,
        e -> {
          MainViewModel m = window.viewModel();
          stage.titleProperty().unbind();
          stage
              .titleProperty()
              .bind(
                  Bindings.createStringBinding(
                      () -> title(c, m),
                      c.fileProperty(),
                      c.modifiedProperty(),
                      c.titleProperty(),
                      m.datasetTitleProperty(),
                      m.datasetLabelProperty()));
          Platform.runLater(c::checkRecoveryAtStart);
        });
  }

  /** "name • — Wardflow — dataset [LABEL]". */
  static String title(ProjectController c, MainViewModel m) {
    String t = m.datasetTitleProperty().get();
    String l = m.datasetLabelProperty().get();
    return c.displayName()
        + (c.modifiedProperty().get() ? " •" : "")
        + " — Wardflow"
        + (t.isEmpty() ? "" : " — " + t)
        + (l.isEmpty() ? "" : " [" + l + "]");
  }

  /** The non-modal crash-recovery offer above the map. */
  static final class RecoveryBar extends HBox {
    private static final DateTimeFormatter TIME =
        DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());
    private final ProjectController controller;
    private final Label text = new Label();
    private ProjectController.Recovery offer;

    RecoveryBar(ProjectController controller) {
      this.controller = controller;
      setId("recovery-bar");
      getStyleClass().add("recovery-bar");
      setStyle(
          "-fx-background-color: #e6f0fb; -fx-border-color: #9dbfe6; -fx-border-width: 0 0 1 0;");
      setAlignment(Pos.CENTER_LEFT);
      setSpacing(10);
      setPadding(new Insets(6, 10, 6, 10));
      text.setWrapText(true);
      Region gap = new Region();
      HBox.setHgrow(gap, Priority.ALWAYS);
      HBox.setHgrow(text, Priority.SOMETIMES);
      Button recover = new Button("Recover");
      recover.setId("recovery-accept");
      recover.setDefaultButton(false);
      recover.setOnAction(
          e -> {
            hideBar();
            if (offer != null && controller.confirmDiscard("recovering the autosave")) {
              controller.recover(offer);
            }
          });
      Button discard = new Button("Discard");
      discard.setId("recovery-discard");
      discard.setOnAction(
          e -> {
            hideBar();
            if (offer != null) {
              controller.declineRecovery(offer);
            }
          });
      getChildren().addAll(text, gap, recover, discard);
      hideBar();
    }

    void show(ProjectController.Recovery r) {
      offer = r;
      String name =
          r.untitled()
              ? "an unsaved project"
              : "the project " + r.project().getFileName() + " (" + r.project().getParent() + ")";
      text.setText(
          "Wardflow found changes to "
              + name
              + " autosaved at "
              + TIME.format(r.offer().autosavedAt())
              + " that were never saved — Wardflow may not have closed properly. Recover them?");
      setVisible(true);
      setManaged(true);
    }

    private void hideBar() {
      setVisible(false);
      setManaged(false);
    }

    /** The text shown (tests). */
    String message() {
      return text.getText();
    }
  }
}
