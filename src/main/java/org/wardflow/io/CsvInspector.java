package org.wardflow.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.model.Crs;

/**
 * Looks at a CSV before import, for a column-mapping dialog: encoding, delimiter, header, a sample
 * of rows, which columns are numeric, and a suggested {@link PointCsvMapping} whose CRS is checked
 * against the sample coordinates.
 */
public final class CsvInspector {
  /** Rows read to decide which columns are numeric and which CRS the coordinates are in. */
  static final int SAMPLE_ROWS = 500;

  /** Rows returned for display. */
  static final int DISPLAY_ROWS = 20;

  private CsvInspector() {}

  /**
   * What a CSV looks like.
   *
   * @param file the file
   * @param encoding detected encoding, e.g. "UTF-8 with byte-order mark"
   * @param delimiter detected delimiter
   * @param header column names
   * @param sample the first rows (up to 20) for display
   * @param numericColumns columns whose sampled non-blank values are all numbers
   * @param suggestion a suggested mapping, if coordinate columns were recognised
   * @param notes plain-language remarks on the suggestion
   */
  public record CsvInspection(
      Path file,
      String encoding,
      char delimiter,
      List<String> header,
      List<List<String>> sample,
      List<String> numericColumns,
      Optional<PointCsvMapping> suggestion,
      List<String> notes) {}

  /**
   * Inspects a CSV.
   *
   * @throws ImportException when the file is empty, binary or malformed
   */
  public static CsvInspection inspect(Path file) throws ImportException {
    try (CsvSource csv = CsvSource.open(file)) {
      List<String> header = csv.header();
      List<List<String>> rows = new ArrayList<>();
      CsvSource.Row r;
      while (rows.size() < SAMPLE_ROWS && (r = csv.next()) != null) {
        rows.add(r.values());
      }
      List<String> numeric = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        if (isNumeric(rows, i)) {
          numeric.add(header.get(i));
        }
      }
      List<String> notes = new ArrayList<>();
      Optional<PointCsvMapping> s = PointCsvMapping.suggest(header);
      if (s.isPresent()) {
        PointCsvMapping m = s.get();
        Envelope env = envelope(rows, header.indexOf(m.xColumn()), header.indexOf(m.yColumn()));
        String detected = env.isNull() ? null : CrsSupport.detect(env);
        if (detected != null && !detected.equals(m.crs())) {
          notes.add(
              "columns "
                  + m.xColumn()
                  + "/"
                  + m.yColumn()
                  + " hold values like "
                  + CrsSupport.describe(detected)
                  + " ("
                  + CrsSupport.ranges(env)
                  + "), so that CRS is suggested");
          m =
              new PointCsvMapping(
                  m.idColumn(),
                  m.nameColumn(),
                  m.phaseColumn(),
                  m.typeColumn(),
                  m.statusColumn(),
                  m.pupilsColumn(),
                  m.districtColumn(),
                  m.postcodeColumn(),
                  m.xColumn(),
                  m.yColumn(),
                  detected);
        }
        if (m.idColumn() == null) {
          notes.add("no id column recognised: rows would be numbered");
        }
        s = Optional.of(m);
      } else {
        notes.add("no coordinate columns recognised: choose the X and Y (or longitude/latitude)");
      }
      return new CsvInspection(
          file,
          csv.encoding().describe(),
          csv.delimiter(),
          List.copyOf(header),
          List.copyOf(rows.subList(0, Math.min(DISPLAY_ROWS, rows.size()))),
          numeric,
          s,
          notes);
    }
  }

  private static boolean isNumeric(List<List<String>> rows, int col) {
    boolean any = false;
    for (List<String> row : rows) {
      String v = col < row.size() ? row.get(col).trim() : "";
      if (v.isEmpty()) {
        continue;
      }
      if (SchoolAssembler.parseNumber(v) == null) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static Envelope envelope(List<List<String>> rows, int ix, int iy) {
    Envelope env = new Envelope();
    if (ix < 0 || iy < 0) {
      return env;
    }
    for (List<String> row : rows) {
      Double x = SchoolAssembler.parseNumber(ix < row.size() ? row.get(ix) : "");
      Double y = SchoolAssembler.parseNumber(iy < row.size() ? row.get(iy) : "");
      if (x != null && y != null && !(x == 0 && y == 0)) {
        env.expandToInclude(x, y);
      }
    }
    return env;
  }

  /** The CRS names offered in a mapping dialog: BNG, WGS 84 and Web Mercator. */
  public static List<String> commonCrs() {
    return List.of(Crs.BNG, Crs.WGS84, "EPSG:3857", "EPSG:4258");
  }
}
