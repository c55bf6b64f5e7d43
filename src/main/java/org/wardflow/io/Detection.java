package org.wardflow.io;

import java.nio.file.Path;
import java.util.List;

/**
 * What kind of file something is, as {@link Readers#detect(Path)} finds it from its content (and
 * extension): the format, what it can be read as, and — when it cannot be read — why.
 *
 * @param file the file
 * @param format its format
 * @param contents what it can be read as (empty when nothing)
 * @param summary one line for display, e.g. "GeoJSON, 192 polygon features"
 * @param problem why it cannot be read, one paragraph naming the file; null when it can
 */
public record Detection(
    Path file, Format format, List<Content> contents, String summary, String problem) {

  /** File formats Wardflow reads. */
  public enum Format {
    /** GeoJSON (RFC 7946, or with a crs member). */
    GEOJSON("GeoJSON"),
    /** OGC GeoPackage. */
    GEOPACKAGE("GeoPackage"),
    /** ESRI Shapefile (.shp with .shx, .dbf, .prj). */
    SHAPEFILE("Shapefile"),
    /** Delimited text. */
    CSV("CSV"),
    /** Not a format Wardflow reads. */
    UNKNOWN("unknown format");

    private final String label;

    Format(String label) {
      this.label = label;
    }

    /** Display name. */
    public String label() {
      return label;
    }
  }

  /** What a file can be read as. */
  public enum Content {
    /** Ward boundaries (polygons with ward codes). */
    WARDS("ward boundaries"),
    /** Schools (points, or a table with coordinates). */
    SCHOOLS("schools"),
    /** A table of numbers by ward code (e.g. population). */
    WARD_TABLE("ward figures");

    private final String label;

    Content(String label) {
      this.label = label;
    }

    /** Display name. */
    public String label() {
      return label;
    }
  }

  /** Freezes the list. */
  public Detection {
    contents = List.copyOf(contents);
  }

  /** True when the file can be read as something. */
  public boolean recognised() {
    return problem == null && !contents.isEmpty();
  }

  /** True when the file can be read as the given content. */
  public boolean can(Content c) {
    return problem == null && contents.contains(c);
  }
}
