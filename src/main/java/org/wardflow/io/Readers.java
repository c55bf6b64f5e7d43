package org.wardflow.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wardflow.io.Detection.Content;
import org.wardflow.io.Detection.Format;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.WardLayer;

/**
 * The one entry point for reading geography: ward boundaries, schools, and ward figures, from
 * GeoJSON, GeoPackage, Shapefile or CSV, chosen from the file's content (and extension). Every
 * result carries an {@link ImportReport}; a file that cannot be used at all gives an {@link
 * ImportException} with a one-paragraph message. Files are never modified.
 */
public final class Readers {
  private static final Set<String> SHAPEFILE_PARTS =
      Set.of("dbf", "shx", "prj", "cpg", "sbn", "sbx");

  private Readers() {}

  /** Ward boundaries with detected fields; the first polygon layer of a GeoPackage. */
  public static ImportResult<WardLayer> readWards(Path file) throws ImportException {
    return readWards(file, null, null);
  }

  /** Ward boundaries with the given fields (null: detect). */
  public static ImportResult<WardLayer> readWards(Path file, WardFieldMapping mapping)
      throws ImportException {
    return readWards(file, null, mapping);
  }

  /**
   * Ward boundaries.
   *
   * @param file GeoJSON, GeoPackage or Shapefile (.shp, or one of its sibling files)
   * @param layer GeoPackage table to read, or null for the first polygon table
   * @param mapping fields to use, or null to detect ONS names
   * @throws ImportException when the file cannot be used
   */
  public static ImportResult<WardLayer> readWards(Path file, String layer, WardFieldMapping mapping)
      throws ImportException {
    Path f = shapefileMain(file);
    Format format = sniff(f);
    ImportReport report = new ImportReport(f, "ward boundaries (" + format.label() + ")");
    VectorData data =
        switch (format) {
          case GEOJSON -> GeoJsonReader.read(f, report);
          case GEOPACKAGE -> GeoPackageReader.read(f, layer, GeometryKind.POLYGON, report);
          case SHAPEFILE -> ShapefileReader.read(f, report);
          case CSV ->
              throw new ImportException(
                  f,
                  "Cannot read ward boundaries from "
                      + Texts.name(f)
                      + ": it is a text table (CSV), not a boundary file. Ward boundaries come as"
                      + " GeoJSON, GeoPackage or Shapefile.");
          case UNKNOWN -> throw unknown(f);
        };
    return new ImportResult<>(WardAssembler.assemble(data, mapping, report), report);
  }

  /** Schools with detected columns/fields; the first point layer of a GeoPackage. */
  public static ImportResult<SchoolLayer> readSchools(Path file) throws ImportException {
    return readSchools(file, null, null);
  }

  /** Schools with a column mapping (null: detect GIAS names). */
  public static ImportResult<SchoolLayer> readSchools(Path file, PointCsvMapping mapping)
      throws ImportException {
    return readSchools(file, null, mapping);
  }

  /**
   * Schools.
   *
   * @param file GIAS (or any) CSV, or a GeoJSON/GeoPackage/Shapefile point layer
   * @param layer GeoPackage table to read, or null for the first point table
   * @param mapping columns to use (for vector files, X/Y are ignored), or null to detect
   * @throws ImportException when the file cannot be used
   */
  public static ImportResult<SchoolLayer> readSchools(
      Path file, String layer, PointCsvMapping mapping) throws ImportException {
    Path f = shapefileMain(file);
    Format format = sniff(f);
    ImportReport report = new ImportReport(f, "schools (" + format.label() + ")");
    SchoolLayer schools =
        switch (format) {
          case CSV -> SchoolCsvReader.read(f, mapping, report);
          case GEOJSON -> SchoolFeatures.assemble(GeoJsonReader.read(f, report), mapping, report);
          case GEOPACKAGE ->
              SchoolFeatures.assemble(
                  GeoPackageReader.read(f, layer, GeometryKind.POINT, report), mapping, report);
          case SHAPEFILE ->
              SchoolFeatures.assemble(ShapefileReader.read(f, report), mapping, report);
          case UNKNOWN -> throw unknown(f);
        };
    return new ImportResult<>(schools, report);
  }

  /**
   * Every numeric column of a ward table (code column + numbers) as indicators, joined with a ward
   * layer (null: no join).
   */
  public static ImportResult<List<org.wardflow.model.WardIndicator>> readWardIndicators(
      Path file, WardLayer wards) throws ImportException {
    requireCsv(file);
    ImportReport report = new ImportReport(file, "ward figures (CSV)");
    return new ImportResult<>(WardIndicatorCsvReader.readAll(file, null, wards, report), report);
  }

  /** Ward population (children and total residents) joined with a ward layer (null: no join). */
  public static ImportResult<WardPopulation> readWardPopulation(Path file, WardLayer wards)
      throws ImportException {
    requireCsv(file);
    ImportReport report = new ImportReport(file, "ward population (CSV)");
    return new ImportResult<>(WardPopulation.read(file, wards, report), report);
  }

  private static void requireCsv(Path file) throws ImportException {
    Format f = sniff(file);
    if (f != Format.CSV) {
      if (f == Format.UNKNOWN) {
        throw unknown(file);
      }
      throw new ImportException(
          file,
          "Cannot read ward figures from "
              + Texts.name(file)
              + ": it is a "
              + f.label()
              + " file; ward figures are read from a CSV table with a ward code column.");
    }
  }

  /**
   * Detects what a file is and what it can be read as, by looking at its content. Never throws: an
   * unreadable file gives a detection with a {@link Detection#problem()}.
   */
  public static Detection detect(Path file) {
    Path f = shapefileMain(file);
    Format format;
    try {
      format = sniff(f);
    } catch (ImportException e) {
      return new Detection(file, Format.UNKNOWN, List.of(), "unreadable", e.getMessage());
    }
    try {
      return switch (format) {
        case GEOJSON -> detectVector(f, format, GeoJsonReader.read(f, new ImportReport(f, "")));
        case SHAPEFILE -> detectShapefile(f);
        case GEOPACKAGE -> detectGeoPackage(f);
        case CSV -> detectCsv(f);
        case UNKNOWN ->
            new Detection(f, Format.UNKNOWN, List.of(), "unknown format", unknown(f).getMessage());
      };
    } catch (ImportException e) {
      return new Detection(f, format, List.of(), format.label() + ", unreadable", e.getMessage());
    }
  }

  private static Detection detectVector(Path f, Format format, VectorData d) {
    Map<GeometryKind, Integer> kinds = new EnumMap<>(GeometryKind.class);
    for (VectorFeature vf : d.features()) {
      if (vf.geometry() != null && !vf.geometry().isEmpty()) {
        kinds.merge(GeometryKind.of(vf.geometry()), 1, Integer::sum);
      }
    }
    int poly = kinds.getOrDefault(GeometryKind.POLYGON, 0);
    int point = kinds.getOrDefault(GeometryKind.POINT, 0);
    String summary =
        format.label() + ", " + d.features().size() + " features (" + describe(kinds) + ")";
    if (poly == 0 && point == 0) {
      String first = "";
      for (VectorFeature vf : d.features()) {
        if (vf.geometry() != null && !vf.geometry().isEmpty()) {
          first = " (" + vf.location() + " is a " + vf.geometry().getGeometryType() + ")";
          break;
        }
      }
      return new Detection(
          f,
          format,
          List.of(),
          summary,
          "Cannot use "
              + Texts.name(f)
              + ": it has no polygon or point features — "
              + (kinds.isEmpty() ? "no geometries at all" : describe(kinds) + " features")
              + first
              + " — so it holds neither ward boundaries (polygons) nor schools (points).");
    }
    return new Detection(
        f, format, List.of(poly >= point ? Content.WARDS : Content.SCHOOLS), summary, null);
  }

  private static String describe(Map<GeometryKind, Integer> kinds) {
    List<String> parts = new ArrayList<>();
    kinds.forEach((k, n) -> parts.add(n + " " + k.word()));
    return parts.isEmpty() ? "no geometries" : String.join(", ", parts);
  }

  private static Detection detectShapefile(Path f) throws ImportException {
    GeometryKind k = ShapefileReader.kind(f);
    String summary = "Shapefile of " + k.word() + "s";
    return switch (k) {
      case POLYGON -> new Detection(f, Format.SHAPEFILE, List.of(Content.WARDS), summary, null);
      case POINT -> new Detection(f, Format.SHAPEFILE, List.of(Content.SCHOOLS), summary, null);
      default ->
          new Detection(
              f,
              Format.SHAPEFILE,
              List.of(),
              summary,
              "Cannot use "
                  + Texts.name(f)
                  + ": it holds "
                  + k.word()
                  + " shapes, neither ward boundaries (polygons) nor schools (points).");
    };
  }

  private static Detection detectGeoPackage(Path f) throws ImportException {
    List<GeoPackageReader.LayerInfo> layers = GeoPackageReader.layers(f);
    List<Content> c = new ArrayList<>();
    List<String> d = new ArrayList<>();
    for (GeoPackageReader.LayerInfo li : layers) {
      d.add(li.describe());
      if (li.kind() == GeometryKind.POLYGON && !c.contains(Content.WARDS)) {
        c.add(Content.WARDS);
      }
      if (li.kind() == GeometryKind.POINT && !c.contains(Content.SCHOOLS)) {
        c.add(Content.SCHOOLS);
      }
    }
    String summary =
        "GeoPackage with " + (d.isEmpty() ? "no feature tables" : String.join("; ", d));
    return new Detection(
        f,
        Format.GEOPACKAGE,
        c,
        summary,
        c.isEmpty()
            ? "Cannot use "
                + Texts.name(f)
                + ": it has no polygon or point feature table ("
                + (d.isEmpty() ? "no feature tables at all" : String.join("; ", d))
                + ")."
            : null);
  }

  private static Detection detectCsv(Path f) throws ImportException {
    List<String> header;
    List<CsvSource.Row> rows = new ArrayList<>();
    try (CsvSource csv = CsvSource.open(f)) {
      header = csv.header();
      CsvSource.Row r;
      while (rows.size() < 50 && (r = csv.next()) != null) {
        rows.add(r);
      }
    }
    String summary = "CSV, " + header.size() + " columns";
    if (PointCsvMapping.suggest(header).isPresent()
        || PointCsvMapping.find(header, List.of("urn", "establishmentname")) != null) {
      return new Detection(
          f, Format.CSV, List.of(Content.SCHOOLS), summary + ", with coordinates", null);
    }
    if (WardFieldMapping.detect(header).isPresent() || hasGssColumn(header, rows)) {
      return new Detection(
          f, Format.CSV, List.of(Content.WARD_TABLE), summary + ", by ward code", null);
    }
    return new Detection(
        f,
        Format.CSV,
        List.of(),
        summary,
        "Cannot tell what "
            + Texts.name(f)
            + " holds: it has neither coordinate columns (Easting/Northing, Longitude/Latitude)"
            + " nor a ward code column (WD25CD or similar). Its columns are: "
            + Texts.abbreviate(header, 30)
            + ".");
  }

  private static boolean hasGssColumn(List<String> header, List<CsvSource.Row> rows) {
    for (int c = 0; c < header.size(); c++) {
      int n = 0;
      for (CsvSource.Row r : rows) {
        if (r.get(c).trim().matches("^[EWSN]05\\d{6}$")) {
          n++;
        }
      }
      if (n > 0 && n * 10 >= rows.size() * 9) {
        return true;
      }
    }
    return false;
  }

  /** A shapefile's sibling part (.dbf, .shx, …) stands for its .shp when that exists. */
  private static Path shapefileMain(Path file) {
    if (SHAPEFILE_PARTS.contains(Texts.extension(file))) {
      Path shp = ShapefileReader.sibling(file, "shp");
      if (shp != null) {
        return shp;
      }
    }
    return file;
  }

  /**
   * The format from the first bytes (SQLite header, shapefile file code, JSON object, binary or
   * text) and the extension.
   */
  static Format sniff(Path file) throws ImportException {
    Texts.requireReadable(file, "the file");
    String ext = Texts.extension(file);
    byte[] head;
    try {
      head = Texts.head(file, 4096);
    } catch (IOException e) {
      throw new ImportException(
          file, "Cannot read " + Texts.name(file) + ": " + Texts.reason(e) + ".", e);
    }
    if (head.length == 0) {
      return switch (ext) {
        case "geojson", "json" -> Format.GEOJSON;
        case "gpkg" -> Format.GEOPACKAGE;
        case "shp" -> Format.SHAPEFILE;
        case "csv", "txt", "tsv", "tab" -> Format.CSV;
        default ->
            throw new ImportException(
                file,
                "Cannot read "
                    + Texts.name(file)
                    + ": the file is empty (0 bytes), and its name does not say what it should"
                    + " hold.");
      };
    }
    if (GeoPackageReader.isSqlite(head)) {
      return Format.GEOPACKAGE;
    }
    if (head.length >= 4 && ByteBuffer.wrap(head).getInt(0) == 9994) {
      return Format.SHAPEFILE;
    }
    if (ext.equals("shp")) {
      return Format.SHAPEFILE;
    }
    if (ext.equals("gpkg")) {
      return Format.GEOPACKAGE;
    }
    if (ext.equals("geojson") || ext.equals("json")) {
      return Format.GEOJSON;
    }
    if (SHAPEFILE_PARTS.contains(ext)) {
      throw new ImportException(
          file,
          "Cannot read "
              + Texts.name(file)
              + ": it is part of a shapefile, but "
              + Texts.baseName(file)
              + ".shp (the shapes) is missing beside it. Copy all parts of the shapefile"
              + " together.");
    }
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB) {
      i = 3;
    }
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (i < head.length && head[i] == '{') {
      return Format.GEOJSON;
    }
    if (Texts.hasUtf16Bom(head)) {
      return Format.CSV;
    }
    if (Texts.looksBinary(head)) {
      return Format.UNKNOWN;
    }
    return Format.CSV;
  }

  private static ImportException unknown(Path f) {
    return new ImportException(
        f,
        "Cannot read "
            + Texts.name(f)
            + ": it contains binary data in no format Wardflow reads (GeoJSON, GeoPackage,"
            + " Shapefile or CSV). Is it a different kind of file, or damaged?");
  }

  /** True when a path names a file Wardflow might read (by extension), for file choosers. */
  public static boolean hasKnownExtension(Path file) {
    return Set.of("geojson", "json", "gpkg", "shp", "csv", "txt", "tsv")
        .contains(Texts.extension(file));
  }
}
