package org.wardflow.ui.history;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.wardflow.io.ImportReport;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.Notifier;

/**
 * Everyday comfort in the main window: the Edit menu with Undo and Redo of view and style changes
 * (right after File; Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y), their rows in Help ▸ Keyboard Shortcuts, and
 * a notification when a file has been opened (how much was read, how many warnings) instead of a
 * dialog. Long tasks show in the status bar through the window's {@link
 * org.wardflow.ui.task.TaskCentre}.
 */
public final class ComfortInstaller {
  /** The id of the Edit menu. */
  public static final String EDIT_MENU_ID = "menu-edit";

  private ComfortInstaller() {}

  /**
   * Installs undo/redo and notifications into a window (on the FX thread, before showing it).
   *
   * @param window the main window
   * @return the history recorded into
   */
  public static History install(MainWindow window) {
    History history = new History();
    new HistoryRecorder(window.viewModel(), history, Platform::runLater);
    installEditMenu(window, history);
    installFileNotifications(window);
    return history;
  }

  private static void installEditMenu(MainWindow window, History history) {
    MenuItem undo = new MenuItem("Undo");
    undo.setId("menu-undo");
    undo.textProperty().bind(history.undoTextProperty());
    undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
    undo.disableProperty().bind(history.canUndoProperty().not());
    undo.setOnAction(e -> history.undo());
    MenuItem redo = new MenuItem("Redo");
    redo.setId("menu-redo");
    redo.textProperty().bind(history.redoTextProperty());
    redo.setAccelerator(
        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    redo.disableProperty().bind(history.canRedoProperty().not());
    redo.setOnAction(e -> history.redo());
    Menu edit = new Menu("Edit", null, undo, redo);
    edit.setId(EDIT_MENU_ID);
    window.addMenu(edit);
    List<Menu> menus = window.menuBar().getMenus();
    menus.remove(edit);
    menus.add(Math.min(1, menus.size()), edit);
    // Ctrl+Y: the other common Redo key (a menu item has only one accelerator)
    KeyCombination ctrlY = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    window
        .root()
        .addEventHandler(
            KeyEvent.KEY_PRESSED,
            e -> {
              if (ctrlY.match(e)) {
                history.redo();
                e.consume();
              }
            });
    window.addShortcut("Ctrl+Z", "Undo the last view or style change");
    window.addShortcut("Ctrl+Shift+Z / Ctrl+Y", "Redo");
  }

  private static void installFileNotifications(MainWindow window) {
    window
        .viewModel()
        .reports()
        .addListener(
            (ListChangeListener<ImportReport>)
                c -> {
                  while (c.next()) {
                    for (ImportReport r : c.getAddedSubList()) {
                      if (r.file() != null) {
                        notifyOpened(window, r);
                      }
                    }
                  }
                });
  }

  private static void notifyOpened(MainWindow window, ImportReport r) {
    String name =
        r.file().getFileName() == null ? r.file().toString() : r.file().getFileName().toString();
    long warnings = count(r, ImportReport.Severity.WARNING);
    long errors = count(r, ImportReport.Severity.ERROR);
    Notifier notifier = Notifier.of(window);
    Runnable showReport = () -> showReport(window);
    if (r.hasErrors() && r.counts().isEmpty()) {
      String first =
          r.issues().stream()
              .filter(i -> i.severity() == ImportReport.Severity.ERROR)
              .map(ImportReport.Issue::message)
              .findFirst()
              .orElse("");
      notifier.show(
          new Notifier.Note(
              Notifier.Kind.WARNING,
              "Could not open " + name,
              first,
              "Show import report",
              showReport));
      return;
    }
    String read =
        r.counts().entrySet().stream()
            .map(e -> String.format(Locale.UK, "%s %,d", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", "));
    String problems =
        warnings == 0 && errors == 0
            ? "no problems"
            : plural(errors, "error")
                + (errors > 0 && warnings > 0 ? ", " : "")
                + plural(warnings, "warning");
    String text = r.kind() + (read.isEmpty() ? "" : ": " + read) + " — " + problems + ".";
    notifier.show(
        new Notifier.Note(
            warnings + errors > 0 ? Notifier.Kind.WARNING : Notifier.Kind.SUCCESS,
            "Opened " + name,
            text,
            warnings + errors > 0 ? "Show import report" : "",
            warnings + errors > 0 ? showReport : null));
  }

  private static String plural(long n, String what) {
    return n == 0 ? "" : n + " " + what + (n == 1 ? "" : "s");
  }

  private static long count(ImportReport r, ImportReport.Severity s) {
    return r.issues().stream().filter(i -> i.severity() == s).count();
  }

  private static void showReport(MainWindow window) {
    ToolBar bar = window.toolBar();
    bar.getItems().stream()
        .filter(n -> n instanceof ToggleButton && "tool-report".equals(n.getId()))
        .map(n -> (ToggleButton) n)
        .findFirst()
        .ifPresent(t -> t.setSelected(true));
  }
}
