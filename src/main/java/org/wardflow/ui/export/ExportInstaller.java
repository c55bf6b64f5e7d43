package org.wardflow.ui.export;

import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.WindowEvent;
import org.wardflow.ui.MainWindow;

/**
 * Adds the export commands to the main window: File ▸ Export Map… (Ctrl+E), Export Published Table…
 * and Export Layers to GeoPackage…, the export progress indicator at the right of the tool bar, and
 * the shortcut in Help ▸ Keyboard Shortcuts.
 */
public final class ExportInstaller {
  /** Key of the window's {@link ExportCommands} in the root node's properties. */
  static final String KEY = ExportCommands.class.getName();

  private ExportInstaller() {}

  /**
   * Installs the export commands (call once on the FX thread, before the window is shown).
   *
   * @param window the main window
   * @return the commands
   */
  public static ExportCommands install(MainWindow window) {
    ExportCommands c = new ExportCommands(window, ExportPreferences.userPreferences());
    MenuItem map = new MenuItem("_Export Map…");
    map.setId("menu-export-map");
    map.setMnemonicParsing(true);
    map.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
    map.setOnAction(e -> c.exportMap());
    MenuItem table = new MenuItem("Export Published _Table…");
    table.setId("menu-export-table");
    table.setMnemonicParsing(true);
    table.setOnAction(e -> c.exportTable());
    MenuItem gpkg = new MenuItem("Export Layers to _GeoPackage…");
    gpkg.setId("menu-export-geopackage");
    gpkg.setMnemonicParsing(true);
    gpkg.setOnAction(e -> c.exportGeoPackage());
    for (MenuItem i : new MenuItem[] {map, table, gpkg}) {
      i.disableProperty().bind(window.viewModel().thematicProperty().isNull());
    }
    window.addFileItems(new SeparatorMenuItem(), map, table, gpkg);
    window.addShortcut("Ctrl+E", "Export the map (PDF, SVG or PNG) for a briefing paper");
    window.root().getProperties().put(KEY, c);
    window
        .root()
        .sceneProperty()
        .flatMap(Scene::windowProperty)
        .addListener(
            (obs, old, w) -> {
              if (w != null) {
                w.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> c.dispose());
              }
            });
    return c;
  }

  /**
   * The export commands installed in a window.
   *
   * @param window the main window
   * @return the commands
   * @throws IllegalStateException when {@link #install} was not called for it
   */
  public static ExportCommands of(MainWindow window) {
    Object c = window.root().getProperties().get(KEY);
    if (!(c instanceof ExportCommands commands)) {
      throw new IllegalStateException("The export commands are not installed in this window.");
    }
    return commands;
  }
}
