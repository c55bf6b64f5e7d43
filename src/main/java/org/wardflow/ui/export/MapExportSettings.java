package org.wardflow.ui.export;

import java.util.Objects;
import org.wardflow.export.ExportFormat;
import org.wardflow.export.Orientation;
import org.wardflow.export.PaperSize;

/**
 * What the Export Map dialog asks for: format, PNG resolution, sheet and orientation, title and
 * subtitle, protective marking and whether to draw the overview (inset) map.
 *
 * @param format PNG, SVG or PDF
 * @param dpi PNG resolution (ignored for SVG and PDF)
 * @param paper the sheet
 * @param orientation portrait or landscape
 * @param title the page title (may be empty)
 * @param subtitle the subtitle (may be empty)
 * @param marking the protective marking (may be empty)
 * @param overview whether to draw the overview map when the map shows part of the area
 */
public record MapExportSettings(
    ExportFormat format,
    int dpi,
    PaperSize paper,
    Orientation orientation,
    String title,
    String subtitle,
    String marking,
    boolean overview) {

  /** Checks for nulls and strips the texts. */
  public MapExportSettings {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(orientation, "orientation");
    title = title == null ? "" : title.strip();
    subtitle = subtitle == null ? "" : subtitle.strip();
    marking = marking == null ? "" : marking.strip();
  }

  /** These settings in another format. */
  public MapExportSettings withFormat(ExportFormat f) {
    return new MapExportSettings(f, dpi, paper, orientation, title, subtitle, marking, overview);
  }

  /** These settings at another PNG resolution. */
  public MapExportSettings withDpi(int d) {
    return new MapExportSettings(format, d, paper, orientation, title, subtitle, marking, overview);
  }
}
