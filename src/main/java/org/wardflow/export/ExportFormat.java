package org.wardflow.export;

import java.util.Locale;

/** The file formats a map page can be exported to. */
public enum ExportFormat {
  /** Portable Network Graphics at a chosen resolution (raster; the map drawn at that DPI). */
  PNG("png"),
  /** Scalable Vector Graphics: paths and text elements, no embedded images. */
  SVG("svg"),
  /** Portable Document Format: vector paths, text as text in an embedded font. */
  PDF("pdf");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  /** File extension without the dot. */
  public String extension() {
    return extension;
  }

  /** True for the vector formats (SVG, PDF). */
  public boolean vector() {
    return this != PNG;
  }

  /**
   * The format named by text ({@code pdf}, {@code svg}, {@code png}; case-insensitive).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static ExportFormat parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.extension.equals(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "Unknown export format \"" + text + "\": use pdf, svg or png.");
  }
}
