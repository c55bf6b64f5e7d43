package org.wardflow.io;

import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.wardflow.model.Crs;

/**
 * Reads ESRI Shapefiles: the {@code .shp}/{@code .shx} geometry is parsed here (ESRI Shapefile
 * Technical Description, 1998), the {@code .dbf} attributes with javadbf, the CRS from the {@code
 * .prj} WKT (see ADR 0003). Supported shape types: Null, Point, MultiPoint, PolyLine and Polygon in
 * their plain, Z and M variants (Z and M values are dropped). Polygon rings are assembled by the
 * spec's orientation rule — clockwise rings are outer rings, counter-clockwise rings are holes of
 * the outer ring containing them; a "hole" inside no outer ring is read as an outer ring and
 * reported.
 *
 * <p>A missing or empty {@code .dbf} is fatal (the ward codes live there); a missing {@code .shx}
 * is reported and the shapes are read in sequence; a truncated {@code .shp} keeps the complete
 * records and reports an error naming the first missing record.
 */
public final class ShapefileReader {
  private static final int FILE_CODE = 9994;
  private static final int HEADER_BYTES = 100;

  private ShapefileReader() {}

  /**
   * The geometry kind from a .shp header (without reading the records).
   *
   * @throws ImportException when the file is not a shapefile
   */
  public static GeometryKind kind(Path shp) throws ImportException {
    try {
      byte[] head = Texts.head(shp, HEADER_BYTES);
      checkHeader(shp, head.length, head.length < 36 ? null : ByteBuffer.wrap(head));
      return kindOf(ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt(32));
    } catch (IOException e) {
      throw new ImportException(
          shp, "Cannot read " + Texts.name(shp) + ": " + Texts.reason(e) + ".", e);
    }
  }

  static GeometryKind kindOf(int shapeType) {
    return switch (shapeType) {
      case 5, 15, 25 -> GeometryKind.POLYGON;
      case 1, 11, 21, 8, 18, 28 -> GeometryKind.POINT;
      case 3, 13, 23 -> GeometryKind.LINE;
      default -> GeometryKind.OTHER;
    };
  }

  static String typeName(int shapeType) {
    return switch (shapeType) {
      case 0 -> "Null";
      case 1 -> "Point";
      case 3 -> "PolyLine";
      case 5 -> "Polygon";
      case 8 -> "MultiPoint";
      case 11 -> "PointZ";
      case 13 -> "PolyLineZ";
      case 15 -> "PolygonZ";
      case 18 -> "MultiPointZ";
      case 21 -> "PointM";
      case 23 -> "PolyLineM";
      case 25 -> "PolygonM";
      case 28 -> "MultiPointM";
      case 31 -> "MultiPatch";
      default -> "unknown type " + shapeType;
    };
  }

  /**
   * Reads a shapefile into BNG.
   *
   * @param shp the {@code .shp} file; its {@code .shx}, {@code .dbf}, {@code .prj} and {@code .cpg}
   *     are found beside it (any case of extension)
   * @param report receives the CRS decision and per-record problems
   * @throws ImportException when the .shp or .dbf cannot be used
   */
  public static VectorData read(Path shp, ImportReport report) throws ImportException {
    Texts.requireReadable(shp, "shapefile");
    String name = Texts.name(shp);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(shp);
    } catch (IOException e) {
      throw new ImportException(shp, "Cannot read " + name + ": " + Texts.reason(e) + ".", e);
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    checkHeader(shp, bytes.length, buf);
    int shapeType = buf.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
    long declared = (buf.order(ByteOrder.BIG_ENDIAN).getInt(24) & 0xFFFFFFFFL) * 2;

    Path dbf = sibling(shp, "dbf");
    if (dbf == null) {
      throw new ImportException(
          shp,
          "Cannot read "
              + name
              + ": its attribute table "
              + Texts.baseName(shp)
              + ".dbf is missing. A shapefile is several files with the same name — .shp"
              + " (shapes), .shx (index), .dbf (attributes such as ward codes and names) and .prj"
              + " (coordinate system); copy them all together.");
    }
    List<String> fields = new ArrayList<>();
    List<Map<String, Object>> rows = readDbf(shp, dbf, fields, report);

    List<int[]> records = locateRecords(shp, buf, declared, report);
    report.info(
        "",
        "shape type "
            + typeName(shapeType)
            + ", "
            + records.size()
            + " shape records, "
            + rows.size()
            + " attribute rows");
    if (records.size() != rows.size()) {
      report.warn(
          "",
          "the .shp has "
              + records.size()
              + " shapes but "
              + Texts.name(dbf)
              + " has "
              + rows.size()
              + " rows; they were matched by position, so the extra "
              + (records.size() > rows.size()
                  ? "shapes have no attributes"
                  : "rows have no shape"));
    }
    GeometryFactory gf = Crs.BNG_FACTORY;
    List<VectorFeature> features = new ArrayList<>();
    int n = Math.max(records.size(), rows.size());
    for (int i = 0; i < n; i++) {
      String location = "record " + (i + 1);
      Map<String, Object> props = i < rows.size() ? rows.get(i) : emptyRow(fields);
      if (i >= records.size()) {
        features.add(new VectorFeature(i + 1, location, null, props, "has no shape in the .shp"));
        continue;
      }
      int[] rec = records.get(i);
      ByteBuffer content =
          ByteBuffer.wrap(bytes, rec[0], rec[1]).slice().order(ByteOrder.LITTLE_ENDIAN);
      try {
        Geometry g = parseShape(content, gf, location, report);
        features.add(
            new VectorFeature(
                i + 1, location, g, props, g == null ? "has a Null shape (no geometry)" : null));
      } catch (ShapeException e) {
        features.add(new VectorFeature(i + 1, location, null, props, e.getMessage()));
      }
    }
    report.count("features", features.size());

    Path prj = sibling(shp, "prj");
    CrsSupport.SourceCrs crs = null;
    String note = "there is no " + Texts.baseName(shp) + ".prj file";
    if (prj != null) {
      try {
        crs =
            WktCrs.parse(
                Files.readString(prj, StandardCharsets.ISO_8859_1),
                "the .prj file " + Texts.name(prj),
                report);
        note = "the .prj file could not be used";
      } catch (IOException e) {
        report.warn("", "the .prj file could not be read (" + Texts.reason(e) + ")");
      }
    }
    features = CrsSupport.toBng(shp, features, crs, null, note, report);
    return new VectorData(shp, "Shapefile", Texts.baseName(shp), fields, features);
  }

  private static void checkHeader(Path shp, int size, ByteBuffer head) throws ImportException {
    String name = Texts.name(shp);
    if (size == 0) {
      throw new ImportException(
          shp, "Cannot read " + name + ": the file is empty (0 bytes), so it holds no shapes.");
    }
    if (size < HEADER_BYTES || head == null) {
      throw new ImportException(
          shp,
          "Cannot read "
              + name
              + ": it is only "
              + size
              + " bytes long, shorter than the 100-byte shapefile header (truncated or not a"
              + " shapefile).");
    }
    int code = head.order(ByteOrder.BIG_ENDIAN).getInt(0);
    if (code != FILE_CODE) {
      throw new ImportException(
          shp,
          "Cannot read "
              + name
              + ": it is not a shapefile (its first four bytes are not the shapefile file code"
              + " 9994; another format, or damaged?).");
    }
  }

  /** Offsets and lengths of each record's content, from the .shx when present. */
  private static List<int[]> locateRecords(
      Path shp, ByteBuffer buf, long declared, ImportReport report) {
    int size = buf.capacity();
    List<int[]> out = new ArrayList<>();
    if (declared > size) {
      report.error(
          "",
          "the .shp file is truncated: its header says "
              + declared
              + " bytes but the file has "
              + size
              + "; only complete records were read");
    } else if (declared < size) {
      report.warn(
          "",
          "the .shp file has "
              + (size - declared)
              + " bytes after the end its header declares; they were ignored");
    }
    long limit = Math.min(declared, size);
    Path shx = sibling(shp, "shx");
    List<long[]> index = shx == null ? null : readShx(shx, report);
    if (index == null) {
      if (shx == null) {
        report.warn(
            "",
            "there is no "
                + Texts.baseName(shp)
                + ".shx index; the shapes were read in sequence from the .shp");
      }
      long pos = HEADER_BYTES;
      while (pos + 8 <= limit) {
        long len = (buf.order(ByteOrder.BIG_ENDIAN).getInt((int) pos + 4) & 0xFFFFFFFFL) * 2;
        if (pos + 8 + len > size) {
          report.error(
              "record " + (out.size() + 1),
              "the record is cut off at the end of the .shp (truncated file); it and any later"
                  + " records are missing");
          break;
        }
        out.add(new int[] {(int) pos + 8, (int) len});
        pos += 8 + len;
      }
      if (pos < limit && pos + 8 > limit && declared <= size) {
        report.warn("", "ignored " + (limit - pos) + " stray bytes at the end of the .shp");
      }
      return out;
    }
    for (int i = 0; i < index.size(); i++) {
      long off = index.get(i)[0];
      long len = index.get(i)[1];
      if (off + 8 + len > size) {
        report.error(
            "record " + (i + 1),
            "the record lies beyond the end of the .shp (truncated file); it and "
                + (index.size() - i - 1)
                + " later record(s) are missing");
        break;
      }
      out.add(new int[] {(int) off + 8, (int) len});
    }
    return out;
  }

  private static List<long[]> readShx(Path shx, ImportReport report) {
    byte[] b;
    try {
      b = Files.readAllBytes(shx);
    } catch (IOException e) {
      report.warn(
          "",
          Texts.name(shx)
              + " could not be read ("
              + Texts.reason(e)
              + "); shapes read in sequence");
      return null;
    }
    ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
    if (b.length < HEADER_BYTES || bb.getInt(0) != FILE_CODE) {
      report.warn(
          "",
          Texts.name(shx)
              + " is not a valid shapefile index ("
              + (b.length < HEADER_BYTES ? b.length + " bytes" : "wrong file code")
              + "); the shapes were read in sequence from the .shp");
      return null;
    }
    if ((b.length - HEADER_BYTES) % 8 != 0) {
      report.warn("", Texts.name(shx) + " ends with a partial entry (truncated?); it was ignored");
    }
    List<long[]> out = new ArrayList<>();
    for (int p = HEADER_BYTES; p + 8 <= b.length; p += 8) {
      out.add(new long[] {(bb.getInt(p) & 0xFFFFFFFFL) * 2, (bb.getInt(p + 4) & 0xFFFFFFFFL) * 2});
    }
    return out;
  }

  private static List<Map<String, Object>> readDbf(
      Path shp, Path dbf, List<String> fields, ImportReport report) throws ImportException {
    String name = Texts.name(dbf);
    List<Map<String, Object>> rows = new ArrayList<>();
    try {
      if (Files.size(dbf) == 0) {
        throw new ImportException(
            shp,
            "Cannot read "
                + Texts.name(shp)
                + ": its attribute table "
                + name
                + " is empty (0 bytes), so the ward codes and names are missing. Copy the .dbf"
                + " again from the original shapefile.");
      }
      Charset cs = charset(shp, report);
      try (InputStream in = Files.newInputStream(dbf);
          DBFReader r = cs == null ? new DBFReader(in) : new DBFReader(in, cs, true)) {
        for (int i = 0; i < r.getFieldCount(); i++) {
          fields.add(r.getField(i).getName());
        }
        int expected = r.getRecordCount();
        Object[] rec;
        try {
          while ((rec = r.nextRecord()) != null) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < fields.size() && i < rec.length; i++) {
              row.put(fields.get(i), value(rec[i]));
            }
            rows.add(row);
          }
        } catch (DBFException e) {
          report.error(
              "row " + (rows.size() + 1),
              name
                  + " ends early or is damaged after "
                  + rows.size()
                  + " of "
                  + expected
                  + " rows ("
                  + GeoJsonReader.shortMessage(e.getMessage())
                  + ")");
        }
      }
    } catch (DBFException e) {
      throw new ImportException(
          shp,
          "Cannot read "
              + Texts.name(shp)
              + ": its attribute table "
              + name
              + " is damaged or not a dBASE file ("
              + GeoJsonReader.shortMessage(e.getMessage())
              + ").",
          e);
    } catch (IOException e) {
      throw new ImportException(
          shp, "Cannot read " + Texts.name(shp) + ": " + name + ": " + Texts.reason(e) + ".", e);
    }
    return rows;
  }

  private static Charset charset(Path shp, ImportReport report) {
    Path cpg = sibling(shp, "cpg");
    if (cpg == null) {
      return null;
    }
    try {
      String c = Files.readString(cpg, StandardCharsets.US_ASCII).trim().toUpperCase(Locale.ROOT);
      if (c.contains("UTF-8") || c.contains("UTF8")) {
        return StandardCharsets.UTF_8;
      }
      if (c.contains("1252")) {
        return Texts.CP1252;
      }
      if (c.contains("8859") || c.contains("88591")) {
        return StandardCharsets.ISO_8859_1;
      }
      return Charset.forName(c);
    } catch (IOException | RuntimeException e) {
      report.warn("", Texts.name(cpg) + " names an unknown encoding; the .dbf default was used");
      return null;
    }
  }

  private static Object value(Object v) {
    if (v instanceof BigDecimal bd) {
      if (bd.scale() <= 0 || bd.stripTrailingZeros().scale() <= 0) {
        try {
          return bd.longValueExact();
        } catch (ArithmeticException e) {
          return bd.doubleValue();
        }
      }
      return bd.doubleValue();
    }
    if (v instanceof String s) {
      return s.trim();
    }
    return v;
  }

  private static Map<String, Object> emptyRow(List<String> fields) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String f : fields) {
      m.put(f, null);
    }
    return m;
  }

  /** A sibling file with the same base name and another extension (any case), or null. */
  static Path sibling(Path shp, String ext) {
    Path dir = shp.toAbsolutePath().getParent();
    String base = Texts.baseName(shp);
    Path exact = dir.resolve(base + "." + ext);
    if (Files.isRegularFile(exact)) {
      return exact;
    }
    Path upper = dir.resolve(base + "." + ext.toUpperCase(Locale.ROOT));
    if (Files.isRegularFile(upper)) {
      return upper;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, base + ".*")) {
      for (Path p : ds) {
        if (Texts.extension(p).equals(ext) && Files.isRegularFile(p)) {
          return p;
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  /** A malformed shape record. */
  private static final class ShapeException extends Exception {
    private static final long serialVersionUID = 1L;

    ShapeException(String message) {
      super(message);
    }
  }

  private static Geometry parseShape(
      ByteBuffer b, GeometryFactory gf, String location, ImportReport report)
      throws ShapeException {
    if (b.remaining() < 4) {
      throw new ShapeException("has a record too short to hold a shape type");
    }
    int type = b.getInt(0);
    try {
      switch (type) {
        case 0:
          return null;
        case 1:
        case 11:
        case 21:
          return gf.createPoint(new Coordinate(b.getDouble(4), b.getDouble(12)));
        case 8:
        case 18:
        case 28:
          {
            int n = count(b, 36, 40, 16, "points");
            Point[] pts = new Point[n];
            for (int i = 0; i < n; i++) {
              pts[i] =
                  gf.createPoint(
                      new Coordinate(b.getDouble(40 + 16 * i), b.getDouble(48 + 16 * i)));
            }
            return n == 1 ? pts[0] : gf.createMultiPoint(pts);
          }
        case 3:
        case 13:
        case 23:
        case 5:
        case 15:
        case 25:
          return parsePoly(b, type, gf, location, report);
        default:
          throw new ShapeException(
              "has a " + typeName(type) + " shape, which Wardflow cannot read");
      }
    } catch (IndexOutOfBoundsException e) {
      throw new ShapeException("has a record shorter than its shape needs (damaged file)");
    }
  }

  private static int count(ByteBuffer b, int at, int start, int per, String what)
      throws ShapeException {
    int n = b.getInt(at);
    if (n < 0 || (long) start + (long) n * per > b.remaining()) {
      throw new ShapeException(
          "has a corrupt record (it claims " + n + " " + what + ", more than the record holds)");
    }
    return n;
  }

  private static Geometry parsePoly(
      ByteBuffer b, int type, GeometryFactory gf, String location, ImportReport report)
      throws ShapeException {
    int numParts = b.getInt(36);
    int numPoints = b.getInt(40);
    if (numParts < 0 || numPoints < 0 || 44L + 4L * numParts + 16L * numPoints > b.remaining()) {
      throw new ShapeException(
          "has a corrupt record (its "
              + numParts
              + " parts and "
              + numPoints
              + " points do not fit in the record)");
    }
    int ptsAt = 44 + 4 * numParts;
    List<Coordinate[]> parts = new ArrayList<>();
    for (int p = 0; p < numParts; p++) {
      int from = b.getInt(44 + 4 * p);
      int to = p + 1 < numParts ? b.getInt(44 + 4 * (p + 1)) : numPoints;
      if (from < 0 || to > numPoints || from > to) {
        throw new ShapeException("has a corrupt record (part " + (p + 1) + " has bad indices)");
      }
      Coordinate[] cs = new Coordinate[to - from];
      for (int i = from; i < to; i++) {
        cs[i - from] = new Coordinate(b.getDouble(ptsAt + 16 * i), b.getDouble(ptsAt + 16 * i + 8));
      }
      parts.add(cs);
    }
    boolean line = type == 3 || type == 13 || type == 23;
    if (line) {
      LineString[] ls = new LineString[parts.size()];
      for (int i = 0; i < ls.length; i++) {
        if (parts.get(i).length < 2) {
          throw new ShapeException("has a line part with fewer than two points");
        }
        ls[i] = gf.createLineString(parts.get(i));
      }
      return ls.length == 1 ? ls[0] : gf.createMultiLineString(ls);
    }
    return assemblePolygon(parts, gf, location, report);
  }

  /**
   * Builds polygons from rings by the shapefile orientation rule (clockwise = outer ring,
   * counter-clockwise = hole of the outer ring containing it). When the rings do not follow the
   * rule (a hole inside no outer ring), they are nested by containment instead — even depth outer,
   * odd depth hole — and this is reported.
   */
  static Geometry assemblePolygon(
      List<Coordinate[]> parts, GeometryFactory gf, String location, ImportReport report) {
    List<LinearRing> rings = new ArrayList<>();
    List<Boolean> clockwise = new ArrayList<>();
    int closed = 0;
    int dropped = 0;
    for (Coordinate[] cs : parts) {
      Coordinate[] ring = cs;
      if (ring.length > 0 && !ring[0].equals2D(ring[ring.length - 1])) {
        ring = java.util.Arrays.copyOf(cs, cs.length + 1);
        ring[cs.length] = new Coordinate(cs[0]);
        closed++;
      }
      if (ring.length < 4) {
        dropped++;
        continue;
      }
      rings.add(gf.createLinearRing(ring));
      clockwise.add(!Orientation.isCCW(ring));
    }
    if (closed > 0) {
      report.warn(location, closed + " unclosed ring(s) closed");
    }
    if (dropped > 0) {
      report.warn(location, dropped + " ring(s) with fewer than 3 distinct points dropped");
    }
    int n = rings.size();
    if (n == 0) {
      return gf.createPolygon();
    }
    // Spec rule: each counter-clockwise ring is a hole of the smallest clockwise ring around it.
    int[] parent = new int[n];
    boolean byRule = true;
    for (int i = 0; i < n; i++) {
      parent[i] = -1;
      if (!clockwise.get(i)) {
        parent[i] = smallestContaining(rings, i, clockwise, true);
        if (parent[i] < 0) {
          byRule = false;
        }
      }
    }
    if (!byRule) {
      // Fallback: nest by containment regardless of orientation.
      for (int i = 0; i < n; i++) {
        parent[i] = smallestContaining(rings, i, clockwise, false);
      }
      int[] depth = new int[n];
      for (int i = 0; i < n; i++) {
        for (int p = parent[i]; p >= 0 && depth[i] < n; p = parent[p]) {
          depth[i]++;
        }
      }
      for (int i = 0; i < n; i++) {
        if (depth[i] % 2 == 0) {
          parent[i] = -1;
        }
      }
      report.warn(
          location,
          "ring orientation does not follow the shapefile spec (outer rings clockwise, holes"
              + " counter-clockwise); rings were nested by containment instead");
    }
    List<Polygon> polys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        continue;
      }
      List<LinearRing> holes = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (parent[j] == i) {
          holes.add(rings.get(j));
        }
      }
      polys.add(gf.createPolygon(rings.get(i), holes.toArray(new LinearRing[0])));
    }
    return polys.size() == 1 ? polys.get(0) : gf.createMultiPolygon(polys.toArray(new Polygon[0]));
  }

  /** The smallest ring (optionally only clockwise ones) containing ring {@code i}, or -1. */
  private static int smallestContaining(
      List<LinearRing> rings, int i, List<Boolean> clockwise, boolean onlyClockwise) {
    LinearRing r = rings.get(i);
    int best = -1;
    double bestArea = Double.MAX_VALUE;
    for (int j = 0; j < rings.size(); j++) {
      if (j == i || (onlyClockwise && !clockwise.get(j))) {
        continue;
      }
      LinearRing s = rings.get(j);
      if (!s.getEnvelopeInternal().contains(r.getEnvelopeInternal())) {
        continue;
      }
      double a = Math.abs(Area.ofRing(s.getCoordinateSequence()));
      if (a <= bestArea && a > Math.abs(Area.ofRing(r.getCoordinateSequence())) && inside(r, s)) {
        bestArea = a;
        best = j;
      }
    }
    return best;
  }

  /** True when ring {@code inner} lies inside ring {@code outer} (tested at a vertex off it). */
  private static boolean inside(LinearRing inner, LinearRing outer) {
    Coordinate[] oc = outer.getCoordinates();
    for (int k = 0; k < inner.getNumPoints() - 1; k++) {
      Coordinate c = inner.getCoordinateN(k);
      int loc = PointLocation.locateInRing(c, oc);
      if (loc != org.locationtech.jts.geom.Location.BOUNDARY) {
        return loc == org.locationtech.jts.geom.Location.INTERIOR;
      }
    }
    return false;
  }
}
