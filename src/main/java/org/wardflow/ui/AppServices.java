package org.wardflow.ui;

import java.util.Objects;
import java.util.function.Supplier;
import org.wardflow.model.Geography;
import org.wardflow.ui.map.FramePainter;

/**
 * What the main window is built from, supplied from outside so that the app and the tests can wire
 * different parts: the geography shown at start-up, the painter of map frames, the file loader and
 * where recent files are kept.
 *
 * @param startGeography the geography opened at start-up (called once, off the FX thread)
 * @param painter draws map frames (called off the FX thread)
 * @param loader opens files (called off the FX thread)
 * @param recentFiles the recent-files list
 */
public record AppServices(
    Supplier<Geography> startGeography,
    FramePainter painter,
    DataLoader loader,
    RecentFiles recentFiles) {

  /** Checks for nulls. */
  public AppServices {
    Objects.requireNonNull(startGeography, "startGeography");
    Objects.requireNonNull(painter, "painter");
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(recentFiles, "recentFiles");
  }

  /**
   * The services of the desktop app: the built-in fictional grid, the interim painter, a loader
   * with the file readers installed so far, and recent files kept in the user's preferences.
   */
  public static AppServices defaults() {
    return new AppServices(
        BuiltInGeography::create,
        new InterimWardPainter(),
        new FormatRegistry(),
        RecentFiles.userPreferences());
  }

  /** A copy with another loader. */
  public AppServices withLoader(DataLoader l) {
    return new AppServices(startGeography, painter, l, recentFiles);
  }

  /** A copy with another painter. */
  public AppServices withPainter(FramePainter p) {
    return new AppServices(startGeography, p, loader, recentFiles);
  }
}
