package org.wardflow.ui.export;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where an export goes. The app uses the native file and folder choosers ({@link
 * #nativeDialogs()}); tests inject a fixed path.
 */
@FunctionalInterface
public interface OutputChooser {

  /** What is being saved. */
  enum Target {
    /** A map page: a PNG, SVG or PDF file (the suggested name carries the extension). */
    MAP_FILE,
    /** The published table: a folder for cells.csv, totals.csv and manifest.json. */
    TABLE_FOLDER,
    /** The published layers: a {@code .gpkg} file. */
    GEOPACKAGE
  }

  /**
   * Asks for the output.
   *
   * @param owner the window to attach a chooser to (may be null)
   * @param target what is being saved
   * @param suggested the suggested file (or folder), in the folder last used
   * @return the chosen file or folder, or null when the user cancelled
   */
  Path choose(Window owner, Target target, Path suggested);

  /** The native file and folder choosers. */
  static OutputChooser nativeDialogs() {
    return (owner, target, suggested) -> {
      Path dir = suggested.getParent();
      if (target == Target.TABLE_FOLDER) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Export the published table into a folder");
        if (dir != null && dir.toFile().isDirectory()) {
          dc.setInitialDirectory(dir.toFile());
        }
        File f = dc.showDialog(owner);
        return f == null ? null : f.toPath();
      }
      FileChooser fc = new FileChooser();
      String name = suggested.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      fc.setTitle(target == Target.GEOPACKAGE ? "Export layers to GeoPackage" : "Export map");
      fc.getExtensionFilters()
          .add(
              new FileChooser.ExtensionFilter(
                  switch (ext) {
                    case "pdf" -> "PDF document";
                    case "svg" -> "SVG drawing";
                    case "png" -> "PNG image";
                    default -> "GeoPackage";
                  },
                  "*." + ext));
      if (dir != null && dir.toFile().isDirectory()) {
        fc.setInitialDirectory(dir.toFile());
      }
      fc.setInitialFileName(name);
      File f = fc.showSaveDialog(owner);
      return f == null ? null : f.toPath();
    };
  }
}
