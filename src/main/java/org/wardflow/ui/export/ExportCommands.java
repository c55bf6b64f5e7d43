package org.wardflow.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.export.ExportFormat;
import org.wardflow.export.ExportResult;
import org.wardflow.export.PublishedGeoPackageWriter;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.Notifier;

/**
 * The export commands of one main window: Export Map… (the dialog, then the file chooser, then the
 * export in the background), Export Published Table… and Export Layers to GeoPackage…. Every export
 * runs as a {@link Task} on its own thread, shown with its progress and a Cancel button in the
 * status bar (the window's {@link MainWindow#tasks()}), goes through the window's publication
 * ledger, ends with a notification naming the file, or — when the disclosure rules refuse it — with
 * the explanation and nothing written.
 */
public final class ExportCommands {
  private final MainWindow window;
  private final ExecutorService worker = daemon("wardflow-export");
  private final ExecutorService previewer = daemon("wardflow-export-preview");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyObjectWrapper<String> outcome =
      new ReadOnlyObjectWrapper<>(this, "outcome", "");
  private final ReadOnlyObjectWrapper<Path> lastFile =
      new ReadOnlyObjectWrapper<>(this, "lastFile");
  private ExportPreferences prefs;
  private OutputChooser chooser = OutputChooser.nativeDialogs();
  private MapExportDialog openDialog;
  private Alert lastAlert;

  /**
   * Creates the commands of a window.
   *
   * @param window the main window
   * @param prefs the remembered export choices
   */
  public ExportCommands(MainWindow window, ExportPreferences prefs) {
    this.window = Objects.requireNonNull(window, "window");
    this.prefs = Objects.requireNonNull(prefs, "prefs");
  }

  private static ExecutorService daemon(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /** Replaces the file choosers (tests inject a fixed path). */
  public void setOutputChooser(OutputChooser c) {
    chooser = Objects.requireNonNull(c, "chooser");
  }

  /** Replaces the remembered choices (tests use {@link ExportPreferences#inMemory()}). */
  public void setPreferences(ExportPreferences p) {
    prefs = Objects.requireNonNull(p, "prefs");
  }

  /** The remembered choices. */
  public ExportPreferences preferences() {
    return prefs;
  }

  /** True while an export runs. */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** The message of the last export: what was written, or why nothing was. */
  public ReadOnlyObjectProperty<String> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  /** The file or folder the last successful export wrote, or null. */
  public ReadOnlyObjectProperty<Path> lastFileProperty() {
    return lastFile.getReadOnlyProperty();
  }

  /** The Export Map dialog while it is open, else null. */
  public MapExportDialog openDialog() {
    return openDialog;
  }

  /** The last refusal or error shown, or null. */
  public Alert lastAlert() {
    return lastAlert;
  }

  // ---- commands -----------------------------------------------------------------------------

  /** File ▸ Export Map…: the dialog, then where to save, then the export in the background. */
  public void exportMap() {
    if (openDialog != null) {
      openDialog.dialog().getDialogPane().requestFocus();
      return;
    }
    ViewSnapshot view = snapshot();
    if (view == null) {
      return;
    }
    MapExportDialog d = new MapExportDialog(owner(), view, prefs, previewer, Platform::runLater);
    openDialog = d;
    d.dialog()
        .setOnHidden(
            e -> {
              openDialog = null;
              MapExportSettings s = d.dialog().getResult();
              if (s == null) {
                return;
              }
              d.remember(prefs);
              Path out =
                  chooser.choose(
                      owner(),
                      OutputChooser.Target.MAP_FILE,
                      prefs.folder().resolve(suggestedName(s.title(), s.format().extension())));
              if (out != null) {
                exportMap(view, s, withExtension(out, s.format()));
              }
            });
    d.dialog().show();
  }

  /**
   * Exports a map in the background (what the dialog does after the file is chosen).
   *
   * @param view what the screen showed
   * @param s the settings
   * @param out the file
   * @return the running task
   */
  public Task<ExportResult> exportMap(ViewSnapshot view, MapExportSettings s, Path out) {
    prefs.setFolder(out.toAbsolutePath().getParent());
    Task<ExportResult> t =
        new Task<>() {
          {
            updateTitle("Exporting " + out.getFileName());
          }

          @Override
          protected ExportResult call() throws Exception {
            updateMessage("Exporting " + out.getFileName() + "…");
            return MapExports.exportMap(view, s, out, this::updateMessage);
          }
        };
    run(
        t,
        "Map exported",
        r ->
            "Wrote "
                + out.getFileName()
                + " ("
                + describe(s)
                + ") and its record of settings "
                + (r.manifest() == null ? "" : r.manifest().getFileName())
                + " in "
                + folderOf(out),
        r -> out);
    return t;
  }

  /** File ▸ Export Published Table…: cells.csv, totals.csv and manifest.json into a folder. */
  public void exportTable() {
    ViewSnapshot view = snapshot();
    if (view == null) {
      return;
    }
    Path dir =
        chooser.choose(
            owner(),
            OutputChooser.Target.TABLE_FOLDER,
            prefs.folder().resolve(suggestedName("published table", "")));
    if (dir != null) {
      exportTable(view, dir);
    }
  }

  /**
   * Exports the published table in the background.
   *
   * @param view what the screen showed
   * @param dir the folder
   * @return the running task
   */
  public Task<PublishedTable> exportTable(ViewSnapshot view, Path dir) {
    prefs.setFolder(dir.toAbsolutePath().getParent());
    String marking = prefs.marking();
    Task<PublishedTable> t =
        new Task<>() {
          {
            updateTitle("Exporting the published table");
          }

          @Override
          protected PublishedTable call() throws Exception {
            updateMessage("Publishing the table…");
            return MapExports.exportTable(view, marking, dir);
          }
        };
    run(
        t,
        "Published table exported",
        p ->
            "Wrote cells.csv, totals.csv and manifest.json ("
                + p.policy().statement()
                + ") to "
                + dir,
        p -> dir);
    return t;
  }

  /** File ▸ Export Layers to GeoPackage…: published measures only. */
  public void exportGeoPackage() {
    ViewSnapshot view = snapshot();
    if (view == null) {
      return;
    }
    Path file =
        chooser.choose(
            owner(),
            OutputChooser.Target.GEOPACKAGE,
            prefs.folder().resolve(suggestedName("published layers", "gpkg")));
    if (file != null) {
      exportGeoPackage(
          view, file.getFileName().toString().contains(".") ? file : Path.of(file + ".gpkg"));
    }
  }

  /**
   * Exports the published layers in the background.
   *
   * @param view what the screen showed
   * @param file the GeoPackage
   * @return the running task
   */
  public Task<PublishedGeoPackageWriter.Result> exportGeoPackage(ViewSnapshot view, Path file) {
    prefs.setFolder(file.toAbsolutePath().getParent());
    String marking = prefs.marking();
    Task<PublishedGeoPackageWriter.Result> t =
        new Task<>() {
          {
            updateTitle("Exporting " + file.getFileName());
          }

          @Override
          protected PublishedGeoPackageWriter.Result call() throws Exception {
            updateMessage("Writing " + file.getFileName() + "…");
            return MapExports.exportGeoPackage(view, marking, file);
          }
        };
    run(
        t,
        "Layers exported",
        r ->
            String.format(
                Locale.UK,
                "Wrote %s: %,d wards, %,d schools and %,d flows with published figures only, in %s",
                file.getFileName(),
                r.wards(),
                r.schools(),
                r.flows(),
                folderOf(file)),
        r -> file);
    return t;
  }

  /** Stops the export threads (the window is closing). */
  public void dispose() {
    worker.shutdownNow();
    previewer.shutdownNow();
  }

  // ---- internals ------------------------------------------------------------------------------

  private ViewSnapshot snapshot() {
    try {
      return ViewSnapshot.of(window.viewModel());
    } catch (IllegalStateException e) {
      alert(Alert.AlertType.INFORMATION, "Nothing to export yet", e.getMessage());
      return null;
    }
  }

  private <T> void run(
      Task<T> t,
      String title,
      java.util.function.Function<T, String> message,
      java.util.function.Function<T, Path> file) {
    running.set(true);
    t.setOnSucceeded(
        e -> {
          finished();
          String m = message.apply(t.getValue());
          outcome.set(m);
          lastFile.set(file.apply(t.getValue()));
          window.viewModel().map().setStatusMessage(m + ".");
          notify(title, m + ".");
        });
    t.setOnFailed(
        e -> {
          finished();
          Throwable x = t.getException();
          String m;
          if (x instanceof ExportRefusedException) {
            m = x.getMessage();
            alert(Alert.AlertType.WARNING, "Export refused by the disclosure rules", m);
          } else {
            m =
                "The export failed: "
                    + (x instanceof IOException || x instanceof IllegalArgumentException
                        ? x.getMessage()
                        : x.getClass().getSimpleName()
                            + (x.getMessage() == null ? "" : ": " + x.getMessage()))
                    + " Nothing was written.";
            alert(Alert.AlertType.ERROR, "Export failed", m);
          }
          outcome.set(m);
          window.viewModel().map().setStatusMessage(m);
        });
    t.setOnCancelled(
        e -> {
          finished();
          String m =
              "Export stopped. A file already being written is completed or left as it was;"
                  + " nothing partial is left behind.";
          outcome.set(m);
          window.viewModel().map().setStatusMessage(m);
        });
    window.tasks().track(t);
    worker.execute(t);
  }

  private void finished() {
    running.set(false);
  }

  private void notify(String title, String text) {
    Window w = owner();
    if (w == null || !w.isShowing()) {
      return;
    }
    Notifier.of(window).success(title, text);
  }

  private void alert(Alert.AlertType type, String header, String text) {
    Alert a = new Alert(type, "", ButtonType.CLOSE);
    a.setTitle("Export");
    a.setHeaderText(header);
    Label body = new Label(text);
    body.setWrapText(true);
    body.setMaxWidth(480);
    body.setId("export-alert-text");
    a.getDialogPane().setContent(body);
    a.getDialogPane().setId("export-alert");
    a.getDialogPane()
        .getStylesheets()
        .add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
    a.getDialogPane().getStyleClass().add("wardflow-dialog");
    Window w = owner();
    if (w != null) {
      a.initOwner(w);
    }
    lastAlert = a;
    a.show();
  }

  private Window owner() {
    if (window.stage() != null) {
      return window.stage();
    }
    return window.root().getScene() == null ? null : window.root().getScene().getWindow();
  }

  /**
   * A file name from a title and today's date, e.g. {@code
   * children-and-young-people-2026-11-22.pdf}.
   */
  static String suggestedName(String title, String extension) {
    String slug =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (slug.length() > 48) {
      slug = slug.substring(0, 48).replaceAll("-[^-]*$", "");
    }
    if (slug.isEmpty()) {
      slug = "wardflow-map";
    }
    String name = slug + "-" + LocalDate.now();
    return extension.isEmpty() ? name : name + "." + extension;
  }

  /** The path with the format's extension added when the user typed a name without it. */
  static Path withExtension(Path p, ExportFormat f) {
    String name = p.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith("." + f.extension())
        ? p
        : p.resolveSibling(name + "." + f.extension());
  }

  private static String describe(MapExportSettings s) {
    String sheet = s.paper().name() + " " + s.orientation().name().toLowerCase(Locale.ROOT);
    return s.format() == ExportFormat.PNG
        ? "PNG, " + sheet + ", " + s.dpi() + " dpi"
        : s.format() + ", " + sheet;
  }

  private static String folderOf(Path p) {
    Path parent = p.toAbsolutePath().getParent();
    return parent == null ? "" : parent.toString();
  }
}
