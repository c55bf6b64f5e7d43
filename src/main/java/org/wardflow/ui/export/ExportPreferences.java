package org.wardflow.ui.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.Preferences;
import org.wardflow.export.ExportFormat;
import org.wardflow.export.LayoutSpec;
import org.wardflow.export.Orientation;

/**
 * The export choices remembered between exports and sessions: the protective marking, format, PNG
 * resolution, sheet, orientation, overview map and the folder last written to. Kept in the user's
 * preferences in the app ({@link #userPreferences()}), in memory in tests ({@link #inMemory()}). A
 * value that cannot be read back falls back to its default.
 */
public final class ExportPreferences {
  private static final String MARKING = "marking";
  private static final String FORMAT = "format";
  private static final String DPI = "dpi";
  private static final String PAPER = "paper";
  private static final String CUSTOM_W = "customWidthMm";
  private static final String CUSTOM_H = "customHeightMm";
  private static final String ORIENTATION = "orientation";
  private static final String OVERVIEW = "overview";
  private static final String FOLDER = "folder";

  private final Preferences node;
  private final Map<String, String> memory;

  private ExportPreferences(Preferences node, Map<String, String> memory) {
    this.node = node;
    this.memory = memory;
  }

  /** Preferences kept for the user ({@code org/wardflow/export}). */
  public static ExportPreferences userPreferences() {
    return new ExportPreferences(Preferences.userRoot().node("org/wardflow/export"), null);
  }

  /** Preferences kept in memory only (tests). */
  public static ExportPreferences inMemory() {
    return new ExportPreferences(null, new HashMap<>());
  }

  private String get(String key, String def) {
    return node != null ? node.get(key, def) : memory.getOrDefault(key, def);
  }

  private void put(String key, String value) {
    if (node != null) {
      node.put(key, value);
    } else {
      memory.put(key, value);
    }
  }

  /** The protective marking (default OFFICIAL-SENSITIVE; may be empty). */
  public String marking() {
    return get(MARKING, LayoutSpec.DEFAULT_MARKING);
  }

  /** Remembers the protective marking. */
  public void setMarking(String v) {
    put(MARKING, v == null ? "" : v.strip());
  }

  /** The format last used (default PDF). */
  public ExportFormat format() {
    try {
      return ExportFormat.parse(get(FORMAT, "pdf"));
    } catch (IllegalArgumentException e) {
      return ExportFormat.PDF;
    }
  }

  /** Remembers the format. */
  public void setFormat(ExportFormat f) {
    put(FORMAT, f.extension());
  }

  /** The PNG resolution last used (150, 300 or 600; default 300). */
  public int dpi() {
    String v = get(DPI, "300");
    return switch (v) {
      case "150" -> 150;
      case "600" -> 600;
      default -> 300;
    };
  }

  /** Remembers the PNG resolution. */
  public void setDpi(int dpi) {
    put(DPI, Integer.toString(dpi));
  }

  /** The sheet last used: "A4", "A3" or "custom" (default A4). */
  public String paper() {
    String v = get(PAPER, "A4");
    return v.equals("A3") || v.equals("custom") ? v : "A4";
  }

  /** Remembers the sheet ("A4", "A3" or "custom"). */
  public void setPaper(String v) {
    put(PAPER, v);
  }

  /** The custom sheet's width in millimetres (default 250). */
  public double customWidthMm() {
    return number(CUSTOM_W, 250);
  }

  /** The custom sheet's height in millimetres (default 180). */
  public double customHeightMm() {
    return number(CUSTOM_H, 180);
  }

  /** Remembers the custom sheet size. */
  public void setCustomMm(double w, double h) {
    put(CUSTOM_W, Double.toString(w));
    put(CUSTOM_H, Double.toString(h));
  }

  private double number(String key, double def) {
    try {
      double v = Double.parseDouble(get(key, Double.toString(def)));
      return Double.isFinite(v) ? v : def;
    } catch (NumberFormatException e) {
      return def;
    }
  }

  /** The orientation last used (default landscape). */
  public Orientation orientation() {
    return get(ORIENTATION, "LANDSCAPE").equals("PORTRAIT")
        ? Orientation.PORTRAIT
        : Orientation.LANDSCAPE;
  }

  /** Remembers the orientation. */
  public void setOrientation(Orientation o) {
    put(ORIENTATION, o.name());
  }

  /** Whether the overview (inset) map is wanted (default yes). */
  public boolean overview() {
    return Boolean.parseBoolean(get(OVERVIEW, "true"));
  }

  /** Remembers the overview choice. */
  public void setOverview(boolean v) {
    put(OVERVIEW, Boolean.toString(v));
  }

  /** The folder last exported to, when it still exists; else the user's home folder. */
  public Path folder() {
    String v = get(FOLDER, "");
    try {
      if (!v.isEmpty()) {
        Path p = Path.of(v);
        if (Files.isDirectory(p)) {
          return p;
        }
      }
    } catch (InvalidPathException e) {
      // fall back to the home folder
    }
    return Path.of(System.getProperty("user.home", "."));
  }

  /** Remembers the folder exported to. */
  public void setFolder(Path dir) {
    if (dir != null) {
      put(FOLDER, dir.toAbsolutePath().toString());
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "ExportPreferences[%s, %s, %d dpi]", marking(), format(), dpi());
  }
}
