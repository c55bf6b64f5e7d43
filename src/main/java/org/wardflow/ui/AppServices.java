package org.wardflow.ui;

import java.util.Objects;
import java.util.function.Supplier;
import org.wardflow.io.demo.DemoData;
import org.wardflow.model.Geography;
import org.wardflow.ui.layers.ThematicPainter;
import org.wardflow.ui.load.WardflowLoader;
import org.wardflow.ui.map.FramePainter;

/**
 * What the main window is built from, supplied from outside so that the app and the tests can wire
 * different parts: the data shown at start-up, the painter of map frames, the file loader and where
 * recent files are kept.
 *
 * <p>Painters receive a {@code Graphics2D} already scaled for the output scale (HiDPI): they add
 * transforms ({@code g.transform(...)}), never replace them ({@code setTransform}); see {@link
 * FramePainter}.
 *
 * @param startGeography the geography opened at start-up (called once, off the FX thread) when
 *     {@code startData} does not supply one
 * @param painter draws map frames (called off the FX thread)
 * @param loader opens files (called off the FX thread)
 * @param recentFiles the recent-files list
 * @param startData the data opened at start-up: geography, flow tables, ward figures (called once,
 *     off the FX thread)
 */
public record AppServices(
    Supplier<Geography> startGeography,
    FramePainter painter,
    DataLoader loader,
    RecentFiles recentFiles,
    Supplier<AppData> startData) {

  /** Checks for nulls. */
  public AppServices {
    Objects.requireNonNull(startGeography, "startGeography");
    Objects.requireNonNull(painter, "painter");
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(recentFiles, "recentFiles");
    Objects.requireNonNull(startData, "startData");
  }

  /** Services opening a geography without flow tables at start-up. */
  public AppServices(
      Supplier<Geography> startGeography,
      FramePainter painter,
      DataLoader loader,
      RecentFiles recentFiles) {
    this(startGeography, painter, loader, recentFiles, () -> AppData.of(startGeography.get()));
  }

  /**
   * The services of the desktop app: the built-in FICTIONAL demo city with its SYNTHETIC pupil and
   * CYP tables ({@link DemoData#load()}), the one renderer ({@link ThematicPainter}), a loader for
   * every file Wardflow reads ({@link WardflowLoader}), and recent files kept in the user's
   * preferences.
   */
  public static AppServices defaults() {
    return new AppServices(
        () -> DemoData.load().geography(),
        new ThematicPainter(),
        new WardflowLoader(),
        RecentFiles.userPreferences(),
        AppData::demo);
  }

  /** A copy with another loader. */
  public AppServices withLoader(DataLoader l) {
    return new AppServices(startGeography, painter, l, recentFiles, startData);
  }

  /** A copy with another painter. */
  public AppServices withPainter(FramePainter p) {
    return new AppServices(startGeography, p, loader, recentFiles, startData);
  }

  /** A copy opening other data at start-up. */
  public AppServices withStartData(Supplier<AppData> d) {
    return new AppServices(startGeography, painter, loader, recentFiles, d);
  }
}
