package org.wardflow.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A kind of file Wardflow can open, for the file chooser and for matching dropped files.
 *
 * @param description what the files hold, e.g. "Ward boundaries (GeoJSON)"
 * @param extensions file name endings without the dot, lower case, e.g. {@code geojson}
 */
public record FileFormat(String description, List<String> extensions) {

  /** Normalises the extensions. */
  public FileFormat {
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("a file format needs a description");
    }
    if (extensions == null || extensions.isEmpty()) {
      throw new IllegalArgumentException("a file format needs at least one extension");
    }
    extensions =
        extensions.stream()
            .map(e -> e.toLowerCase(Locale.ROOT).replaceFirst("^\\*?\\.", ""))
            .toList();
  }

  /** True when the file name ends with one of the extensions (case-insensitive). */
  public boolean matches(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(e -> n.endsWith("." + e));
  }

  /** Glob patterns for a file chooser, e.g. {@code *.geojson}. */
  public List<String> globs() {
    return extensions.stream().map(e -> "*." + e).toList();
  }

  /** "Ward boundaries (GeoJSON) (*.geojson, *.json)". */
  public String displayName() {
    return description + " (" + String.join(", ", globs()) + ")";
  }
}
