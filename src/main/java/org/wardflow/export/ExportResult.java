package org.wardflow.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param file the exported file
 * @param manifest the record of settings beside it, or null when none was written
 * @param sha256 hex SHA-256 of the exported file
 * @param sheets number of sheets (pages) in the file: 1 for PNG and SVG
 * @param maps where the layout put things on each map page, in order
 */
public record ExportResult(
    Path file, Path manifest, String sha256, int sheets, List<LayoutPainter.Geometry> maps) {
  /** Freezes the list. */
  public ExportResult {
    maps = List.copyOf(maps);
  }
}
